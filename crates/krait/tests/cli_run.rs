//! The python3-compatible command line: `-c`, `-m`, `-`, FILE, `sys.argv`, `sys.path[0]`,
//! exit statuses and usage errors. Expected texts are python3's (the CLI's behaviour here
//! is unchanged between 3.11 and 3.14), with the executable's path where python3 prints
//! its own.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

fn krait(args: &[&str], cwd: &Path) -> Output {
    Command::new(KRAIT).args(args).current_dir(cwd).env_remove("PYTHONPATH").output().expect("krait runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh directory with the given files.
fn tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (rel, content) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    dir
}

fn usage_tail() -> String {
    format!("usage: {KRAIT} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n")
}

#[test]
fn dash_c_gets_the_remaining_arguments() {
    let out = krait(&["-c", "import sys; print(sys.argv, repr(sys.path[0]))", "a", "-b", "--c"], &std::env::temp_dir());
    assert_eq!(text(&out.stdout), "['-c', 'a', '-b', '--c'] ''\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn combined_short_options_and_attached_code() {
    let out = krait(&["-uBc", "import sys; print(sys.flags.dont_write_bytecode)"], &std::env::temp_dir());
    assert_eq!(text(&out.stdout), "1\n");
    let out = krait(&["-OO", "-cimport sys; print(sys.flags.optimize)"], &std::env::temp_dir());
    assert_eq!(text(&out.stdout), "2\n");
}

#[test]
fn exit_statuses() {
    let tmp = std::env::temp_dir();
    assert_eq!(krait(&["-c", "raise SystemExit(3)"], &tmp).status.code(), Some(3));
    assert_eq!(krait(&["-c", "import sys; sys.exit()"], &tmp).status.code(), Some(0));
    let out = krait(&["-c", "import sys; sys.exit('bye')"], &tmp);
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(1), "bye\n".to_string()));
    let out = krait(&["-c", "1/0"], &tmp);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("ZeroDivisionError: division by zero\n"), "{}", text(&out.stderr));
}

#[test]
fn usage_errors_are_python3s() {
    let tmp = std::env::temp_dir();
    for (args, first) in [
        (&["-c"][..], "Argument expected for the -c option\n"),
        (&["-m"][..], "Argument expected for the -m option\n"),
        (&["-X"][..], "Argument expected for the -X option\n"),
        (&["-W"][..], "Argument expected for the -W option\n"),
        (&["-Z"][..], "Unknown option: -Z\n"),
        (&["--foo"][..], "unknown option --foo\n"),
    ] {
        let out = krait(args, &tmp);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stderr), format!("{first}{}", usage_tail()), "{args:?}");
    }
}

