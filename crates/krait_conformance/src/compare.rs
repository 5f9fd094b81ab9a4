//! Judging one file: the oracle's answer against krait's, with a short readable explanation.
//!
//! Error identity is (exception type, `msg`, `lineno`, `offset`, `end_lineno`, `end_offset`);
//! the offending `text` is shown but not compared. CPython sometimes reports a position as
//! `None` (null bytes in the source, an unknown encoding's end position); krait's
//! `PySyntaxError` has plain integers, so an oracle `None` matches krait's `0`.
//! Dumps are compared exactly; a difference is explained by its first differing position
//! with some context on both sides, since dumps are long single lines.

use crate::krait_side::Outcome;
use krait_oracle::{PyException, Response};
use krait_syntax::PySyntaxError;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Identical,
    Differ,
    /// The oracle itself failed (crash, timeout, its own limits): not counted either way.
    OracleError,
    /// `errors` suite only: CPython accepts the file, so it does not belong in the corpus.
    CorpusBug,
}

#[derive(Clone, Debug)]
pub struct Verdict {
    pub status: Status,
    /// One or more lines explaining a difference (empty when identical).
    pub detail: String,
}

impl Verdict {
    fn identical() -> Self {
        Verdict { status: Status::Identical, detail: String::new() }
    }
    fn differ(detail: String) -> Self {
        Verdict { status: Status::Differ, detail }
    }
}

fn position(p: Option<i64>) -> String {
    p.map_or_else(|| "None".to_string(), |v| v.to_string())
}

/// `SyntaxError: msg (line 1:7 - 1:8)` for an oracle exception.
pub fn describe_oracle_error(e: &PyException) -> String {
    format!(
        "{}: {} ({}:{} - {}:{})",
        e.type_name,
        e.msg,
        position(e.lineno),
        position(e.offset),
        position(e.end_lineno),
        position(e.end_offset)
    )
}

/// The same layout for krait's error.
pub fn describe_krait_error(e: &PySyntaxError) -> String {
    format!(
        "{}: {} ({}:{} - {}:{})",
        e.error_type.name(),
        e.msg,
        e.lineno,
        e.offset,
        e.end_lineno,
        e.end_offset
    )
}

/// Whether krait's error is the one CPython raises (see the module comment for `None`).
pub fn same_error(oracle: &PyException, krait: &PySyntaxError) -> bool {
    let pos = |p: Option<i64>| p.unwrap_or(0);
    oracle.type_name == krait.error_type.name()
        && oracle.msg == krait.msg
        && pos(oracle.lineno) == krait.lineno
        && pos(oracle.offset) == krait.offset
        && pos(oracle.end_lineno) == krait.end_lineno
        && pos(oracle.end_offset) == krait.end_offset
}

fn error_diff(oracle: &PyException, krait: &PySyntaxError) -> String {
    let mut s = format!(
        "expected {}\n  actual {}",
        describe_oracle_error(oracle),
        describe_krait_error(krait)
    );
    if let Some(text) = &oracle.text {
        s.push_str(&format!("\n    text {text:?}"));
    }
    s
}

fn krait_outcome_line(krait: &Outcome) -> String {
    match krait {
        Outcome::Parsed(_) => "parsed without error".to_string(),
        Outcome::Error(e) => describe_krait_error(e),
        Outcome::Panic(m) => format!("PANIC: {m}"),
    }
}

fn snippet(chars: &[char], from: usize, to: usize) -> String {
    chars[from.min(chars.len())..to.min(chars.len())]
        .iter()
        .map(|c| if *c == '\n' { '⏎' } else { *c })
        .collect()
}

