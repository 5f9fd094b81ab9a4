//! The code generator's suites (`conformance dis`, `conformance pyc`): krait's code objects,
//! made from source by `krait_compiler::compile_module` (through [`crate::codegen`]), judged
//! against CPython 3.14's `compile()` of the same source.
//!
//! Corpora and categories:
//! - `tests/compile_programs/<area>/**.py` (category `compile_programs/<area>`): valid programs,
//!   one compiler feature each. A first line `# krait: optimize=N` compiles the file with
//!   `optimize=N` on both sides (N = 1 is `-O`, 2 is `-OO`); otherwise `optimize=0`. A file
//!   CPython rejects is a corpus bug (listed, not counted).
//! - the pinned stdlib, 559 files (category `stdlib`), compiled under their path inside
//!   `python_stdlib.zip` (the names `dis-pyc` uses, so oracle answers are shared).
//! - `dis` only: `tests/compile_errors/<dir>/**.py` (category `compile_errors/<dir>`): CPython
//!   rejects each; krait must raise the identical error (type, msg, four positions) whatever
//!   phase raises it (parser, symbol table or codegen). A file CPython accepts is a corpus bug.
//!
//! `dis`: krait's `krait_bytecode::dis::dis(code)` must equal the oracle's `dis.dis(code)`
//! text (addresses `at 0xADDR` on both sides; frozenset constants in the oracle's order).
//!
//! `pyc`: krait's `.pyc` (unchecked-hash header, as the oracle's `py_compile` answer) is
//! handed to the oracle, which `marshal.loads` it and compares it `==` to its own
//! `compile(src, filename, "exec", dont_inherit=True, optimize=N)`: equal is a pass. The
//! marshal bytes are also compared with CPython's own (`marshal.dumps` of its code object):
//! the byte-identical count is reported, and a byte-identical file needs no oracle question.
//! (The oracle's side is an `eval` request, so no new request kind was needed.)
//!
//! `--dir PATH` runs either suite over every `*.py` under PATH instead (ids relative to it,
//! one category per first subdirectory, no baseline read or written); there a file CPython
//! rejects must be rejected by krait with the same error.
//!
//! Same conventions as the other suites: summary table, first differences, `--filter`,
//! `--show ID`, `--bless`, baseline `tests/conformance/<suite>-baseline.json`, full results in
//! `target/conformance/<suite>.json`; exit status 1 exactly on a baseline regression.

use crate::cases::{self, Case};
use crate::codegen::{self, Failure};
use crate::compare::{self, Status};
use crate::report::{self, CaseResult};
use krait_bytecode::CodeObject;
use krait_bytecode::pyc::{self, Invalidation, Pyc};
use krait_oracle::{Oracle, PyException, Request, Response};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: conformance <dis|pyc> [--bless] [--filter SUBSTR] [--show ID] [--diffs N]

  dis   tests/compile_programs + stdlib + tests/compile_errors: krait's dis text of its own
        compile must equal CPython's dis.dis(compile(...)); errors must be identical
  pyc   tests/compile_programs + stdlib: CPython loads krait's .pyc and its code object is ==
        to CPython's compile of the same source (byte-identical marshal data also counted)

  --dir PATH   every *.py under PATH instead (ad-hoc runs: no baseline is read or written)

  a first line `# krait: optimize=N` in tests/compile_programs sets compile()'s optimize";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suite {
    Dis,
    Pyc,
}

impl Suite {
    fn name(self) -> &'static str {
        match self {
            Suite::Dis => "dis",
            Suite::Pyc => "pyc",
        }
    }
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
        Some("dis") => Suite::Dis,
        Some("pyc") => Suite::Pyc,
        _ => return Err(USAGE.to_string()),
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
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

/// Entry point: `argv[0]` is `dis` or `pyc`.
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
            eprintln!("conformance {}: {msg}", args.suite.name());
            ExitCode::from(2)
        }
    }
}

/// The file name both compilers are given (stdlib files: the path inside the zip).
fn filename(case: &Case) -> &str {
    case.id.strip_prefix("stdlib/").unwrap_or(&case.id)
}

/// `optimize` for a case: the `# krait: optimize=N` marker on the first line, else 0.
pub fn optimize_level(source: &[u8]) -> i32 {
    let first = source.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    match first.trim_end().strip_prefix("# krait: optimize=") {
        Some(n) => n.trim().parse().unwrap_or(0),
        None => 0,
    }
}

