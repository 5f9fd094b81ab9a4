//! The symbol-table suites (`conformance symtable`, `conformance symtable-errors`).
//!
//! - `symtable`: every `.py` of the pinned stdlib plus `tests/ast_valid/**.py`; the oracle's
//!   `symtable` answer (`_symtable.symtable(src, id, "exec")` as canonical text) must equal
//!   krait's `krait_compiler::symtable::dump` of `parse_module` + future + `SymbolTable::build`
//!   (or both must raise the same error).
//! - `symtable-errors`: every `tests/compile_errors/**.py`. The oracle's full `compile()`
//!   gives the error; whether the symbol table raises it is decided by the oracle too (its
//!   `symtable` answer raises the same error). Cases of that phase are categorised
//!   `symtable/<dir>` and krait's future + preprocess + symtable must raise the identical
//!   error (type, msg, lineno, offset, end_lineno, end_offset). Cases whose error comes later
//!   (codegen) are categorised `later/<dir>`: for those the symbol table must succeed, as
//!   CPython's does (their errors belong to codegen's suite).
//!
//! - `preprocess`: the stdlib plus `tests/ast_valid/**.py`, each at `optimize=0` (`@O0`) and
//!   `optimize=2` (`@O2`, `-OO`); the oracle's `ast.dump(compile(src, id, "exec",
//!   ast.PyCF_OPTIMIZED_AST, optimize=N), include_attributes=True)` (the tree after
//!   `_PyAST_Preprocess`) must equal krait's dump after `krait_compiler::preprocess` (nodes
//!   CPython makes without a position show `-1` on both sides).
//!
//! Same conventions as the other suites: summary table, first differences, `--filter`,
//! `--show ID`, `--bless`, baseline `tests/conformance/<suite>-baseline.json`, full results
//! in `target/conformance/<suite>.json`; exit status 1 exactly on a baseline regression.

use crate::cases::{self, Case};
use crate::compare::{self, Status, Verdict};
use crate::report::{self, CaseResult};
use krait_compiler::{CompileError, FutureFeatures, SymbolTable};
use krait_oracle::{Oracle, Request, Response};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: conformance <symtable|symtable-errors|preprocess> [--bless] [--filter SUBSTR] [--show ID] [--diffs N]

  symtable         stdlib + tests/ast_valid: symtable.symtable() dump must be identical
  symtable-errors  tests/compile_errors: errors the symbol table raises must be identical
  preprocess       stdlib + tests/ast_valid at -O0 and -OO: the PyCF_OPTIMIZED_AST tree

  --dir PATH       instead of the suite's corpus, every *.py under PATH (ad-hoc runs: no
                   baseline is read or written)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suite {
    Tables,
    Errors,
    Preprocess,
}

impl Suite {
    fn name(self) -> &'static str {
        match self {
            Suite::Tables => "symtable",
            Suite::Errors => "symtable-errors",
            Suite::Preprocess => "preprocess",
        }
    }
}

/// What krait made of one file.
#[derive(Clone, Debug)]
enum Outcome {
    /// The symbol table dump.
    Tables(String),
    /// The parser rejected the file.
    ParseError(CompileError),
    /// future, preprocess or the symbol table raised.
    Error(CompileError),
    Panic(String),
}

/// Parse + future + symtable (no preprocess: `symtable.symtable()` does not run it).
fn krait_tables(source: &[u8], filename: &str) -> Outcome {
    let run = || {
        let module = match krait_syntax::parse_module(source, filename) {
            Ok(m) => m,
            Err(e) => return Outcome::ParseError(e),
        };
        let future = match FutureFeatures::from_module(&module) {
            Ok(f) => f,
            Err(e) => return Outcome::Error(e),
        };
        match SymbolTable::build(&module, &future) {
            Ok(st) => Outcome::Tables(krait_compiler::symtable::dump(&st)),
            Err(e) => Outcome::Error(e),
        }
    };
    catch(run)
}

/// What `compile()` runs before codegen: parse, future, preprocess, symtable.
fn krait_front(source: &[u8], filename: &str) -> Outcome {
    let run = || {
        let mut module = match krait_syntax::parse_module(source, filename) {
            Ok(m) => m,
            Err(e) => return Outcome::ParseError(e),
        };
        match krait_compiler::analyse(&mut module, -1, 0) {
            Ok(a) => Outcome::Tables(krait_compiler::symtable::dump(&a.symtable)),
            Err(e) => Outcome::Error(e),
        }
    };
    catch(run)
}

