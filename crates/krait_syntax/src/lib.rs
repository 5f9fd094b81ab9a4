//! krait's front end: source bytes to CPython 3.14's AST.
//!
//! The pipeline inside this crate is `source` (PEP 263 decoding) -> `tokenizer` -> `parser`
//! -> [`ast`]. It promises two things: for valid source, a tree identical to CPython 3.14's
//! `ast.parse` (nodes, fields and positions); for invalid source, the SyntaxError CPython's
//! tokenizer and parser raise (type, message and positions). It never panics on any input.
//! It knows nothing of the compiler or the VM.

pub mod ast;
pub mod error;
pub mod literal;
pub mod source;
pub mod token;
pub mod tokenizer;

mod parser;

pub use error::{ErrorType, PySyntaxError, SyntaxError, SyntaxWarning};

/// Options for [`ast::dump`], mirroring `ast.dump(node, include_attributes=..., indent=...)`
/// with `annotate_fields=True` and `show_empty=False`.
#[derive(Clone, Debug, Default)]
pub struct DumpOptions {
    pub include_attributes: bool,
    /// `None` is single-line output; `Some(s)` indents each level by `s`.
    pub indent: Option<String>,
}

/// Parses a whole module the way `compile(source, filename, "exec", ast.PyCF_ONLY_AST)`
/// does, starting from raw bytes (PEP 263 declarations and the UTF-8 BOM honoured).
pub fn parse_module(source: &[u8], filename: &str) -> Result<ast::Mod, PySyntaxError> {
    parse_module_with(source, filename, ParseOptions::default())
}

/// Internal switches of the parser, for tests.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct ParseOptions {
    /// The parser's first-pass shortcuts (same results, less work); off: the plain grammar.
    pub fast_paths: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { fast_paths: true }
    }
}

/// [`parse_module`], also giving the SyntaxWarnings the parse emits (invalid escape
/// sequences in literals), in CPython's order.
pub fn parse_module_warned(source: &[u8], filename: &str) -> Result<(ast::Mod, Vec<SyntaxWarning>), PySyntaxError> {
    let _ = filename;
    let text = match source::decode_source(source) {
        Ok(text) => text,
        Err(_) => return parse_module(source, filename).map(|m| (m, Vec::new())),
    };
    let (result, warnings) = parser::Parser::parse_source_warned(&text, true);
    result.map(|m| (m, warnings))
}

/// [`parse_module`] with explicit [`ParseOptions`] (for differential tests).
#[doc(hidden)]
pub fn parse_module_with(source: &[u8], filename: &str, options: ParseOptions) -> Result<ast::Mod, PySyntaxError> {
    let _ = filename;
    let text = match source::decode_source(source) {
        Ok(text) => text,
        Err(error) => {
            // Decoding errors point into the bytes after any BOM; show them through a lossy
            // decode of those.
            let body = source.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(source);
            let lossy = String::from_utf8_lossy(body);
            let line_starts = parser::line_starts(&lossy);
            return Err(parser::convert_error(&lossy, &line_starts, &error, false));
        }
    };
    parser::Parser::parse_source(&text, options.fast_paths)
}

/// How a piece of interactive input stands: what a REPL needs to decide whether to ask for
/// another line (CPython's interactive tokenizer reads a line whenever the parser wants a
/// token past the end of what was typed).
#[derive(Debug)]
pub enum Interactive {
    /// The text parses (a REPL still waits for the blank line that ends a compound
    /// statement).
    Complete(ast::Mod),
    /// The text stops before its end: with `open_token`, inside a bracket, a
    /// triple-quoted string or after a backslash (more lines are needed whatever they
    /// are, blank ones included); otherwise the grammar wanted more (a block header
    /// without its block, a decorator without its definition, `try` without `except`).
    Incomplete { open_token: bool },
    /// A syntax error before the end of the text.
    Error(PySyntaxError),
}

/// Parses interactive input (a statement typed so far, lines ending in newlines) as a
/// module; see [`Interactive`].
pub fn parse_interactive(source: &[u8], filename: &str) -> Interactive {
    let _ = filename;
    let text = match source::decode_source(source) {
        Ok(text) => text,
        Err(_) => {
            return match parse_module(source, filename) {
                Ok(m) => Interactive::Complete(m),
                Err(e) => Interactive::Error(e),
            };
        }
    };
    parser::Parser::parse_interactive(&text)
}