/// Files whose rejection by CPython is part of the test (not a corpus bug).
fn may_be_invalid(case: &Case) -> bool {
    case.category.starts_with("compile_errors") || case.category.starts_with("adhoc")
}

/// Every `*.py` under an arbitrary directory, ids relative to it, one category per first
/// subdirectory (`adhoc/<subdir>`).
fn adhoc_cases(dir: &std::path::Path) -> Result<Vec<Case>, String> {
    let mut found = Vec::new();
    for path in cases::py_files(dir)? {
        let source = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let rel = path.strip_prefix(dir).unwrap_or(&path);
        let id = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        let category = match id.split_once('/') {
            Some((sub, _)) => format!("adhoc/{sub}"),
            None => "adhoc".to_string(),
        };
        found.push(Case { id, category, source });
    }
    Ok(found)
}

fn gather(suite: Suite, root: &std::path::Path) -> Result<Vec<Case>, String> {
    let mut cases = cases::corpus_dir(root, "compile_programs")?;
    cases.extend(cases::stdlib()?);
    if suite == Suite::Dis {
        cases.extend(cases::corpus_dir(root, "compile_errors")?);
    }
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(cases)
}

/// A Python string literal (JSON's escapes are Python's).
fn py_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "''".into())
}

fn compile_expr(case: &Case, optimize: i32) -> String {
    format!(
        "compile(base64.b64decode('{}'), {}, 'exec', dont_inherit=True, optimize={optimize})",
        krait_oracle::b64_encode(&case.source),
        py_str(filename(case))
    )
}

/// The oracle's dis question: the plain `dis` request at optimize 0 (shared with `dis-pyc`'s
/// cache), an `eval` doing the same with `optimize=N` otherwise.
fn dis_request(case: &Case) -> Request {
    let optimize = optimize_level(&case.source);
    if optimize == 0 {
        return Request::dis(&case.source, filename(case));
    }
    Request::eval(&format!(
        "import base64, dis, io, re\n_b = io.StringIO()\ndis.dis({}, file=_b)\nre.sub(r'at 0x[0-9a-fA-F]+', 'at 0xADDR', _b.getvalue())",
        compile_expr(case, optimize)
    ))
}

/// The text of a dis answer (`dis` field, or the eval's value).
fn dis_text(answer: &Response) -> Option<String> {
    answer.dis.clone().or_else(|| answer.json.as_ref().and_then(|j| j.as_str().map(str::to_string)))
}

/// The oracle's marshal data for a case: the `marshal` request at optimize 0 (shared with
/// `dis-pyc`), an `eval` otherwise.
fn marshal_request(case: &Case) -> Request {
    let optimize = optimize_level(&case.source);
    if optimize == 0 {
        return Request::marshal(&case.source, filename(case));
    }
    Request::eval(&format!(
        "import base64, marshal\nbase64.b64encode(marshal.dumps({})).decode()",
        compile_expr(case, optimize)
    ))
}

fn marshal_bytes(answer: &Response) -> Option<Vec<u8>> {
    answer.marshal_bytes().or_else(|| {
        answer.json.as_ref().and_then(|j| j.as_str()).and_then(krait_oracle::b64_decode)
    })
}

/// Where two code objects first differ: the path of the code object and its differing fields
/// (`None` when this field-by-field walk finds nothing).
const CODE_DIFF_PY: &str = "\
def _where(a, b, path):
    fields = [f for f in ('co_name', 'co_qualname', 'co_flags', 'co_argcount', 'co_posonlyargcount',
              'co_kwonlyargcount', 'co_nlocals', 'co_firstlineno', 'co_stacksize', 'co_code', 'co_names',
              'co_varnames', 'co_cellvars', 'co_freevars', 'co_linetable', 'co_exceptiontable')
              if getattr(a, f) != getattr(b, f)]
    if fields:
        return path + ': ' + ', '.join(fields)
    if len(a.co_consts) != len(b.co_consts):
        return path + ': co_consts (%d vs %d constants)' % (len(a.co_consts), len(b.co_consts))
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        if isinstance(x, type(a)) and isinstance(y, type(a)):
            found = _where(x, y, path + '.' + y.co_name)
            if found:
                return found
        elif type(x) is not type(y) or repr(x) != repr(y):
            return path + ': co_consts[%d] %s vs %s' % (i, repr(x)[:60], repr(y)[:60])
    return None
";