/// The optimisation level a `preprocess` case id names (`...@O2`).
fn level(id: &str) -> i32 {
    if id.ends_with("@O2") { 2 } else { 0 }
}

/// The source file a `preprocess` case id names.
fn file_id(id: &str) -> &str {
    id.rsplit_once('@').map_or(id, |(file, _)| file)
}

/// Parse + future + preprocess, dumped like `ast.dump(..., include_attributes=True)`.
fn krait_preprocessed(source: &[u8], id: &str) -> Outcome {
    let run = || {
        let mut module = match krait_syntax::parse_module(source, file_id(id)) {
            Ok(m) => m,
            Err(e) => return Outcome::ParseError(e),
        };
        let future = match FutureFeatures::from_module(&module) {
            Ok(f) => f,
            Err(e) => return Outcome::Error(e),
        };
        let mut warnings = Vec::new();
        krait_compiler::preprocess::preprocess(&mut module, level(id), &future, &mut warnings);
        let options = krait_syntax::DumpOptions { include_attributes: true, indent: None };
        let dump = krait_syntax::ast::dump(&module, &options);
        let mut dump = dump;
        for field in ["lineno", "col_offset", "end_lineno", "end_col_offset"] {
            dump = dump.replace(&format!(" {field}={}", u32::MAX), &format!(" {field}=-1"));
        }
        Outcome::Tables(dump)
    };
    catch(run)
}

/// The oracle request for a `preprocess` case (an `eval`: no request kind of its own).
fn preprocess_request(source: &[u8], id: &str) -> Request {
    let code = format!(
        "import ast, base64, sys\n\
         limit = sys.get_int_max_str_digits()\n\
         tree = compile(base64.b64decode('{}'), {:?}, 'exec', ast.PyCF_OPTIMIZED_AST, dont_inherit=True, optimize={})\n\
         sys.set_int_max_str_digits(0)\n\
         try:\n    dump = ast.dump(tree, include_attributes=True)\n\
         finally:\n    sys.set_int_max_str_digits(limit)\n\
         dump",
        krait_oracle::b64_encode(source),
        file_id(id),
        level(id)
    );
    Request::eval(&code)
}

fn catch(run: impl FnOnce() -> Outcome) -> Outcome {
    catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic".into());
        Outcome::Panic(msg)
    })
}

/// Runs `f` over every case on a few threads with large stacks; results in input order.
fn run_all(cases: &[Case], f: fn(&[u8], &str) -> Outcome) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8);
    let chunk = cases.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|part| {
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(scope, move || part.iter().map(|c| f(&c.source, &c.id)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h {
                Ok(h) => h.join().unwrap_or_default(),
                Err(_) => Vec::new(),
            })
            .collect()
    })
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Tables(_) => "symbol tables built".into(),
        Outcome::ParseError(e) => format!("parse error {}", compare::describe_krait_error(e)),
        Outcome::Error(e) => compare::describe_krait_error(e),
        Outcome::Panic(m) => format!("PANIC: {m}"),
    }
}

fn judge_tables(answer: &Response, krait: &Outcome) -> Verdict {
    if answer.oracle_error {
        let why = answer.error.as_ref().map(compare::describe_oracle_error).unwrap_or_default();
        return Verdict { status: Status::OracleError, detail: why };
    }
    match (answer.ok, &answer.dump, &answer.error, krait) {
        (true, Some(expected), _, Outcome::Tables(actual)) => {
            if expected == actual {
                Verdict { status: Status::Identical, detail: String::new() }
            } else {
                Verdict { status: Status::Differ, detail: compare::first_difference(expected, actual, 200) }
            }
        }
        (false, _, Some(e), Outcome::Error(k) | Outcome::ParseError(k)) if compare::same_error(e, k) => {
            Verdict { status: Status::Identical, detail: String::new() }
        }
        (_, _, e, k) => {
            let expected = e.as_ref().map_or_else(|| "symbol tables built".into(), compare::describe_oracle_error);
            Verdict { status: Status::Differ, detail: format!("expected {expected}\n  krait:   {}", describe(k)) }
        }
    }
}

