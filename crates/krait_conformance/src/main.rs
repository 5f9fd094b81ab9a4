//! `conformance`: krait's front end judged file by file against the pinned CPython 3.14 oracle.
//!
//! Suites:
//! - `ast`: every `.py` of the pinned stdlib plus `tests/ast_valid/**.py`; the oracle's
//!   `ast.dump(..., include_attributes=True)` must equal krait's dump, and where CPython rejects
//!   a file, krait must raise the same error (for `tests/ast_valid` such a file is a corpus
//!   bug, listed separately and not counted).
//! - `errors`: every `tests/syntax_errors/**.py`; krait must raise CPython's exact error
//!   (type, msg, lineno, offset, end_lineno, end_offset). Files CPython accepts are corpus bugs,
//!   listed separately and not counted.
//! - `symtable`, `symtable-errors`, `preprocess`: the compiler's front stages (see
//!   `symtable_suite.rs`).
//! - `dis`, `pyc`: the code generator's output (see `compile_suite.rs`).
//! - `programs`: the VM's output running `tests/programs` (see `programs_suite.rs`).
//!
//! It promises: a summary table on stdout, the first differences in readable form, the full
//! results in `target/conformance/<suite>.json`, and exit status 1 exactly when a case in the
//! committed baseline (`tests/conformance/<suite>-baseline.json`) no longer passes (2 for usage
//! or infrastructure errors). `--bless` rewrites the baseline instead of judging against it.

mod cases;
mod codegen;
mod compare;
mod compile_suite;
mod dis_pyc_suite;
mod krait_side;
mod programs_suite;
mod report;
mod symtable_suite;

use cases::Case;
use compare::{Status, Verdict};
use krait_oracle::{Oracle, Request, Response};
use krait_side::Outcome;
use krait_syntax::DumpOptions;
use report::CaseResult;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: conformance <ast|errors> [--bless] [--filter SUBSTR] [--show ID] [--diffs N]

  ast      stdlib + tests/ast_valid: ast.dump (include_attributes=True) must be identical
  errors   tests/syntax_errors: SyntaxError type, msg and positions must be identical
  symtable, symtable-errors, preprocess: see `conformance symtable --help`
  dis, pyc: the code generator, see `conformance dis --help`
  programs tests/programs: stdout, stderr and exit status of running each program

  --bless        rewrite tests/conformance/<suite>-baseline.json with the passing cases
  --filter S     only cases whose id contains S
  --show ID      print the full expected and actual output for one case (id or unique substring)
  --diffs N      how many differences to print (default 20)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suite {
    Ast,
    Errors,
}

impl Suite {
    fn name(self) -> &'static str {
        match self {
            Suite::Ast => "ast",
            Suite::Errors => "errors",
        }
    }
}

