//! Hostile inputs: each gives CPython 3.14's error (or result), never a crash.
//!
//! Expectations come from the oracle (CPython 3.14.2), except where noted: pyodide's own
//! JavaScript stack overflows on some of these inputs before CPython answers.

#![allow(clippy::panic, reason = "an integration test reports a failure by panicking")]

use krait_syntax::{ErrorType, PySyntaxError, parse_module};

fn error_of(source: &[u8]) -> PySyntaxError {
    match parse_module(source, "<test>") {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

fn check(source: &[u8], error_type: ErrorType, msg: &str, position: (i64, i64, i64, i64)) {
    let e = error_of(source);
    assert_eq!(
        (e.error_type, e.msg.as_str(), (e.lineno, e.offset, e.end_lineno, e.end_offset)),
        (error_type, msg, position)
    );
}

#[test]
fn hundred_thousand_open_parentheses() {
    let source = "(".repeat(100_000);
    check(source.as_bytes(), ErrorType::SyntaxError, "too many nested parentheses", (1, 201, 1, 201));
}

#[test]
fn hundred_thousand_balanced_parentheses() {
    let source = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    check(source.as_bytes(), ErrorType::SyntaxError, "too many nested parentheses", (1, 205, 1, 205));
}

#[test]
fn three_hundred_open_brackets() {
    check("[".repeat(300).as_bytes(), ErrorType::SyntaxError, "too many nested parentheses", (1, 201, 1, 201));
}

#[test]
fn ten_thousand_nested_blocks() {
    let mut source: String = (0..10_000).map(|i| format!("{}if x:\n", " ".repeat(i))).collect();
    source.push_str(&" ".repeat(10_000));
    source.push_str("pass\n");
    check(source.as_bytes(), ErrorType::IndentationError, "too many levels of indentation", (101, 1, 101, 0));
}

#[test]
fn hundred_thousand_unary_minuses() {
    let source = format!("{}x\n", "-".repeat(100_000));
    let e = error_of(source.as_bytes());
    assert_eq!((e.error_type, e.msg.as_str()), (ErrorType::MemoryError, "Parser stack overflowed - Python source too complex to parse"));
}

#[test]
fn three_thousand_nested_lambdas() {
    let source = format!("{}x\n", "lambda: ".repeat(3000));
    let e = error_of(source.as_bytes());
    assert_eq!((e.error_type, e.msg.as_str()), (ErrorType::MemoryError, "Parser stack overflowed - Python source too complex to parse"));
}

/// Long left-recursive chains are loops, not recursion: they parse (the oracle's own stack
/// gives out at 100,000; at 1,000 it parses them).
#[test]
fn long_attribute_and_operator_chains_parse() {
    for source in [format!("a{}\n", ".b".repeat(100_000)), format!("x = 1 {}\n", "+ 1 ".repeat(100_000))] {
        let parsed = std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn(move || parse_module(source.as_bytes(), "<test>").is_ok())
            .map(|h| h.join().unwrap_or(false));
        assert!(matches!(parsed, Ok(true)));
    }
}

#[test]
fn fifty_megabyte_file() {
    let line = "value = compute(alpha, beta[1:2], 'text', 3.5) + other.attribute * 2\n";
    let source = line.repeat(50_000_000 / line.len() + 1);
    assert!(source.len() >= 50_000_000);
    let module = parse_module(source.as_bytes(), "<big>");
    assert!(module.is_ok());
}

#[test]
fn random_bytes_never_crash() {
    // A cheap deterministic generator: the point is variety, not quality.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let alphabet = b"()[]{}:;,.=+-*/%@&|^~<>!'\"\\\n\t #0123456789abcdefxjJeE_rbfuRBFUt\x00\xff\xc3\xa9\xe2\x82";
    for _ in 0..3000 {
        let len = (state % 60) as usize;
        let mut source = Vec::with_capacity(len);
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            source.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        let _ = parse_module(&source, "<random>");
    }
}