/// `compile` is the full-compile answer, `tables` the oracle's symtable answer.
fn judge_phase_error(compile: &Response, tables: &Response, krait: &Outcome) -> (bool, Verdict) {
    if compile.oracle_error || tables.oracle_error {
        return (false, Verdict { status: Status::OracleError, detail: "oracle failure".into() });
    }
    let Some(expected) = compile.error.as_ref().filter(|_| !compile.ok) else {
        return (false, Verdict { status: Status::CorpusBug, detail: "CPython 3.14 compiles this file".into() });
    };
    let symtable_phase = !tables.ok && tables.error.as_ref() == Some(expected);
    let verdict = if symtable_phase {
        match krait {
            Outcome::Error(k) if compare::same_error(expected, k) => {
                Verdict { status: Status::Identical, detail: String::new() }
            }
            k => Verdict {
                status: Status::Differ,
                detail: format!("expected {}\n  krait:   {}", compare::describe_oracle_error(expected), describe(k)),
            },
        }
    } else if !tables.ok {
        // The symbol table raises, but not what compile() raises: the parser's error, say.
        let got = tables.error.as_ref().map(compare::describe_oracle_error).unwrap_or_default();
        Verdict { status: Status::CorpusBug, detail: format!("symtable raises {got}, compile() something else") }
    } else {
        match krait {
            Outcome::Tables(_) => Verdict { status: Status::Identical, detail: String::new() },
            k => Verdict {
                status: Status::Differ,
                detail: format!(
                    "CPython's symbol table accepts this (compile() fails later with {}), krait: {}",
                    compare::describe_oracle_error(expected),
                    describe(k)
                ),
            },
        }
    };
    (symtable_phase, verdict)
}

/// An `eval` answer whose value is a dump, as a `symtable`-style answer (`dump` filled).
fn as_dump(answer: &Response) -> Response {
    let mut r = answer.clone();
    if r.ok {
        r.dump = r.json.as_ref().and_then(|j| j.as_str()).map(str::to_string);
    }
    r
}

/// Every `*.py` under an arbitrary directory, ids relative to it, one category per first
/// subdirectory.
fn adhoc_cases(dir: &std::path::Path) -> Result<Vec<Case>, String> {
    let mut found = Vec::new();
    for path in cases::py_files(dir)? {
        let source = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let rel = path.strip_prefix(dir).unwrap_or(&path);
        let id = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        let category = match id.split_once('/') {
            Some((sub, _)) => sub.to_string(),
            None => ".".to_string(),
        };
        found.push(Case { id, category, source });
    }
    Ok(found)
}

struct Args {
    suite: Suite,
    bless: bool,
    filter: Option<String>,
    show: Option<String>,
    diffs: usize,
    dir: Option<std::path::PathBuf>,
}

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let suite = match argv.first().map(String::as_str) {
        Some("symtable") => Suite::Tables,
        Some("symtable-errors") => Suite::Errors,
        Some("preprocess") => Suite::Preprocess,
        _ => return Err(USAGE.into()),
    };
    let mut args = Args { suite, bless: false, filter: None, show: None, diffs: 20, dir: None };
    let mut it = argv.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--bless" => args.bless = true,
            "--filter" => args.filter = Some(it.next().ok_or("--filter needs a value")?.clone()),
            "--show" => args.show = Some(it.next().ok_or("--show needs a value")?.clone()),
            "--dir" => args.dir = Some(it.next().ok_or("--dir needs a value")?.into()),
            "--diffs" => {
                let n = it.next().ok_or("--diffs needs a value")?;
                args.diffs = n.parse().map_err(|_| format!("--diffs: not a number: {n}"))?;
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

/// Entry point from `main` for `argv` = [suite, options...].
pub fn main(argv: &[String]) -> ExitCode {
    let args = match parse_args(argv) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("conformance: {msg}");
            ExitCode::from(2)
        }
    }
}

