//! String rules: `strings` (implicit concatenation of str/bytes/f-string/t-string pieces)
//! and the f-string and t-string grammar (replacement fields, conversions, format specs,
//! `=` debug text), with their errors.

use super::Parser;
use crate::ast::Expr;

impl Parser<'_> {
    /// `strings (memo): (fstring|string|tstring)+` as one Constant, JoinedStr or TemplateStr.
    pub(crate) fn strings(&mut self) -> Option<Expr> {
        None
    }
}
