//! Syntax errors as values.
//!
//! Every stage of the front end reports failure with a [`SyntaxError`] carrying the
//! exception type CPython would raise, its exact message, and its location. Locations are
//! kept the way the tokenizer and parser see them (1-based lines, 0-based UTF-8 byte
//! columns) and converted to CPython's user-visible form (1-based *character* offsets) by
//! [`SyntaxError::to_python`], which needs the source text.

/// Which built-in exception CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorType {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a SyntaxError subclass: CPython's parser raises it when rules nest too deeply
    /// ("Parser stack overflowed - Python source too complex to parse").
    MemoryError,
}

impl ErrorType {
    pub fn name(self) -> &'static str {
        match self {
            ErrorType::SyntaxError => "SyntaxError",
            ErrorType::IndentationError => "IndentationError",
            ErrorType::TabError => "TabError",
            ErrorType::MemoryError => "MemoryError",
        }
    }
}

/// A syntax error as the front end produces it.
///
/// `col` and `end_col` are 0-based byte offsets into the UTF-8 text of their lines
/// (`lineno`, `end_lineno`, 1-based), exactly like AST positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub error_type: ErrorType,
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

/// A syntax error in the form Python code observes it (`SyntaxError` attributes).
///
/// `offset` and `end_offset` are 1-based character offsets, as CPython reports them;
/// `text` is the offending source line (with its newline) when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PySyntaxError {
    pub error_type: ErrorType,
    pub msg: String,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
    pub text: Option<String>,
}

/// A `col`/`end_col` value meaning "CPython reports offset 0 here" (a 1-based offset of 0,
/// which no 0-based byte column can express). Tokenizer errors raised at the very start of
/// a line, and some end offsets CPython computes as `-1 + 1`, use it.
pub const NO_COL: u32 = u32::MAX;

/// A `col`/`end_col` value meaning "CPython reports offset -1 here" (an end offset CPython
/// leaves unset, e.g. for "unindent does not match any outer indentation level").
pub const NEG_COL: u32 = u32::MAX - 1;

/// A `col`/`end_col` value meaning CPython's attribute is `None`.
pub const NONE_COL: u32 = u32::MAX - 2;

/// A `lineno`/`end_lineno` value meaning CPython's attribute is `None` (errors raised
/// before tokenizing, e.g. "source code string cannot contain null bytes").
pub const NONE_LINE: u32 = u32::MAX;

/// A `SyntaxWarning` the front end would emit (CPython prints or raises these through the
/// warnings machinery; krait collects them). Positions follow [`SyntaxError`]'s conventions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxWarning {
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}
