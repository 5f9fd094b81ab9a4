//! Errors and warnings of the compiler stages, as values.
//!
//! A compile-time `SyntaxError` is a [`krait_syntax::PySyntaxError`] (what Python code sees):
//! the compiler stages take an AST node's position (0-based UTF-8 byte columns) and report
//! `col_offset + 1` and `end_col_offset + 1` unchanged, exactly as CPython's
//! `PyErr_RangedSyntaxLocationObject` does for symtable and codegen errors (no conversion to
//! character offsets, unlike the parser's errors). `text` is left `None`: CPython reads it
//! from the file named by `filename`, which is the presenter's business.

use krait_syntax::ast::Range;
use krait_syntax::{ErrorType, PySyntaxError};

/// A `SyntaxError` raised by a compiler stage.
pub type CompileError = PySyntaxError;

/// A `SyntaxError` at a node's range, positions as CPython's compiler reports them.
pub fn syntax_error(msg: impl Into<String>, range: Range) -> CompileError {
    PySyntaxError {
        error_type: ErrorType::SyntaxError,
        msg: msg.into(),
        lineno: i64::from(range.lineno),
        offset: i64::from(range.col_offset) + 1,
        end_lineno: i64::from(range.end_lineno),
        end_offset: i64::from(range.end_col_offset) + 1,
        text: None,
    }
}

/// A warning a compiler stage emits (CPython sends these through `warnings`; krait collects
/// them). `lineno` is the line CPython attributes the warning to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// The warning class name, e.g. `SyntaxWarning`.
    pub category: &'static str,
    pub message: String,
    pub range: Range,
}
