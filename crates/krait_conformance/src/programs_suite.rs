//! `programs`: every `tests/programs/**.py` run as `__main__` by krait's VM and by the
//! oracle (`run` request); stdout, stderr and the exit status must be identical.
//!
//! Both sides get the case id as the filename, so tracebacks name the same file. A
//! directory holding `main.py` is one case made of several files (modules, packages):
//! both sides run `main.py` by its absolute path with the directory as `sys.path[0]` (the
//! oracle first writes the files into pyodide's filesystem at the same path). The
//! committed baseline is `tests/conformance/programs-baseline.json`; `--bless` rewrites it,
//! `--show ID` prints both outputs of one case.

use crate::cases::{self, Case};
use crate::compare::Status;
use crate::report::{self, CaseResult};
use krait_oracle::{Oracle, Request};
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

struct Args {
    bless: bool,
    filter: Option<String>,
    show: Option<String>,
    diffs: usize,
}

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut args = Args { bless: false, filter: None, show: None, diffs: 20 };
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
            other => return Err(format!("unknown argument {other:?}\nusage: conformance programs [--bless] [--filter S] [--show ID] [--diffs N]")),
        }
    }
    Ok(args)
}

/// Entry point: `argv[0]` is `programs`.
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
            eprintln!("conformance programs: {msg}");
            ExitCode::from(2)
        }
    }
}

/// A multi-file case: the directory (absolute), `main.py`'s absolute path and every file
/// of the directory (relative path, bytes).
struct DirCase {
    dir: String,
    main: String,
    files: Vec<(String, Vec<u8>)>,
}

