//! Runs the `conformance` binary's suites (`ast`, `errors`, `symtable`, `symtable-errors`,
//! `preprocess`, `dis-pyc`, `dis`, `pyc`, `programs`) against the committed baselines, so
//! `cargo test --workspace` fails on any conformance regression. Each suite's summary table
//! is printed (visible with `--nocapture`) and is part of the failure message, so it shows up
//! even when output is captured.

use std::process::Command;

fn run_suite(suite: &str) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_conformance")).args([suite, "--diffs", "10"]).output();
    match out {
        Ok(out) => {
            let text = format!(
                "$ conformance {suite}\n{}{}\n(exit status {:?})",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                out.status.code()
            );
            (out.status.success(), text)
        }
        Err(e) => (false, format!("cannot run the conformance binary: {e}")),
    }
}

#[test]
fn no_conformance_regressions() {
    // Sequential on purpose: one oracle process at a time on small machines.
    let mut failures = Vec::new();
    for suite in ["ast", "errors", "symtable", "symtable-errors", "preprocess", "dis-pyc", "dis", "pyc", "programs"] {
        let (ok, text) = run_suite(suite);
        eprintln!("{text}");
        if !ok {
            failures.push(text);
        }
    }
    assert!(failures.is_empty(), "conformance regressions or failures:\n\n{}", failures.join("\n\n"));
}
