//! The `krait dis` and `krait compile FILE` commands, judged against the oracle: a table of
//! sources whose `dis` text must be CPython's and whose `.pyc` must be `py_compile`'s bytes,
//! plus the exit statuses and error display of a file that does not compile.

#![allow(clippy::unwrap_used)]

use krait_oracle::{Oracle, Request};
use std::process::Command;

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// Small programs the code generator already handles (no frozenset constants: `krait dis`
/// orders them as 64-bit CPython does, the oracle is 32-bit).
const SOURCES: &[&str] = &[
    "x = 1\nprint(x)\n",
    "def f(a, b=2):\n    return a + b\n",
    "for i in range(3):\n    if i:\n        break\nelse:\n    pass\n",
];

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn dis_prints_cpythons_listing() {
    let mut oracle = Oracle::start().unwrap();
    for (i, source) in SOURCES.iter().enumerate() {
        let path = scratch(&format!("prog{i}.py"));
        std::fs::write(&path, source).unwrap();
        let name = path.to_str().unwrap();
        let expected = oracle.ask(&Request::dis(source.as_bytes(), name)).unwrap().dis.unwrap();
        let out = Command::new(KRAIT).args(["dis", name]).output().unwrap();
        assert!(out.status.success(), "{source:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "krait dis {source:?}");
        // -c CODE compiles under the name <string>.
        let expected = oracle.ask(&Request::dis(source.as_bytes(), "<string>")).unwrap().dis.unwrap();
        let out = Command::new(KRAIT).args(["dis", "-c", source]).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "krait dis -c {source:?}");
    }
}

#[test]
fn compile_writes_py_compiles_bytes() {
    let mut oracle = Oracle::start().unwrap();
    for (i, source) in SOURCES.iter().enumerate() {
        let path = scratch(&format!("mod{i}.py"));
        std::fs::write(&path, source).unwrap();
        let name = path.to_str().unwrap();
        let out_path = scratch(&format!("mod{i}.pyc"));
        let status = Command::new(KRAIT)
            .args(["compile", "--invalidation-mode", "unchecked-hash", "-o", out_path.to_str().unwrap(), name])
            .status()
            .unwrap();
        assert!(status.success());
        let expected = oracle.ask(&Request::marshal(source.as_bytes(), name)).unwrap().pyc_bytes().unwrap();
        assert_eq!(std::fs::read(&out_path).unwrap(), expected, "krait compile {source:?}");
        // Default path and header: py_compile's timestamp form in __pycache__.
        let status = Command::new(KRAIT).args(["compile", name]).status().unwrap();
        assert!(status.success());
        let cached = path.parent().unwrap().join("__pycache__").join(format!("mod{i}.cpython-314.pyc"));
        let bytes = std::fs::read(&cached).unwrap();
        assert_eq!(&bytes[4..8], &[0, 0, 0, 0], "timestamp flags");
        assert_eq!(u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize, source.len());
        assert_eq!(&bytes[16..], &expected[16..]);
    }
}

#[test]
fn errors_are_shown_as_cpython_shows_them() {
    let out = Command::new(KRAIT).args(["dis", "-c", "def f():\n    nonlocal x\n"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "  File \"<string>\", line 2\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'x' found\n"
    );
    let out = Command::new(KRAIT).args(["dis", "/nonexistent/x.py"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(KRAIT).args(["compile", "-o", "a.pyc", "x.py", "y.py"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "-o with two files is a usage error");
}