#[test]
fn missing_file_is_status_2() {
    let dir = tree("missing", &[]);
    let out = krait(&["nonexist.py"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let expected = format!("{KRAIT}: can't open file '{}/nonexist.py': [Errno 2] No such file or directory\n", dir.display());
    assert_eq!(text(&out.stderr), expected);
}

#[test]
fn version() {
    let out = krait(&["-V"], &std::env::temp_dir());
    assert_eq!(text(&out.stdout), "Python 3.14.2\n");
}

#[test]
fn script_directory_is_sys_path_0_and_modules_import() {
    let dir = tree(
        "script",
        &[
            ("app/main.py", "import sys, helper\nprint(sys.argv[1:], sys.path[0] + '/main.py' == __file__, helper.X)\n"),
            ("app/helper.py", "X = 'helper'\n"),
        ],
    );
    let out = krait(&["app/main.py", "x", "y"], &dir);
    assert_eq!(text(&out.stdout), "['x', 'y'] True helper\n", "{}", text(&out.stderr));
}

#[test]
fn stdin_program() {
    let mut child = Command::new(KRAIT)
        .args(["-", "arg"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("krait runs");
    child.stdin.take().unwrap().write_all(b"import sys\nprint(sys.argv)\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(text(&out.stdout), "['-', 'arg']\n");
}

#[test]
fn dash_m_runs_modules_and_packages() {
    let dir = tree(
        "dash-m",
        &[
            ("tool.py", "import sys\nprint(__name__, sys.argv[0].endswith('/tool.py'), sys.argv[1:])\n"),
            ("pkg/__init__.py", "print('pkg init')\n"),
            ("pkg/__main__.py", "import sys\nprint(__name__, __package__, __spec__.name, sys.argv[0].endswith('pkg/__main__.py'))\n"),
            ("pkg/mod.py", "print(__name__, __package__)\nfrom . import helper\nprint(helper.H)\n"),
            ("pkg/helper.py", "H = 'relative import works'\n"),
            ("plain.py", ""),
            ("boom.py", "1/0\n"),
        ],
    );
    let out = krait(&["-m", "tool", "a", "b"], &dir);
    assert_eq!(text(&out.stdout), "__main__ True ['a', 'b']\n", "{}", text(&out.stderr));
    let out = krait(&["-m", "pkg"], &dir);
    assert_eq!(text(&out.stdout), "pkg init\n__main__ pkg pkg.__main__ True\n", "{}", text(&out.stderr));
    let out = krait(&["-m", "pkg.mod"], &dir);
    assert_eq!(text(&out.stdout), "pkg init\n__main__ pkg\nrelative import works\n", "{}", text(&out.stderr));

    let out = krait(&["-m", "nope"], &dir);
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(1), format!("{KRAIT}: No module named nope\n")));
    let out = krait(&["-m", "plain.sub"], &dir);
    assert_eq!(
        text(&out.stderr),
        format!(
            "{KRAIT}: Error while finding module specification for 'plain.sub' (ModuleNotFoundError: __path__ attribute not found on 'plain' while trying to find 'plain.sub')\n"
        )
    );
    let out = krait(&["-m", "missing.sub"], &dir);
    assert_eq!(
        text(&out.stderr),
        format!("{KRAIT}: Error while finding module specification for 'missing.sub' (ModuleNotFoundError: No module named 'missing')\n")
    );
    let out = krait(&["-m", "boom"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "Traceback (most recent call last):\n  File \"<frozen runpy>\", line 203, in _run_module_as_main\n  File \"<frozen runpy>\", line 88, in _run_code\n  File \"{}/boom.py\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n",
        dir.display()
    );
    assert_eq!(text(&out.stderr), expected);
}

#[test]
fn isolated_mode_leaves_the_script_directory_off_sys_path() {
    let dir = tree("isolated", &[("main.py", "import sys\nprint(sys.path[0] + '/main.py' == __file__)\n")]);
    let out = krait(&["-I", "main.py"], &dir);
    assert_eq!(text(&out.stdout), "False\n", "{}", text(&out.stderr));
}

#[test]
fn without_a_stdlib_the_error_says_how_to_provide_one() {
    let dir = tree("nostdlib", &[]);
    let out = Command::new(KRAIT)
        .args(["-c", "import json"])
        .current_dir(&dir)
        .env("KRAIT_STDLIB", dir.join("nothing-here"))
        .output()
        .expect("krait runs");
    let err = text(&out.stderr);
    assert!(err.contains("ModuleNotFoundError: No module named 'json' (krait found no standard library: pass --stdlib PATH or set KRAIT_STDLIB"), "{err}");
    let out = krait(&["-c", "import sys, math; print(math.floor(2.5), len(sys.argv))"], &dir);
    assert_eq!(text(&out.stdout), "2 1\n", "Rust modules work without a stdlib");
}

#[test]
fn a_zip_on_the_stdlib_path_is_imported_from() {
    let zip = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tools/oracle/node_modules/pyodide/python_stdlib.zip");
    if !zip.is_file() {
        eprintln!("skipped: no pinned stdlib zip (npm ci --prefix tools/oracle)");
        return;
    }
    let out = krait(
        &["--stdlib", zip.to_str().unwrap(), "-c", "import heapq, bisect; print(heapq.nsmallest(2, [5, 1, 4]), heapq.__file__.endswith('python_stdlib.zip/heapq.py'))"],
        &std::env::temp_dir(),
    );
    assert_eq!(text(&out.stdout), "[1, 4] True\n", "{}", text(&out.stderr));
}

#[test]
fn imported_modules_are_cached_in_pycache_unless_dash_b() {
    let dir = tree("pycache", &[("main.py", "import helper\nprint(helper.f())\n"), ("helper.py", "def f():\n    return 'from helper'\n")]);
    let run = |args: &[&str]| {
        Command::new(KRAIT).args(args).current_dir(&dir).env_remove("PYTHONDONTWRITEBYTECODE").output().expect("krait runs")
    };
    let cache = dir.join("__pycache__/helper.krait-314.pyc");
    assert_eq!(text(&run(&["-B", "main.py"]).stdout), "from helper\n");
    assert!(!cache.exists(), "-B writes no cache");
    assert_eq!(text(&run(&["main.py"]).stdout), "from helper\n");
    assert!(cache.is_file(), "the cache is written");
    assert_eq!(text(&run(&["main.py"]).stdout), "from helper\n", "and read back");
}
