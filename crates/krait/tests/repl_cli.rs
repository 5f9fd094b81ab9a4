//! The interactive prompt over a pipe (`-i`: python3 then reads statements from stdin and
//! writes the prompts to stderr), `-i` after a program, the options that change a run
//! (`-u`, `-W`, `-X`, `-O`, `-S`, `-q`) and the exit statuses (SystemExit, uncaught
//! KeyboardInterrupt). Expected texts are CPython 3.14's: the basic REPL's shape as python3
//! prints it (checked against the machine's 3.11), with 3.14's tracebacks (source lines and
//! carets for statements typed at the prompt).

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

fn command(args: &[&str]) -> Command {
    let mut c = Command::new(KRAIT);
    c.args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONINSPECT")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONBREAKPOINT");
    // A test runner started in the background of a non-interactive shell has SIGINT ignored,
    // and krait (as python3) then installs no handler: give the child the default action so
    // the Ctrl-C tests see what a terminal user sees instead of hanging.
    // SAFETY: `signal` is async-signal-safe, as code between fork and exec must be.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut c, || {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    c
}

/// Runs krait with `input` on stdin.
fn run(args: &[&str], input: &str) -> Output {
    let mut child = command(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("krait runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// (stdout, stderr, status) of a run.
fn outcome(args: &[&str], input: &str) -> (String, String, Option<i32>) {
    let out = run(args, input);
    (text(&out.stdout), text(&out.stderr), out.status.code())
}

#[test]
fn statements_values_and_errors() {
    let input = "1+1\nx=5\nx\nfor i in range(2):\n  print(i)\n\n1/0\nprint('after')\nNone\n_\n";
    let (out, err, status) = outcome(&["-q", "-i"], input);
    assert_eq!(out, "2\n5\n0\n1\nafter\n5\n");
    assert_eq!(
        err,
        ">>> >>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n>>> >>> >>> >>> \n"
    );
    assert_eq!(status, Some(0));
}

#[test]
fn banner_unless_quiet() {
    let (_, err, _) = outcome(&["-i"], "");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("Python 3.14.2 ") && lines[0].ends_with(" on linux"), "{err}");
    assert_eq!(lines[1], "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    assert_eq!(lines[2], ">>> ");
    // -S: no site, no "Type help" line; -q: no banner at all.
    let (_, err, _) = outcome(&["-S", "-i"], "");
    assert_eq!(err.lines().nth(1), Some(">>> "));
    let (_, err, _) = outcome(&["-q", "-i"], "");
    assert_eq!(err, ">>> \n");
}

#[test]
fn incomplete_input_asks_for_more() {
    let input = "# comment\nx = (1,\n2)\nx\n'''a\nb'''\n@staticmethod\ndef f(): return 3\n\nf()\nif 1: print(4)\n\ntry:\n  1/0\nexcept ZeroDivisionError:\n  print('caught')\n\n";
    let (out, err, status) = outcome(&["-q", "-i"], input);
    assert_eq!(out, "(1, 2)\n'a\\nb'\n3\n4\ncaught\n");
    assert_eq!(err, ">>> >>> ... >>> >>> ... >>> ... ... >>> >>> ... >>> ... ... ... ... >>> \n");
    assert_eq!(status, Some(0));
}

#[test]
fn syntax_errors_at_the_prompt() {
    let input = "def f(:\nif 1:\n  pass\nprint(2)\nif 1:\n\nreturn 5\n7\n";
    let (out, err, _) = outcome(&["-q", "-i"], input);
    assert_eq!(out, "7\n");
    assert_eq!(
        err,
        concat!(
            ">>>   File \"<stdin>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
            ">>> ... ...   File \"<stdin>\", line 3\n    print(2)\n    ^^^^^\nSyntaxError: invalid syntax\n",
            ">>> ...   File \"<stdin>\", line 2\n    \n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n",
            // A compile-stage error names the statement's own code, <stdin-N>.
            ">>>   File \"<stdin-0>\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n",
            ">>> >>> \n"
        )
    );
}

#[test]
fn tracebacks_through_functions_typed_at_the_prompt() {
    let input = "def g():\n    return 1/0\n\ng()\nimport sys\ntype(sys.last_exc).__name__\n";
    let (out, err, _) = outcome(&["-q", "-i"], input);
    assert_eq!(out, "'ZeroDivisionError'\n");
    assert_eq!(
        err,
        ">>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    g()\n    ~^^\n  File \"<stdin>\", line 2, in g\n    return 1/0\n           ~^~\nZeroDivisionError: division by zero\n>>> >>> >>> \n"
    );
}

#[test]
fn prompts_come_from_sys_ps1_and_ps2() {
    let input = "import sys\nsys.ps1 = 'IN '\nsys.ps2 = 'MORE '\nif 1:\n  2\n\n";
    let (out, err, _) = outcome(&["-q", "-i"], input);
    assert_eq!(out, "2\n");
    assert_eq!(err, ">>> >>> IN IN MORE MORE IN \n");
}

#[test]
fn end_of_input_inside_a_block_runs_it() {
    let (out, err, status) = outcome(&["-q", "-i"], "for i in range(2):\n  print(i)\n");
    assert_eq!(out, "0\n1\n");
    assert_eq!(err, ">>> ... ... \n>>> \n");
    assert_eq!(status, Some(0));
}

#[test]
fn exit_statuses_at_the_prompt() {
    assert_eq!(outcome(&["-q", "-i"], "exit(3)\nprint('not reached')\n"), (String::new(), ">>> ".into(), Some(3)));
    assert_eq!(outcome(&["-q", "-i"], "quit()\n").2, Some(0));
    assert_eq!(outcome(&["-q", "-i"], "raise SystemExit('bye')\n"), (String::new(), ">>> bye\n".into(), Some(1)));
    assert_eq!(outcome(&["-q", "-i"], "import sys; sys.exit(4)\n").2, Some(4));
    // Ctrl-D (end of input) after an error: status 0.
    assert_eq!(outcome(&["-q", "-i"], "1/0\n").2, Some(0));
}

#[test]
fn inspect_after_a_program() {
    // -i -c: the program runs, then the prompt sees its namespace (no banner).
    let (out, err, status) = outcome(&["-i", "-c", "x = 42\nprint('ran')"], "x\n");
    assert_eq!((out.as_str(), err.as_str(), status), ("ran\n42\n", ">>> >>> \n", Some(0)));
    // An uncaught exception, SystemExit included, is printed and the prompt follows.
    let (out, err, status) = outcome(&["-i", "-c", "y = 1\nraise SystemExit(7)"], "y\n");
    assert_eq!(out, "1\n");
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.ends_with("SystemExit: 7\n>>> >>> \n"), "{err}");
    assert_eq!(status, Some(0));
    // A script file, and -m.
    let dir = std::env::temp_dir().join(format!("krait-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("prog.py"), "z = [1, 2]\n").unwrap();
    std::fs::write(dir.join("modx.py"), "w = 'module'\n").unwrap();
    let script = dir.join("prog.py");
    let (out, _, _) = outcome(&["-i", script.to_str().unwrap()], "z\n__name__\n");
    assert_eq!(out, "[1, 2]\n'__main__'\n");
    let out = command(&["-i", "-m", "modx"]).current_dir(&dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut child = out;
    child.stdin.take().unwrap().write_all(b"w\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(text(&out.stdout), "'module'\n");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_dash_i_a_pipe_is_a_program() {
    let (out, err, status) = outcome(&[], "x = 2\nx\nprint(x * 3)\n");
    assert_eq!((out.as_str(), err.as_str(), status), ("6\n", "", Some(0)));
}

#[test]
fn uncaught_keyboard_interrupt_exits_by_sigint() {
    use std::os::unix::process::ExitStatusExt;
    let mut child = command(&["-c", "import time\nprint('go', flush=True)\ntime.sleep(20)"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut first = [0u8; 3];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    // SAFETY: signalling the child we started.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.signal(), Some(libc::SIGINT));
    let err = text(&out.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n") && err.ends_with("\nKeyboardInterrupt\n"), "{err}");
}

#[test]
fn keyboard_interrupt_in_a_loop_can_be_caught() {
    let code = "import sys\nprint('go', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n";
    let mut child = command(&["-c", code]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut first = [0u8; 3];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    // SAFETY: signalling the child we started.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(text(&out.stdout), "caught\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unbuffered_output() {
    let start = Instant::now();
    let mut child = command(&["-u", "-c", "import sys, time\nsys.stdout.write('early')\ntime.sleep(5)"]).stdout(Stdio::piped()).spawn().unwrap();
    let mut first = [0u8; 5];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    assert_eq!(&first, b"early");
    assert!(start.elapsed() < Duration::from_secs(4), "-u output waited for the exit");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn warning_options() {
    let (out, err, status) = outcome(&["-W", "error", "-c", "import warnings\ntry:\n    warnings.warn('boom')\nexcept UserWarning as e:\n    print('raised', e)"], "");
    assert_eq!((out.as_str(), err.as_str(), status), ("raised boom\n", "", Some(0)));
    let (out, err, _) = outcome(&["-W", "ignore", "-c", "import warnings, sys\nwarnings.warn('quiet')\nprint(sys.warnoptions)"], "");
    assert_eq!((out.as_str(), err.as_str()), ("['ignore']\n", ""));
    let (out, err, _) = outcome(&["-W", "bogus", "-c", "print(1)"], "");
    assert_eq!((out.as_str(), err.as_str()), ("1\n", "Invalid -W option ignored: invalid action: 'bogus'\n"));
    let out = command(&["-c", "import sys; print(sys.warnoptions)"]).env("PYTHONWARNINGS", "ignore::DeprecationWarning").output().unwrap();
    assert_eq!(text(&out.stdout), "['ignore::DeprecationWarning']\n");
    let (out, _, _) = outcome(&["-b", "-X", "dev", "-W", "once", "-c", "import sys; print(sys.warnoptions, sys.flags.dev_mode, sys.flags.bytes_warning)"], "");
    assert_eq!(out, "['default', 'once', 'default::BytesWarning'] True 1\n");
}

#[test]
fn x_options_and_flags() {
    let (out, _, _) = outcome(&["-X", "utf8", "-X", "a=b", "-X", "c", "-c", "import sys; print(sys._xoptions, sys.flags.utf8_mode)"], "");
    assert_eq!(out, "{'utf8': True, 'a': 'b', 'c': True} 1\n");
    let (out, _, _) = outcome(&["-O", "-c", "assert False\nprint(__debug__, __import__('sys').flags.optimize)"], "");
    assert_eq!(out, "False 1\n");
    let (out, _, _) = outcome(&["-OO", "-c", "def f():\n    'doc'\nprint(f.__doc__)"], "");
    assert_eq!(out, "None\n");
    let (out, _, _) = outcome(&["-S", "-c", "import builtins, sys; print(hasattr(builtins, 'exit'), sys.flags.no_site)"], "");
    assert_eq!(out, "False 1\n");
    let (out, _, _) = outcome(&["-s", "-B", "-c", "import sys; print(sys.flags.no_user_site, sys.flags.dont_write_bytecode)"], "");
    assert_eq!(out, "1 1\n");
    let (out, _, _) = outcome(&["-E", "-I", "-c", "import sys; print(sys.flags.ignore_environment, sys.flags.isolated, sys.flags.safe_path)"], "");
    assert_eq!(out, "1 1 True\n");
    // python3 3.14 dedents -c code.
    let (out, _, _) = outcome(&["-c", "\n    x = 1\n    print(x + 1)\n"], "");
    assert_eq!(out, "2\n");
}

#[test]
fn site_builtins_from_the_command_line() {
    let (out, err, status) = outcome(&["-c", "print(exit)\nexit(3)"], "");
    assert_eq!((out.as_str(), err.as_str(), status), ("Use exit() or Ctrl-D (i.e. EOF) to exit\n", "", Some(3)));
    let out = command(&["-c", "print(breakpoint())"]).env("PYTHONBREAKPOINT", "0").output().unwrap();
    assert_eq!(text(&out.stdout), "None\n");
    let out = command(&["-c", "print(breakpoint())"]).env("PYTHONBREAKPOINT", "nosuch.hook").output().unwrap();
    assert_eq!(text(&out.stdout), "None\n");
    assert_eq!(text(&out.stderr), "<string>:1: RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"nosuch.hook\"\n");
}

#[test]
fn input_reads_stdin() {
    let (out, err, status) = outcome(&["-c", "a = input('name? ')\nprint('hi', a)\ntry:\n    input()\nexcept EOFError as e:\n    print(type(e).__name__, e)"], "bob\n");
    assert_eq!((out.as_str(), err.as_str(), status), ("name? hi bob\nEOFError EOF when reading a line\n", "", Some(0)));
}
