//! End-to-end checks of the oracle client against the real pinned pyodide: answers for valid
//! and invalid source, the cache (a fully cached batch never starts Node), and the corpus.

use krait_oracle::{Cache, Oracle, OracleError, Request, STDLIB_PY_FILES, stdlib_corpus};

fn temp_cache(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("krait-oracle-test-{name}-{}", std::process::id()))
}

#[test]
fn answers_and_caches() -> Result<(), OracleError> {
    let dir = temp_cache("answers");
    let requests = vec![
        Request::ast(b"x = 1\n", "a.py", false, None),
        Request::ast(b"def f(:\n", "b.py", true, None),
        Request::Version,
    ];
    let mut oracle = Oracle::with_cache(Some(Cache::new(&dir)))?;
    let first = oracle.ask_many(&requests)?;
    assert_eq!(first[0].dump.as_deref(), Some("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"));
    assert!(!first[1].ok);
    let err = first[1].error.clone().ok_or_else(|| OracleError::Protocol("no error".into()))?;
    assert_eq!(
        (err.type_name.as_str(), err.msg.as_str(), err.lineno, err.offset, err.end_lineno, err.end_offset),
        ("SyntaxError", "invalid syntax", Some(1), Some(7), Some(1), Some(8))
    );
    assert_eq!(first[2].protocol, Some(krait_oracle::PROTOCOL_VERSION));
    assert_eq!(oracle.stats().node_starts, 1);
    drop(oracle);

    let mut again = Oracle::with_cache(Some(Cache::new(&dir)))?;
    let second = again.ask_many(&requests)?;
    assert_eq!(first, second);
    assert_eq!(again.stats().cache_hits, 3);
    assert!(!again.node_running(), "a fully cached batch must not start node");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn bad_requests_are_answered_not_fatal() -> Result<(), OracleError> {
    let mut oracle = Oracle::with_cache(None)?;
    let answers = oracle.ask_many(&[
        Request::Eval { code: "1 +".into() },
        Request::eval("import sys\nprint('noise')\nsys.maxsize"),
    ])?;
    assert!(!answers[0].ok);
    assert_eq!(answers[1].value.as_deref(), Some("2147483647"), "pyodide is a 32-bit build");
    assert_eq!(answers[1].stdout.as_deref(), Some("noise\n"));
    Ok(())
}

#[test]
fn stdlib_corpus_has_every_py_file() -> Result<(), OracleError> {
    let corpus = stdlib_corpus()?;
    assert_eq!(corpus.len(), STDLIB_PY_FILES);
    assert!(corpus.windows(2).all(|w| w[0].0 < w[1].0), "sorted by path");
    assert!(corpus.iter().any(|(p, b)| p == "json/decoder.py" && !b.is_empty()));
    Ok(())
}

#[test]
fn a_hung_request_is_answered_and_the_rest_still_run() -> Result<(), OracleError> {
    let mut oracle = Oracle::with_cache(None)?;
    oracle.set_timeout(std::time::Duration::from_secs(3));
    let answers = oracle.ask_many(&[
        Request::eval("1 + 1"),
        Request::run(b"while True:\n    pass\n", "hang.py", None),
        Request::eval("2 + 2"),
        Request::run(b"import sys\nprint(input())\nsys.exit(4)\n", "echo.py", Some("hello\n")),
    ])?;
    assert_eq!(answers[0].value.as_deref(), Some("2"));
    assert!(answers[1].oracle_error, "{:?}", answers[1]);
    assert_eq!(answers[2].value.as_deref(), Some("4"));
    assert_eq!(answers[3].stdout.as_deref(), Some("hello\n"));
    assert_eq!(answers[3].exit_status, Some(4));
    assert_eq!(oracle.stats().node_starts, 2);
    Ok(())
}