/// The first differing position of two texts with `context` characters around it, as
/// three lines: where, expected, actual (a `|` marks the first difference).
pub fn first_difference(expected: &str, actual: &str, context: usize) -> String {
    let e: Vec<char> = expected.chars().collect();
    let a: Vec<char> = actual.chars().collect();
    let at = e.iter().zip(a.iter()).take_while(|(x, y)| x == y).count();
    let line = e[..at].iter().filter(|c| **c == '\n').count() + 1;
    let from = at.saturating_sub(context);
    let ellipsis = if from > 0 { "…" } else { "" };
    format!(
        "first difference at char {at} (line {line}) of {} expected / {} actual chars\n  expected {ellipsis}{}|{}\n    actual {ellipsis}{}|{}",
        e.len(),
        a.len(),
        snippet(&e, from, at),
        snippet(&e, at, at + context),
        snippet(&a, from, at),
        snippet(&a, at, at + context),
    )
}

/// `ast` suite: dumps for valid files, errors for files CPython rejects.
pub fn judge_ast(oracle: &Response, krait: &Outcome) -> Verdict {
    if oracle.oracle_error {
        let why = oracle.error.as_ref().map(describe_oracle_error).unwrap_or_default();
        return Verdict { status: Status::OracleError, detail: why };
    }
    match (oracle.ok, oracle.dump.as_deref(), oracle.error.as_ref(), krait) {
        (true, Some(expected), _, Outcome::Parsed(actual)) => {
            if expected == actual {
                Verdict::identical()
            } else {
                Verdict::differ(first_difference(expected, actual, 70))
            }
        }
        (true, _, _, other) => {
            Verdict::differ(format!("expected a tree\n  actual {}", krait_outcome_line(other)))
        }
        (false, _, Some(expected), Outcome::Error(actual)) => {
            if same_error(expected, actual) {
                Verdict::identical()
            } else {
                Verdict::differ(error_diff(expected, actual))
            }
        }
        (false, _, Some(expected), other) => Verdict::differ(format!(
            "expected {}\n  actual {}",
            describe_oracle_error(expected),
            krait_outcome_line(other)
        )),
        (false, _, None, _) => {
            Verdict { status: Status::OracleError, detail: "oracle answer without an error".into() }
        }
    }
}

/// `errors` suite: every file must be rejected with CPython's exact error.
pub fn judge_error(oracle: &Response, krait: &Outcome) -> Verdict {
    if oracle.oracle_error {
        let why = oracle.error.as_ref().map(describe_oracle_error).unwrap_or_default();
        return Verdict { status: Status::OracleError, detail: why };
    }
    if oracle.ok {
        return Verdict {
            status: Status::CorpusBug,
            detail: "CPython 3.14 accepts this file: it does not belong in tests/syntax_errors".into(),
        };
    }
    match (oracle.error.as_ref(), krait) {
        (Some(expected), Outcome::Error(actual)) => {
            if same_error(expected, actual) {
                Verdict::identical()
            } else {
                Verdict::differ(error_diff(expected, actual))
            }
        }
        (Some(expected), other) => Verdict::differ(format!(
            "expected {}\n  actual {}",
            describe_oracle_error(expected),
            krait_outcome_line(other)
        )),
        (None, _) => Verdict { status: Status::OracleError, detail: "oracle answer without an error".into() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_difference_points_at_the_first_mismatch() {
        let d = first_difference("Module(body=[Pass()])", "Module(body=[Break()])", 5);
        assert!(d.contains("char 13"), "{d}");
        assert!(d.contains("expected …ody=[|Pass("), "{d}");
        assert!(d.contains("actual …ody=[|Break"), "{d}");
    }

    #[test]
    fn missing_oracle_positions_match_zero() {
        let oracle = PyException {
            type_name: "SyntaxError".into(),
            msg: "source code string cannot contain null bytes".into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        };
        let krait = PySyntaxError {
            error_type: krait_syntax::ErrorType::SyntaxError,
            msg: oracle.msg.clone(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        };
        assert!(same_error(&oracle, &krait));
        assert!(!same_error(&PyException { lineno: Some(1), ..oracle }, &krait));
    }
}
