//! Expression rules: from `expressions` down to `atom`, comprehensions, calls and their
//! arguments, slices, lambda, and the `invalid_*` rules of these sections.

use super::Parser;
use crate::ast::{Expr, Keyword};

impl Parser<'_> {
    /// `expressions: expression (',' expression)* [',']` (a Tuple when there is a comma).
    pub(crate) fn expressions(&mut self) -> Option<Expr> {
        None
    }

    /// `expression (memo)`: `disjunction 'if' disjunction 'else' expression | disjunction | lambdef`.
    pub(crate) fn expression(&mut self) -> Option<Expr> {
        None
    }

    /// `yield_expr`.
    pub(crate) fn yield_expr(&mut self) -> Option<Expr> {
        None
    }

    /// `star_expressions`.
    pub(crate) fn star_expressions(&mut self) -> Option<Expr> {
        None
    }

    /// `star_named_expressions` (the comma-separated list inside [] and {}).
    pub(crate) fn star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        None
    }

    /// `named_expression`.
    pub(crate) fn named_expression(&mut self) -> Option<Expr> {
        None
    }

    /// `disjunction (memo)`.
    pub(crate) fn disjunction(&mut self) -> Option<Expr> {
        None
    }

    /// `bitwise_or`.
    pub(crate) fn bitwise_or(&mut self) -> Option<Expr> {
        None
    }

    /// `annotated_rhs: yield_expr | star_expressions`.
    pub(crate) fn annotated_rhs(&mut self) -> Option<Expr> {
        None
    }

    /// `arguments (memo)`: the inside of a call's parentheses (also used by `class` bases).
    pub(crate) fn arguments(&mut self) -> Option<(Vec<Expr>, Vec<Keyword>)> {
        None
    }
}
