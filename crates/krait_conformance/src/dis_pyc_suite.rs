//! The `dis-pyc` suite: krait_bytecode's marshal reader and `dis` formatter judged without any
//! compiler. For each `.py` of the pinned stdlib, the oracle's `.pyc` (py_compile, unchecked
//! hash) is read with `krait_bytecode::pyc::read` and formatted with `krait_bytecode::dis::dis`;
//! the text must equal the oracle's `dis.dis(code)` (addresses normalised) for the same file.
//!
//! Also reported, not judged: the `.pyc` header's source hash against krait's
//! `source_hash`, and how many re-serialised `.pyc` files are byte-identical and
//! semantically equal (read back to the same code object).
//!
//! Known differences: a frozenset constant whose elements collide in the hash table iterates
//! in the order they were inserted, which is source order in the oracle's compiled object but
//! marshal (sorted) order in any reloaded `.pyc`; the listing of such a file cannot match.
//!
//! Conventions as the other suites: `--filter`, `--show ID`, `--bless`, `--diffs N`; baseline
//! `tests/conformance/dis-pyc-baseline.json`; exit status 1 exactly on a baseline regression.

use crate::cases::{self, Case};
use crate::compare::{self, Status};
use crate::report::{self, CaseResult};
use krait_oracle::{Oracle, Request, Response};
use std::process::ExitCode;
use std::time::Instant;

const SUITE: &str = "dis-pyc";
const USAGE: &str = "usage: conformance dis-pyc [--bless] [--filter SUBSTR] [--show ID] [--diffs N]

  dis-pyc  stdlib: the oracle's .pyc read by krait and shown by krait's dis must equal dis.dis";

struct Args {
    bless: bool,
    filter: Option<String>,
    show: Option<String>,
    diffs: usize,
}

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut args = Args {
        bless: false,
        filter: None,
        show: None,
        diffs: 20,
    };
    let mut it = argv.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--bless" => args.bless = true,
            "--filter" => args.filter = Some(it.next().ok_or("--filter needs a value")?.clone()),
            "--show" => args.show = Some(it.next().ok_or("--show needs a value")?.clone()),
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

/// The file name the oracle compiles with (the path inside the stdlib zip).
fn filename(case: &Case) -> &str {
    case.id.strip_prefix("stdlib/").unwrap_or(&case.id)
}

/// What krait made of one `.pyc`.
struct Judged {
    status: Status,
    detail: String,
    dis: Option<String>,
    hash_ok: bool,
    byte_identical: bool,
    semantic: bool,
}

fn judge(case: &Case, pyc_answer: &Response, dis_answer: &Response) -> Judged {
    let mut j = Judged {
        status: Status::OracleError,
        detail: String::new(),
        dis: None,
        hash_ok: false,
        byte_identical: false,
        semantic: false,
    };
    let (Some(pyc_b64), Some(expected)) = (&pyc_answer.pyc_b64, &dis_answer.dis) else {
        j.detail = "the oracle gave no .pyc or no dis".into();
        return j;
    };
    let Some(pyc_bytes) = krait_oracle::b64_decode(pyc_b64) else {
        j.detail = "bad base64 from the oracle".into();
        return j;
    };
    let pyc = match krait_bytecode::pyc::read(&pyc_bytes) {
        Ok(p) => p,
        Err(e) => {
            j.status = Status::Differ;
            j.detail = format!("krait cannot read the .pyc: {e}");
            return j;
        }
    };
    j.hash_ok = pyc.invalidation
        == krait_bytecode::pyc::Invalidation::Hash {
            checked: false,
            hash: krait_bytecode::pyc::source_hash(&case.source),
        };
    let rewritten = krait_bytecode::pyc::write(&pyc);
    j.byte_identical = rewritten == pyc_bytes;
    j.semantic = krait_bytecode::pyc::read(&rewritten).is_ok_and(|p| p == pyc);
    let actual = krait_bytecode::dis::dis(&pyc.code);
    if actual == *expected {
        j.status = Status::Identical;
    } else {
        j.status = Status::Differ;
        j.detail = compare::first_difference(expected, &actual, 120);
    }
    j.dis = Some(actual);
    j
}

fn ask(oracle: &mut Oracle, cases: &[Case]) -> Result<Vec<(Response, Response)>, String> {
    let mut requests = Vec::with_capacity(cases.len() * 2);
    for c in cases {
        requests.push(Request::marshal(&c.source, filename(c)));
        requests.push(Request::dis(&c.source, filename(c)));
    }
    let mut answers = Vec::with_capacity(requests.len());
    for chunk in requests.chunks(64) {
        answers.extend(oracle.ask_many(chunk).map_err(|e| e.to_string())?);
        if oracle.node_running() {
            eprintln!("oracle: {}/{} answered", answers.len(), requests.len());
        }
    }
    let mut pairs = Vec::with_capacity(cases.len());
    let mut it = answers.into_iter();
    while let (Some(a), Some(b)) = (it.next(), it.next()) {
        pairs.push((a, b));
    }
    Ok(pairs)
}