#[derive(Debug)]
struct Args {
    suite: Suite,
    bless: bool,
    filter: Option<String>,
    show: Option<String>,
    diffs: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut argv = std::env::args().skip(1);
    let suite = match argv.next().as_deref() {
        Some("ast") => Suite::Ast,
        Some("errors") => Suite::Errors,
        Some("-h" | "--help") | None => return Err(USAGE.to_string()),
        Some(other) => return Err(format!("unknown suite {other:?}\n{USAGE}")),
    };
    let mut args = Args { suite, bless: false, filter: None, show: None, diffs: 20 };
    while let Some(a) = argv.next() {
        match a.as_str() {
            "--bless" => args.bless = true,
            "--filter" => args.filter = Some(argv.next().ok_or("--filter needs a value")?),
            "--show" => args.show = Some(argv.next().ok_or("--show needs a value")?),
            "--diffs" => {
                let n = argv.next().ok_or("--diffs needs a value")?;
                args.diffs = n.parse().map_err(|_| format!("--diffs: not a number: {n}"))?;
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

fn gather(suite: Suite, root: &std::path::Path) -> Result<Vec<Case>, String> {
    let mut cases = match suite {
        Suite::Ast => {
            let mut c = cases::stdlib()?;
            c.extend(cases::corpus_dir(root, "ast_valid")?);
            c
        }
        Suite::Errors => cases::corpus_dir(root, "syntax_errors")?,
    };
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(cases)
}

fn request_for(suite: Suite, case: &Case, indent: Option<u32>) -> Request {
    match suite {
        Suite::Ast => Request::ast(&case.source, &case.id, true, indent),
        // Only the error matters: keep answers small.
        Suite::Errors => Request::ast(&case.source, &case.id, false, None),
    }
}

/// Asks the oracle in chunks so progress can be shown; one Node process for all of them.
fn ask_oracle(oracle: &mut Oracle, requests: &[Request]) -> Result<Vec<Response>, String> {
    const CHUNK: usize = 64;
    let mut answers = Vec::with_capacity(requests.len());
    for (i, chunk) in requests.chunks(CHUNK).enumerate() {
        answers.extend(oracle.ask_many(chunk).map_err(|e| e.to_string())?);
        if oracle.node_running() && (i % 4 == 3 || answers.len() == requests.len()) {
            eprintln!("oracle: {}/{} answered", answers.len(), requests.len());
        }
    }
    Ok(answers)
}

fn show(suite: Suite, cases: &[Case], wanted: &str) -> Result<ExitCode, String> {
    let matches: Vec<&Case> = match cases.iter().find(|c| c.id == wanted) {
        Some(c) => vec![c],
        None => cases.iter().filter(|c| c.id.contains(wanted)).collect(),
    };
    let case = match matches.as_slice() {
        [one] => *one,
        [] => return Err(format!("no case matches {wanted:?}")),
        many => {
            let ids: Vec<&str> = many.iter().take(20).map(|c| c.id.as_str()).collect();
            return Err(format!("{} cases match {wanted:?}:\n  {}", many.len(), ids.join("\n  ")));
        }
    };
    let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
    let flat = oracle.ask(&request_for(suite, case, None)).map_err(|e| e.to_string())?;
    let options = DumpOptions { include_attributes: suite == Suite::Ast, indent: None };
    let krait = krait_side::parse_one(&case.source, &case.id, Some(&options));
    let verdict = match suite {
        Suite::Ast => compare::judge_ast(&flat, &krait),
        Suite::Errors => compare::judge_error(&flat, &krait),
    };
    println!("== {} [{}]: {:?}", case.id, case.category, verdict.status);
    if !verdict.detail.is_empty() {
        println!("{}", verdict.detail);
    }
    // Full outputs, indented so a tree can be read and diffed line by line.
    let pretty = oracle.ask(&request_for(suite, case, Some(2))).map_err(|e| e.to_string())?;
    println!("\n== expected (CPython 3.14 via {})", krait_oracle::ORACLE_VERSION);
    match (&pretty.dump, &pretty.error) {
        (Some(d), _) if pretty.ok => println!("{d}"),
        (_, Some(e)) => {
            println!("{}", compare::describe_oracle_error(e));
            if let Some(t) = &e.text {
                println!("text: {t:?}");
            }
        }
        _ => println!("(no answer)"),
    }
    for w in &pretty.warnings {
        println!("warning {} line {:?}: {}", w.category, w.lineno, w.message);
    }
    println!("\n== actual (krait)");
    let pretty_options = DumpOptions { include_attributes: options.include_attributes, indent: Some("  ".into()) };
    match krait_side::parse_one(&case.source, &case.id, Some(&pretty_options)) {
        Outcome::Parsed(d) => println!("{d}"),
        Outcome::Error(e) => {
            println!("{}", compare::describe_krait_error(&e));
            if let Some(t) = &e.text {
                println!("text: {t:?}");
            }
        }
        Outcome::Panic(m) => println!("PANIC: {m}"),
    }
    if let (Some(expected), Outcome::Parsed(actual)) =
        (&pretty.dump, krait_side::parse_one(&case.source, &case.id, Some(&pretty_options)))
        && *expected != actual
    {
        println!("\n== {}", compare::first_difference(expected, &actual, 200));
    }
    Ok(ExitCode::SUCCESS)
}

fn run(args: &Args) -> Result<ExitCode, String> {
    let root = krait_oracle::repo_root();
    let suite = args.suite;
    let mut cases = gather(suite, &root)?;
    if let Some(f) = &args.show {
        return show(suite, &cases, f);
    }
    if let Some(f) = &args.filter {
        cases.retain(|c| c.id.contains(f.as_str()));
    }

    let started = Instant::now();
    let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
    let requests: Vec<Request> = cases.iter().map(|c| request_for(suite, c, None)).collect();
    let answers = ask_oracle(&mut oracle, &requests)?;
    let oracle_time = started.elapsed();
    let stats = oracle.stats().clone();
    drop(oracle);

    let started = Instant::now();
    let inputs: Vec<(&str, &[u8])> = cases.iter().map(|c| (c.id.as_str(), c.source.as_slice())).collect();
    let options = DumpOptions { include_attributes: true, indent: None };
    let outcomes = krait_side::parse_all(&inputs, (suite == Suite::Ast).then_some(&options));
    let krait_time = started.elapsed();

    let baseline_path = root.join("tests").join("conformance").join(format!("{}-baseline.json", suite.name()));
    let baseline = report::load_baseline(&baseline_path)?;
    let mut results = Vec::with_capacity(cases.len());
    for ((case, answer), outcome) in cases.iter().zip(&answers).zip(&outcomes) {
        let Verdict { status, detail } = match suite {
            // tests/ast_valid is a corpus of valid programs: one CPython rejects is misfiled.
            Suite::Ast if case.category.starts_with("ast_valid") && !answer.ok && !answer.oracle_error => {
                let why = answer.error.as_ref().map(compare::describe_oracle_error).unwrap_or_default();
                Verdict { status: Status::CorpusBug, detail: format!("CPython 3.14 rejects this file: {why}") }
            }
            Suite::Ast => compare::judge_ast(answer, outcome),
            Suite::Errors => compare::judge_error(answer, outcome),
        };
        let in_baseline = baseline.passing.contains(&case.id);
        results.push(CaseResult {
            id: case.id.clone(),
            category: case.category.clone(),
            status,
            detail,
            regressed: in_baseline && matches!(status, Status::Differ | Status::CorpusBug),
            newly_passing: !in_baseline && status == Status::Identical,
        });
    }

    let (rows, total) = report::summarise(&results);
    print!("{}", report::table(suite.name(), &rows, &total));
    println!(
        "oracle: {:.1} s ({} cached, {} asked{}); krait: {:.2} s for {} files",
        oracle_time.as_secs_f64(),
        stats.cache_hits,
        stats.cache_misses,
        if stats.node_starts > 0 {
            format!(", node started {}x, startup {:.1} s", stats.node_starts, stats.startup.as_secs_f64())
        } else {
            String::new()
        },
        krait_time.as_secs_f64(),
        cases.len()
    );

    let bugs: Vec<&CaseResult> = results.iter().filter(|r| r.status == Status::CorpusBug).collect();
    if !bugs.is_empty() {
        println!("\ncorpus bugs ({}), not counted:", bugs.len());
        for r in &bugs {
            println!("  {}: {}", r.id, r.detail);
        }
    }
    let oracle_failures: Vec<&CaseResult> = results.iter().filter(|r| r.status == Status::OracleError).collect();
    if !oracle_failures.is_empty() {
        println!("\noracle failures ({}), not counted:", oracle_failures.len());
        for r in oracle_failures.iter().take(args.diffs) {
            println!("  {}: {}", r.id, r.detail);
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

    if args.bless {
        let count = report::bless(&baseline_path, suite.name(), &baseline, &results, args.filter.is_some())?;
        println!("blessed {}: {count} passing cases", baseline_path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let newly: Vec<&CaseResult> = results.iter().filter(|r| r.newly_passing).collect();
    if !newly.is_empty() {
        println!("\n{} cases newly pass (run with --bless to record them):", newly.len());
        for r in newly.iter().take(args.diffs) {
            println!("  {}", r.id);
        }
        if newly.len() > args.diffs {
            println!("  ... and {} more", newly.len() - args.diffs);
        }
    }
    let regressions: Vec<&CaseResult> = results.iter().filter(|r| r.regressed).collect();
    if regressions.is_empty() {
        println!("no regressions against {}", relative(&root, &baseline_path).display());
        Ok(ExitCode::SUCCESS)
    } else {
        println!("\nREGRESSIONS ({}): in the baseline but no longer passing:", regressions.len());
        for r in &regressions {
            println!("  {}", r.id);
        }
        Ok(ExitCode::from(1))
    }
}

fn relative(root: &std::path::Path, path: &std::path::Path) -> PathBuf {
    path.strip_prefix(root).map(PathBuf::from).unwrap_or_else(|_| path.to_path_buf())
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    // Case ids are paths relative to the repository root, and the programs suite runs them
    // in this process: with another working directory (`cargo test` starts this binary in
    // the crate's directory) tracebacks and linecache could not find the source files.
    if let Err(e) = std::env::set_current_dir(krait_oracle::repo_root()) {
        eprintln!("conformance: cannot enter the repository root: {e}");
        return ExitCode::from(2);
    }
    if matches!(argv.first().map(String::as_str), Some("dis" | "pyc")) {
        return compile_suite::main(&argv);
    }
    if argv.first().map(String::as_str) == Some("programs") {
        return programs_suite::main(&argv);
    }
    if argv.first().map(String::as_str) == Some("dis-pyc") {
        return dis_pyc_suite::main(&argv);
    }
    if matches!(argv.first().map(String::as_str), Some("symtable" | "symtable-errors" | "preprocess")) {
        return symtable_suite::main(&argv);
    }
    let args = match parse_args() {
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