/// Asks CPython to load krait's `.pyc` and compare it with its own compile (and, when they
/// differ, where: `CODE_DIFF_PY`).
fn equal_request(case: &Case, pyc_bytes: &[u8]) -> Request {
    Request::eval(&format!(
        "import base64, marshal, importlib.util\n{CODE_DIFF_PY}\
         _p = base64.b64decode('{}')\n\
         _r = {{'magic': _p[:4] == importlib.util.MAGIC_NUMBER}}\n\
         try:\n    _k = marshal.loads(_p[16:])\n    _r['loads'] = True\n    _c = {}\n    _r['equal'] = _k == _c\n\
         \x20   _r['where'] = None if _r['equal'] else _where(_k, _c, '<module>')\n\
         except Exception as _e:\n    _r['loads'] = False\n    _r['error'] = repr(_e)\n\
         _r",
        krait_oracle::b64_encode(pyc_bytes),
        compile_expr(case, optimize_level(&case.source))
    ))
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

/// What krait made of one file (code objects hold `Rc`s, so workers hand back text and bytes).
#[derive(Clone)]
struct Product {
    dis: String,
    pyc: Vec<u8>,
}

fn krait_compile_all(cases: &[Case], suite: Suite) -> Vec<Result<Product, Failure>> {
    codegen::parallel_map(
        cases,
        |c| c.id.clone(),
        |c| {
            let code = codegen::compile(&c.source, filename(c), optimize_level(&c.source))?;
            Ok(match suite {
                Suite::Dis => Product { dis: krait_bytecode::dis::dis(&code), pyc: Vec::new() },
                Suite::Pyc => Product { dis: String::new(), pyc: krait_pyc(c, &code) },
            })
        },
    )
    .into_iter()
    .map(|r| r.unwrap_or_else(|| Err(Failure::Panic("no result (worker thread failed)".into()))))
    .collect()
}

struct Judged {
    status: Status,
    detail: String,
    /// `pyc`: krait's marshal data equals CPython's.
    byte_identical: bool,
}

impl Judged {
    fn new(status: Status, detail: impl Into<String>) -> Self {
        Judged { status, detail: detail.into(), byte_identical: false }
    }
}

fn oracle_error_of(answer: &Response) -> Option<&PyException> {
    if answer.ok || answer.oracle_error { None } else { answer.error.as_ref() }
}

fn judge_dis(case: &Case, answer: &Response, krait: &Result<Product, Failure>) -> (Judged, Option<String>) {
    if answer.oracle_error {
        let why = answer.error.as_ref().map(compare::describe_oracle_error).unwrap_or_default();
        return (Judged::new(Status::OracleError, why), None);
    }
    if let Some(expected_error) = oracle_error_of(answer) {
        if !may_be_invalid(case) {
            let why = compare::describe_oracle_error(expected_error);
            return (Judged::new(Status::CorpusBug, format!("CPython 3.14 rejects this file: {why}")), None);
        }
        return match krait {
            Err(Failure::Syntax(e)) if compare::same_error(expected_error, e) => {
                (Judged::new(Status::Identical, ""), None)
            }
            Err(other) => (
                Judged::new(
                    Status::Differ,
                    format!("expected {}\n  actual {}", compare::describe_oracle_error(expected_error), other.describe()),
                ),
                None,
            ),
            Ok(product) => (
                Judged::new(
                    Status::Differ,
                    format!("expected {}\n  actual: krait compiled it", compare::describe_oracle_error(expected_error)),
                ),
                Some(product.dis.clone()),
            ),
        };
    }
    if case.category.starts_with("compile_errors") {
        return (Judged::new(Status::CorpusBug, "CPython 3.14 compiles this file"), None);
    }
    let Some(expected) = dis_text(answer) else {
        return (Judged::new(Status::OracleError, "the oracle gave no dis text"), None);
    };
    match krait {
        Ok(product) => {
            let actual = product.dis.clone();
            if actual == expected {
                (Judged::new(Status::Identical, ""), Some(actual))
            } else {
                let d = compare::first_difference(&expected, &actual, 120);
                (Judged::new(Status::Differ, d), Some(actual))
            }
        }
        Err(f) => (Judged::new(Status::Differ, f.describe()), None),
    }
}

/// The `.pyc` krait writes for a case (what `py_compile` writes with UNCHECKED_HASH).
fn krait_pyc(case: &Case, code: &CodeObject) -> Vec<u8> {
    pyc::write(&Pyc {
        invalidation: Invalidation::Hash { checked: false, hash: pyc::source_hash(&case.source) },
        code: code.clone(),
    })
}

fn run(args: &Args) -> Result<ExitCode, String> {
    let root = krait_oracle::repo_root();
    let suite = args.suite;
    let mut cases = match &args.dir {
        Some(dir) => adhoc_cases(dir)?,
        None => gather(suite, &root)?,
    };
    if let Some(wanted) = &args.show {
        let exact: Vec<Case> = cases.iter().filter(|c| c.id == *wanted).cloned().collect();
        cases = if exact.len() == 1 {
            exact
        } else {
            cases.into_iter().filter(|c| c.id.contains(wanted.as_str())).collect()
        };
        if cases.len() != 1 {
            let ids: Vec<&str> = cases.iter().take(20).map(|c| c.id.as_str()).collect();
            return Err(format!("{} cases match {wanted:?}:\n  {}", cases.len(), ids.join("\n  ")));
        }
    } else if let Some(f) = &args.filter {
        cases.retain(|c| c.id.contains(f.as_str()));
    }

    let started = Instant::now();
    let krait = krait_compile_all(&cases, suite);
    let krait_time = started.elapsed();

    let started = Instant::now();
    let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
    let mut judged: Vec<Judged> = Vec::with_capacity(cases.len());
    let mut shown: Option<(String, Option<String>)> = None;
    match suite {
        Suite::Dis => {
            let requests: Vec<Request> = cases.iter().map(dis_request).collect();
            let answers = ask(&mut oracle, &requests)?;
            for ((case, answer), k) in cases.iter().zip(&answers).zip(&krait) {
                let (j, actual) = judge_dis(case, answer, k);
                if args.show.is_some() {
                    let expected = dis_text(answer)
                        .or_else(|| answer.error.as_ref().map(compare::describe_oracle_error))
                        .unwrap_or_else(|| "(no answer)".into());
                    let actual = actual.or_else(|| k.as_ref().err().map(Failure::describe));
                    shown = Some((expected, actual));
                }
                judged.push(j);
            }
        }
        Suite::Pyc => {
            let requests: Vec<Request> = cases.iter().map(marshal_request).collect();
            let reference = ask(&mut oracle, &requests)?;
            // Only what is not byte-identical needs CPython to load it.
            let mut questions = Vec::new();
            for (i, (case, k)) in cases.iter().zip(&krait).enumerate() {
                let answer = &reference[i];
                let j = match (k, oracle_error_of(answer)) {
                    (_, Some(e)) => {
                        let why = compare::describe_oracle_error(e);
                        Judged::new(Status::CorpusBug, format!("CPython 3.14 rejects this file: {why}"))
                    }
                    (Err(f), None) => Judged::new(Status::Differ, f.describe()),
                    (Ok(product), None) => {
                        let bytes = &product.pyc;
                        match marshal_bytes(answer) {
                            None => Judged::new(Status::OracleError, "the oracle gave no marshal data"),
                            Some(theirs) if bytes.get(16..) == Some(theirs.as_slice()) => {
                                Judged { status: Status::Identical, detail: String::new(), byte_identical: true }
                            }
                            Some(_) => {
                                questions.push((i, equal_request(case, bytes)));
                                Judged::new(Status::Differ, "")
                            }
                        }
                    }
                };
                judged.push(j);
            }
            let requests: Vec<Request> = questions.iter().map(|(_, r)| r.clone()).collect();
            let answers = ask(&mut oracle, &requests)?;
            for ((i, _), answer) in questions.iter().zip(&answers) {
                let json = answer.json.as_ref();
                let flag = |name: &str| json.and_then(|j| j.get(name)).and_then(|v| v.as_bool());
                judged[*i] = match (answer.ok, flag("magic"), flag("loads"), flag("equal")) {
                    (true, Some(true), Some(true), Some(true)) => Judged::new(Status::Identical, ""),
                    (true, Some(false), _, _) => Judged::new(Status::Differ, "bad magic number"),
                    (true, _, Some(true), Some(false)) => {
                        let at = json.and_then(|j| j.get("where")).and_then(|v| v.as_str()).unwrap_or("?");
                        let why = format!("CPython loads it; the code object is not == to CPython's (krait vs CPython: {at})");
                        Judged::new(Status::Differ, why)
                    }
                    (true, _, Some(false), _) => {
                        let e = json.and_then(|j| j.get("error")).and_then(|v| v.as_str()).unwrap_or("?");
                        Judged::new(Status::Differ, format!("CPython cannot load it: {e}"))
                    }
                    _ => {
                        let why = answer.error.as_ref().map(compare::describe_oracle_error).unwrap_or_default();
                        Judged::new(Status::OracleError, format!("no verdict from the oracle: {why}"))
                    }
                };
            }
        }
    }
    let oracle_time = started.elapsed();
    let stats = oracle.stats().clone();
    drop(oracle);

    if let (Some(case), Some(j)) = (cases.first(), judged.first())
        && args.show.is_some()
    {
        println!("== {} [{}] optimize={}: {:?}", case.id, case.category, optimize_level(&case.source), j.status);
        if !j.detail.is_empty() {
            println!("{}", j.detail);
        }
        if let Some((expected, actual)) = shown {
            println!("\n== expected (CPython {})\n{expected}", krait_oracle::ORACLE_VERSION);
            println!("\n== actual (krait)\n{}", actual.unwrap_or_else(|| "(none)".into()));
        }
        return Ok(ExitCode::SUCCESS);
    }

    let baseline_path = root.join("tests").join("conformance").join(format!("{}-baseline.json", suite.name()));
    let baseline = match args.dir {
        Some(_) => report::Baseline::default(),
        None => report::load_baseline(&baseline_path)?,
    };
    let mut results = Vec::with_capacity(cases.len());
    let mut byte_identical = 0usize;
    for (case, j) in cases.iter().zip(judged) {
        byte_identical += usize::from(j.byte_identical);
        let in_baseline = baseline.passing.contains(&case.id);
        results.push(CaseResult {
            id: case.id.clone(),
            category: case.category.clone(),
            status: j.status,
            detail: j.detail,
            regressed: in_baseline && matches!(j.status, Status::Differ | Status::CorpusBug),
            newly_passing: args.dir.is_none() && !in_baseline && j.status == Status::Identical,
        });
    }

    let (rows, total) = report::summarise(&results);
    print!("{}", report::table(suite.name(), &rows, &total));
    if !codegen::AVAILABLE {
        println!("(built without the `codegen` feature: krait stops after the symbol table)");
    }
    if suite == Suite::Pyc {
        let compiled = results.iter().filter(|r| r.status != Status::CorpusBug).count();
        println!("marshal data byte-identical to CPython's: {byte_identical}/{compiled}");
    }
    println!(
        "oracle: {:.1} s ({} cached, {} asked); krait: {:.2} s for {} files",
        oracle_time.as_secs_f64(),
        stats.cache_hits,
        stats.cache_misses,
        krait_time.as_secs_f64(),
        cases.len()
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    fn case(id: &str, source: &str) -> Case {
        Case { id: id.into(), category: "compile_programs/test".into(), source: source.as_bytes().to_vec() }
    }

    #[test]
    fn optimize_marker() {
        let table = [
            ("# krait: optimize=2\nx = 1\n", 2),
            ("# krait: optimize=1\r\n", 1),
            ("x = 1\n# krait: optimize=2\n", 0),
            ("", 0),
        ];
        for (source, want) in table {
            assert_eq!(optimize_level(source.as_bytes()), want, "{source:?}");
        }
    }

    /// The `pyc` suite's question, asked about CPython's own marshal data (equal) and about
    /// another source's (not equal); also the `optimize` eval path of `marshal_request`.
    #[test]
    fn oracle_judges_pyc_equality() {
        let mut oracle = Oracle::start().unwrap();
        let same = case("t.py", "# krait: optimize=2\ndef f(x):\n    \"doc\"\n    assert x\n    return x + 1\n");
        let other = case("t.py", "# krait: optimize=2\ndef f(x):\n    return x + 2\n");
        let answers = oracle.ask_many(&[marshal_request(&same), marshal_request(&other)]).unwrap();
        let pyc_of = |answer: &Response| {
            let mut bytes = pyc::MAGIC.to_vec();
            bytes.extend_from_slice(&[1, 0, 0, 0]);
            bytes.extend_from_slice(&pyc::source_hash(&same.source));
            bytes.extend(marshal_bytes(answer).unwrap());
            bytes
        };
        let questions = [equal_request(&same, &pyc_of(&answers[0])), equal_request(&same, &pyc_of(&answers[1]))];
        let verdicts = oracle.ask_many(&questions).unwrap();
        let equal = |r: &Response| r.json.as_ref().and_then(|j| j.get("equal")).and_then(|v| v.as_bool());
        assert_eq!(equal(&verdicts[0]), Some(true), "{verdicts:?}");
        assert_eq!(equal(&verdicts[1]), Some(false), "{verdicts:?}");
    }
}