/// Entry point: `argv[0]` is `dis-pyc`.
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
            eprintln!("conformance {SUITE}: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<ExitCode, String> {
    let root = krait_oracle::repo_root();
    let mut cases = cases::stdlib()?;
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(wanted) = &args.show {
        let found: Vec<Case> = match cases.iter().find(|c| c.id == *wanted) {
            Some(c) => vec![c.clone()],
            None => cases
                .iter()
                .filter(|c| c.id.contains(wanted.as_str()))
                .cloned()
                .collect(),
        };
        let [case] = found.as_slice() else {
            return Err(format!("{} cases match {wanted:?}", found.len()));
        };
        let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
        let answers = ask(&mut oracle, std::slice::from_ref(case))?;
        let Some((pyc, dis)) = answers.first() else {
            return Err("no answer".into());
        };
        let j = judge(case, pyc, dis);
        println!("== {}: {:?}\n{}", case.id, j.status, j.detail);
        println!("\n== expected\n{}", dis.dis.as_deref().unwrap_or("(none)"));
        println!("\n== actual (krait)\n{}", j.dis.as_deref().unwrap_or("(none)"));
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(f) = &args.filter {
        cases.retain(|c| c.id.contains(f.as_str()));
    }
    let started = Instant::now();
    let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
    let answers = ask(&mut oracle, &cases)?;
    let oracle_time = started.elapsed();
    drop(oracle);

    let started = Instant::now();
    let baseline_path = root
        .join("tests")
        .join("conformance")
        .join(format!("{SUITE}-baseline.json"));
    let baseline = report::load_baseline(&baseline_path)?;
    let mut results = Vec::with_capacity(cases.len());
    let (mut hash_ok, mut identical_bytes, mut semantic) = (0, 0, 0);
    for (case, (pyc, dis)) in cases.iter().zip(&answers) {
        let j = judge(case, pyc, dis);
        hash_ok += usize::from(j.hash_ok);
        identical_bytes += usize::from(j.byte_identical);
        semantic += usize::from(j.semantic);
        let in_baseline = baseline.passing.contains(&case.id);
        results.push(CaseResult {
            id: case.id.clone(),
            category: case.category.clone(),
            status: j.status,
            detail: j.detail,
            regressed: in_baseline && j.status == Status::Differ,
            newly_passing: !in_baseline && j.status == Status::Identical,
        });
    }
    let krait_time = started.elapsed();

    let (rows, total) = report::summarise(&results);
    print!("{}", report::table(SUITE, &rows, &total));
    println!(
        ".pyc source hash: {hash_ok}/{n} equal; re-serialised .pyc: {identical_bytes}/{n} byte-identical, {semantic}/{n} read back equal",
        n = cases.len()
    );
    println!(
        "oracle: {:.1} s; krait: {:.2} s for {} files",
        oracle_time.as_secs_f64(),
        krait_time.as_secs_f64(),
        cases.len()
    );
    let differing: Vec<&CaseResult> = results.iter().filter(|r| r.status == Status::Differ).collect();
    if !differing.is_empty() && args.diffs > 0 {
        println!(
            "\nfirst {} of {} differences:",
            args.diffs.min(differing.len()),
            differing.len()
        );
        for r in differing.iter().take(args.diffs) {
            let mark = if r.regressed { " (REGRESSION)" } else { "" };
            println!("-- {}{mark}\n  {}", r.id, r.detail.replace('\n', "\n  "));
        }
    }
    let report_path = root.join("target").join("conformance").join(format!("{SUITE}.json"));
    report::write_report(
        &report_path,
        &report::Report {
            suite: SUITE,
            oracle: krait_oracle::ORACLE_VERSION,
            filter: args.filter.as_deref(),
            summary: &rows,
            total: &total,
            results: &results,
        },
    )?;
    println!("\nfull results: {}", report_path.display());
    if args.bless {
        let count = report::bless(&baseline_path, SUITE, &baseline, &results, args.filter.is_some())?;
        println!("blessed {}: {count} passing cases", baseline_path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let regressions: Vec<&CaseResult> = results.iter().filter(|r| r.regressed).collect();
    if regressions.is_empty() {
        println!("no regressions against tests/conformance/{SUITE}-baseline.json");
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "\nREGRESSIONS ({}): in the baseline but no longer passing:",
            regressions.len()
        );
        for r in &regressions {
            println!("  {}", r.id);
        }
        Ok(ExitCode::from(1))
    }
}
