//! Assignment and deletion targets (`star_targets`, `single_target`, `del_targets`,
//! `t_primary`), setting expression contexts, and the shared helpers the `invalid_*` rules
//! use to name an expression ("function call", "literal", ...) and to find the offending
//! sub-expression of an invalid target.

use super::Parser;
use crate::ast::Expr;

/// Which kind of target an invalid-target search is for (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TargetsType {
    Star,
    Del,
    For,
}

impl Parser<'_> {
    /// `star_targets`.
    pub(crate) fn star_targets(&mut self) -> Option<Expr> {
        None
    }

    /// `del_targets: ','.del_target+ [',']`.
    pub(crate) fn del_targets(&mut self) -> Option<Vec<Expr>> {
        None
    }

    /// `single_target`.
    pub(crate) fn single_target(&mut self) -> Option<Expr> {
        None
    }

    /// `single_subscript_attribute_target`.
    pub(crate) fn single_subscript_attribute_target(&mut self) -> Option<Expr> {
        None
    }
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(crate) fn expr_name(expr: &Expr) -> &'static str {
    let _ = expr;
    "expression"
}

/// CPython's `_PyPegen_get_invalid_target`: the sub-expression that makes `expr` an
/// invalid target of the given kind, if any.
pub(crate) fn invalid_target(expr: &Expr, kind: TargetsType) -> Option<&Expr> {
    let _ = (expr, kind);
    None
}
