//! Programs run through `krait_vm::run_captured`, checked against expected output written
//! here (the oracle-checked corpus is `tests/programs`, run by `conformance programs`).
//! These cover what the oracle cannot: deep recursion through Rust code, and that odd
//! programs end in a Python exception rather than a panic.

#![allow(clippy::panic)]

fn check(src: &str, stdout: &str, status: i32) {
    let out = krait_vm::run_captured(src.as_bytes(), "t.py");
    assert_eq!(String::from_utf8_lossy(&out.stdout), stdout, "stderr: {}", out.stderr);
    assert_eq!(out.status, status, "stderr: {}", out.stderr);
}

fn last_stderr_line(src: &str) -> String {
    let out = krait_vm::run_captured(src.as_bytes(), "t.py");
    out.stderr.lines().last().unwrap_or_default().to_string()
}

#[test]
fn hello() {
    check("print('hello', 1 + 2)\n", "hello 3\n", 0);
}

#[test]
fn python_recursion_is_a_recursion_error() {
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('ok')\n";
    check(src, "ok\n", 0);
}

#[test]
fn recursion_through_rust_code_is_a_recursion_error() {
    let src = "class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('ok')\n";
    let out = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || krait_vm::run_captured(src.as_bytes(), "t.py"))
        .map(|h| h.join());
    match out {
        Ok(Ok(out)) => assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n", "{}", out.stderr),
        _ => panic!("the thread failed"),
    }
}

#[test]
fn uncaught_exception_status_and_last_line() {
    assert_eq!(last_stderr_line("1 / 0\n"), "ZeroDivisionError: division by zero");
    assert_eq!(last_stderr_line("x\n"), "NameError: name 'x' is not defined");
    check("raise SystemExit(4)\n", "", 4);
}

#[test]
fn unsupported_things_raise_instead_of_panicking() {
    for src in [
        "memoryview(1)\n",
        "async def f():\n    await g()\nf().send(None)\n",
        "import no_such_module_krait\n",
        "x = [1][5]\n",
        "del undefined\n",
        "a, b = 1\n",
        "print(f'{1:q}')\n",
        "print(1 < None)\n",
        "(lambda: (yield))().send(1)\n",
    ] {
        let out = krait_vm::run_captured(src.as_bytes(), "t.py");
        assert_eq!(out.status, 1, "{src:?} should fail with an exception: {:?}", out);
        assert!(out.stderr.contains("Error") || out.stderr.contains("Exception"), "{src:?}: {}", out.stderr);
    }
}
