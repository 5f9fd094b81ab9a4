//! krait's front end: source bytes to CPython 3.14's AST.
//!
//! The pipeline inside this crate is `source` (PEP 263 decoding) -> `tokenizer` -> `parser`
//! -> [`ast`]. It promises two things: for valid source, a tree identical to CPython 3.14's
//! `ast.parse` (nodes, fields and positions); for invalid source, the SyntaxError CPython's
//! tokenizer and parser raise (type, message and positions). It never panics on any input.
//! It knows nothing of the compiler or the VM.

pub mod ast;
pub mod error;
pub mod token;

pub use error::{ErrorType, PySyntaxError, SyntaxError};