fn ask(oracle: &mut Oracle, requests: &[Request]) -> Result<Vec<Response>, String> {
    let mut answers = Vec::with_capacity(requests.len());
    for (i, chunk) in requests.chunks(64).enumerate() {
        answers.extend(oracle.ask_many(chunk).map_err(|e| e.to_string())?);
        if oracle.node_running() && (i % 4 == 3 || answers.len() == requests.len()) {
            eprintln!("oracle: {}/{} answered", answers.len(), requests.len());
        }
    }
    Ok(answers)
}

fn run(args: &Args) -> Result<ExitCode, String> {
    let root = krait_oracle::repo_root();
    let suite = args.suite;
    let mut cases = match (suite, &args.dir) {
        (_, Some(dir)) if suite != Suite::Preprocess => adhoc_cases(dir)?,
        (Suite::Tables, _) => {
            let mut c = cases::stdlib()?;
            c.extend(cases::corpus_dir(&root, "ast_valid")?);
            c
        }
        (Suite::Errors, _) => cases::corpus_dir(&root, "compile_errors")?,
        (Suite::Preprocess, dir) => {
            let mut files = match dir {
                Some(dir) => adhoc_cases(dir)?,
                None => cases::stdlib()?,
            };
            if dir.is_none() {
                files.extend(cases::corpus_dir(&root, "ast_valid")?);
            }
            let mut c = Vec::with_capacity(files.len() * 2);
            for file in files {
                for level in [0, 2] {
                    c.push(Case {
                        id: format!("{}@O{level}", file.id),
                        category: format!("{} -O{level}", file.category.split('/').next().unwrap_or_default()),
                        source: file.source.clone(),
                    });
                }
            }
            c
        }
    };
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(wanted) = &args.show {
        cases.retain(|c| c.id == *wanted || c.id.contains(wanted.as_str()));
        if cases.len() != 1 {
            let ids: Vec<&str> = cases.iter().take(20).map(|c| c.id.as_str()).collect();
            return Err(format!("{} cases match {wanted:?}:\n  {}", cases.len(), ids.join("\n  ")));
        }
    } else if let Some(f) = &args.filter {
        cases.retain(|c| c.id.contains(f.as_str()));
    }

    let started = Instant::now();
    let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
    let table_requests: Vec<Request> = cases
        .iter()
        .map(|c| match suite {
            Suite::Preprocess => preprocess_request(&c.source, &c.id),
            _ => Request::symtable(&c.source, &c.id),
        })
        .collect();
    let tables = ask(&mut oracle, &table_requests)?;
    let compiles = match suite {
        Suite::Tables | Suite::Preprocess => Vec::new(),
        Suite::Errors => {
            let requests: Vec<Request> = cases.iter().map(|c| Request::compile_error(&c.source, &c.id)).collect();
            ask(&mut oracle, &requests)?
        }
    };
    let oracle_time = started.elapsed();
    let stats = oracle.stats().clone();
    drop(oracle);

    let started = Instant::now();
    let outcomes = match suite {
        Suite::Tables => run_all(&cases, krait_tables),
        Suite::Errors => run_all(&cases, krait_front),
        Suite::Preprocess => run_all(&cases, krait_preprocessed),
    };
    let krait_time = started.elapsed();

    if args.show.is_some() {
        if let (Some(case), Some(answer), Some(outcome)) = (cases.first(), tables.first(), outcomes.first()) {
            let verdict = match suite {
                Suite::Tables => judge_tables(answer, outcome),
                Suite::Preprocess => judge_tables(&as_dump(answer), outcome),
                Suite::Errors => judge_phase_error(&compiles[0], answer, outcome).1,
            };
            println!("== {} [{}]: {:?}\n{}", case.id, case.category, verdict.status, verdict.detail);
            println!("\n== expected (CPython symtable)");
            match (&answer.dump, &answer.error) {
                (Some(d), _) => print!("{d}"),
                (_, Some(e)) => println!("{}", compare::describe_oracle_error(e)),
                _ => println!("(no answer)"),
            }
            if let Some(c) = compiles.first() {
                println!("compile(): {}", c.error.as_ref().map_or("compiles".into(), compare::describe_oracle_error));
            }
            println!("\n== actual (krait)");
            match outcome {
                Outcome::Tables(d) => print!("{d}"),
                other => println!("{}", describe(other)),
            }
        }
        return Ok(ExitCode::SUCCESS);
    }

    let baseline_path = root.join("tests").join("conformance").join(format!("{}-baseline.json", suite.name()));
    let baseline = match args.dir {
        Some(_) => report::Baseline::default(),
        None => report::load_baseline(&baseline_path)?,
    };
    let mut results = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        let (answer, outcome) = (&tables[i], &outcomes[i]);
        let (category, verdict) = match suite {
            Suite::Tables if case.category.starts_with("ast_valid") && !answer.ok && !answer.oracle_error => {
                let why = answer.error.as_ref().map(compare::describe_oracle_error).unwrap_or_default();
                (
                    case.category.clone(),
                    Verdict { status: Status::CorpusBug, detail: format!("CPython 3.14 rejects this file: {why}") },
                )
            }
            Suite::Tables => (case.category.clone(), judge_tables(answer, outcome)),
            Suite::Preprocess => (case.category.clone(), judge_tables(&as_dump(answer), outcome)),
            Suite::Errors => {
                let dir = case.category.strip_prefix("compile_errors/").unwrap_or(&case.category);
                match (outcome, &compiles[i].error) {
                    // The parser's error (ad-hoc corpora only: tests/compile_errors parses).
                    (Outcome::ParseError(k), Some(e)) if !compiles[i].ok && compare::same_error(e, k) => {
                        (format!("parser/{dir}"), Verdict { status: Status::Identical, detail: String::new() })
                    }
                    _ => {
                        let (phase, verdict) = judge_phase_error(&compiles[i], answer, outcome);
                        (format!("{}/{dir}", if phase { "symtable" } else { "later" }), verdict)
                    }
                }
            }
        };
        let in_baseline = baseline.passing.contains(&case.id);
        results.push(CaseResult {
            id: case.id.clone(),
            category,
            status: verdict.status,
            detail: verdict.detail,
            regressed: in_baseline && matches!(verdict.status, Status::Differ | Status::CorpusBug),
            newly_passing: !in_baseline && verdict.status == Status::Identical,
        });
    }

    let (rows, total) = report::summarise(&results);
    print!("{}", report::table(suite.name(), &rows, &total));
    println!(
        "oracle: {:.1} s ({} cached, {} asked); krait: {:.2} s for {} files",
        oracle_time.as_secs_f64(),
        stats.cache_hits,
        stats.cache_misses,
        krait_time.as_secs_f64(),
        cases.len()
    );
    if suite == Suite::Errors {
        let phase = |p: &str| results.iter().filter(|r| r.category.starts_with(p)).count();
        let matched =
            results.iter().filter(|r| r.category.starts_with("symtable/") && r.status == Status::Identical).count();
        println!(
            "symbol-table phase: {} cases, {matched} identical; later phases (codegen): {} cases",
            phase("symtable/"),
            phase("later/")
        );
    }
    for (label, status) in [("corpus bugs", Status::CorpusBug), ("oracle failures", Status::OracleError)] {
        let list: Vec<&CaseResult> = results.iter().filter(|r| r.status == status).collect();
        if !list.is_empty() {
            println!("\n{label} ({}), not counted:", list.len());
            for r in list.iter().take(args.diffs) {
                println!("  {}: {}", r.id, r.detail);
            }
        }
    }
    let report = report::Report {
        suite: suite.name(),
        oracle: krait_oracle::ORACLE_VERSION,
        filter: args.filter.as_deref(),
        summary: &rows,
        total: &total,
        results: &results,
    };
    report::finish(&report, args.diffs, &root)?;

    if args.bless && args.dir.is_none() {
        let count = report::bless(&baseline_path, suite.name(), &baseline, &results, args.filter.is_some())?;
        println!("blessed {}: {count} passing cases", baseline_path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let newly = results.iter().filter(|r| r.newly_passing).count();
    if newly > 0 {
        println!("\n{newly} cases newly pass (run with --bless to record them)");
    }
    let regressions: Vec<&CaseResult> = results.iter().filter(|r| r.regressed).collect();
    if regressions.is_empty() {
        println!("no regressions against tests/conformance/{}-baseline.json", suite.name());
        Ok(ExitCode::SUCCESS)
    } else {
        println!("\nREGRESSIONS ({}): in the baseline but no longer passing:", regressions.len());
        for r in &regressions {
            println!("  {}", r.id);
        }
        Ok(ExitCode::from(1))
    }
}