/// Every file under `dir` (any depth, `__pycache__` skipped), as relative paths.
fn dir_files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "__pycache__") {
                    stack.push(path);
                }
            } else {
                let rel = path.strip_prefix(dir).map_err(|e| e.to_string())?;
                let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                out.push((rel, std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Splits off the multi-file cases: a directory with `main.py` is one case (id
/// `.../main.py`); its other `.py` files are not cases of their own.
fn group_dir_cases(root: &Path, cases: Vec<Case>) -> Result<(Vec<Case>, HashMap<String, DirCase>), String> {
    let mains: Vec<String> = cases
        .iter()
        .filter_map(|c| c.id.strip_suffix("/main.py").map(str::to_string))
        .filter(|d| d != "tests/programs")
        .collect();
    let mut dirs = HashMap::new();
    let mut kept = Vec::new();
    for case in cases {
        let owner = mains.iter().find(|d| case.id.starts_with(&format!("{d}/")));
        match owner {
            None => kept.push(case),
            Some(d) if case.id == format!("{d}/main.py") => {
                let abs = root.join(d);
                let dir = abs.to_string_lossy().into_owned();
                let files = dir_files(&abs)?;
                dirs.insert(case.id.clone(), DirCase { main: format!("{dir}/main.py"), dir, files });
                kept.push(Case { category: "programs/multi-file".to_string(), ..case });
            }
            Some(_) => {}
        }
    }
    Ok((kept, dirs))
}

/// krait's side of one case, a panic included.
fn run_krait(case: &Case, dir: Option<&DirCase>) -> (String, String, i64) {
    let source = case.source.clone();
    let id = case.id.clone();
    let dir = dir.map(|d| (d.dir.clone(), d.main.clone()));
    let r = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            std::panic::catch_unwind(|| match &dir {
                None => krait_vm::run_captured(&source, &id),
                Some((dir, main)) => {
                    let config = krait_vm::import::ImportConfig {
                        argv: vec![main.clone()],
                        path0: Some(dir.clone()),
                        // No __pycache__ in the source tree.
                        dont_write_bytecode: true,
                        ..krait_vm::import::ImportConfig::default()
                    };
                    let program = krait_vm::Program::Source { source: source.clone(), filename: main.clone() };
                    krait_vm::run_program(program, config, true)
                }
            })
        })
        .map_err(|e| e.to_string())
        .and_then(|h| h.join().map_err(|_| "thread failed".to_string()));
    match r {
        Ok(Ok(out)) => (String::from_utf8_lossy(&out.stdout).into_owned(), out.stderr, i64::from(out.status)),
        Ok(Err(_)) => (String::new(), "PANIC".to_string(), -1),
        Err(e) => (String::new(), format!("PANIC: {e}"), -1),
    }
}

fn describe(label: &str, expected: &str, actual: &str) -> String {
    if expected == actual {
        return String::new();
    }
    let el: Vec<&str> = expected.lines().collect();
    let al: Vec<&str> = actual.lines().collect();
    let i = el.iter().zip(&al).take_while(|(a, b)| a == b).count();
    format!(
        "  {label} line {}: expected {:?}, got {:?}\n",
        i + 1,
        el.get(i).copied().unwrap_or("<end>"),
        al.get(i).copied().unwrap_or("<end>")
    )
}

fn run(args: &Args) -> Result<ExitCode, String> {
    let root = krait_oracle::repo_root();
    let (mut cases, dirs) = group_dir_cases(&root, cases::corpus_dir(&root, "programs")?)?;
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(f) = &args.filter {
        cases.retain(|c| c.id.contains(f.as_str()));
    }
    if let Some(f) = &args.show {
        cases.retain(|c| c.id.contains(f.as_str()));
    }
    let mut oracle = Oracle::start().map_err(|e| e.to_string())?;
    let requests: Vec<Request> = cases
        .iter()
        .map(|c| match dirs.get(&c.id) {
            Some(d) => Request::run_dir(&c.source, &d.main, &d.dir, &d.files),
            None => Request::run(&c.source, &c.id, None),
        })
        .collect();
    let answers = oracle.ask_many(&requests).map_err(|e| e.to_string())?;
    drop(oracle);

    let baseline_path = root.join("tests").join("conformance").join("programs-baseline.json");
    let baseline = report::load_baseline(&baseline_path)?;
    let mut results = Vec::new();
    for (case, answer) in cases.iter().zip(&answers) {
        let (out, err, status) = run_krait(case, dirs.get(&case.id));
        let (status_v, detail) = match (&answer.stdout, &answer.stderr, answer.exit_status) {
            (Some(eo), Some(ee), Some(es)) => {
                if args.show.is_some() {
                    println!("== {}\n-- expected (status {es})\n{eo}{ee}\n-- krait (status {status})\n{out}{err}", case.id);
                }
                let mut d = describe("stdout", eo, &out);
                d.push_str(&describe("stderr", ee, &err));
                if es != status {
                    d.push_str(&format!("  exit status: expected {es}, got {status}\n"));
                }
                (if d.is_empty() { Status::Identical } else { Status::Differ }, d)
            }
            _ => (Status::OracleError, "the oracle gave no run result".to_string()),
        };
        let in_baseline = baseline.passing.contains(&case.id);
        results.push(CaseResult {
            id: case.id.clone(),
            category: case.category.clone(),
            status: status_v,
            detail,
            regressed: in_baseline && status_v == Status::Differ,
            newly_passing: !in_baseline && status_v == Status::Identical,
        });
    }
    let (rows, total) = report::summarise(&results);
    print!("{}", report::table("programs", &rows, &total));
    for r in results.iter().filter(|r| r.status == Status::Differ).take(args.diffs) {
        println!("{}{}:\n{}", r.id, if r.regressed { " (REGRESSED)" } else { "" }, r.detail);
    }
    if args.bless {
        let n = report::bless(&baseline_path, "programs", &baseline, &results, args.filter.is_some())?;
        println!("blessed: {n} passing cases in {}", baseline_path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let regressed: Vec<&str> = results.iter().filter(|r| r.regressed).map(|r| r.id.as_str()).collect();
    if !regressed.is_empty() {
        println!("REGRESSIONS ({}): {}", regressed.len(), regressed.join(", "));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
