//! Statement rules: `file`, simple and compound statements, blocks, decorators, function
//! and class definitions, imports, `with`, `try`, `match` statements (patterns are in
//! `patterns.rs`), type aliases and type parameters, and their `invalid_*` rules.

use super::Parser;
use crate::ast::Mod;

impl Parser<'_> {
    /// `file: [statements] ENDMARKER`.
    pub(crate) fn file(&mut self) -> Option<Mod> {
        None
    }
}
