//! `from __future__ import ...`: the features a module turns on (CPython's `Python/future.c`).
//!
//! [`FutureFeatures::from_module`] scans the statements at the top of a module (after an
//! optional docstring) the way `_PyFuture_FromAST` does and returns the feature flags plus the
//! location of the last leading future import, which the symbol table needs to reject later
//! future imports ("from __future__ imports must occur at the beginning of the file").
//!
//! Only `barry_as_FLUFL` and `annotations` change anything in 3.14; the other known features
//! are accepted and ignored. An unknown feature, or `braces`, is a `SyntaxError`. For source
//! text those two errors never reach this module: CPython raises them already when only
//! parsing (`ast.parse`), so krait's parser (`krait_syntax`) raises them first. They are
//! raised here too, with the same messages and positions, for trees that did not come from
//! krait's parser (a future `compile(ast_object, ...)`).

use crate::error::{CompileError, syntax_error};
use krait_syntax::ast::{Constant, Expr, ExprConstant, Mod, Range, Stmt, StmtExpr};

/// `CO_FUTURE_BARRY_AS_BDFL`: `<>` replaces `!=`.
pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
/// `CO_FUTURE_ANNOTATIONS`: annotations are strings, not evaluated (PEP 563).
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`: a compile flag (not a feature) the symbol table honours.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;

/// Every feature name `__future__` defines in 3.14, in `future.c`'s order.
pub const KNOWN_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// CPython's `_PyFutureFeatures`: the flags (future features and compile flags ORed
/// together, as `ff_features` holds them) and the last leading future import's location.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    pub flags: u32,
    /// The range of the last `from __future__ import` at the top of the module, if any.
    pub location: Option<Range>,
}

impl FutureFeatures {
    /// The features of a module (no compile flags).
    pub fn from_module(module: &Mod) -> Result<FutureFeatures, CompileError> {
        let mut features = FutureFeatures::default();
        let body = match module {
            Mod::Module(m) => &m.body,
            Mod::Interactive(m) => &m.body,
            Mod::Expression(_) | Mod::FunctionType(_) => return Ok(features),
        };
        let skip = usize::from(docstring(body).is_some());
        for stmt in body.iter().skip(skip) {
            let Stmt::ImportFrom(import) = stmt else { break };
            if import.level != Some(0) || import.module.as_deref() != Some("__future__") {
                break;
            }
            for alias in &import.names {
                match alias.name.as_str() {
                    "barry_as_FLUFL" => features.flags |= CO_FUTURE_BARRY_AS_BDFL,
                    "annotations" => features.flags |= CO_FUTURE_ANNOTATIONS,
                    name if KNOWN_FEATURES.contains(&name) => {}
                    "braces" => return Err(syntax_error("not a chance", alias.range)),
                    name => {
                        return Err(syntax_error(format!("future feature {name} is not defined"), alias.range));
                    }
                }
            }
            features.location = Some(import.range);
        }
        Ok(features)
    }

    /// Adds compile flags (`PyCF_*`, `CO_FUTURE_*` inherited from the caller).
    pub fn with_flags(mut self, flags: u32) -> FutureFeatures {
        self.flags |= flags;
        self
    }

    pub fn annotations(&self) -> bool {
        self.flags & CO_FUTURE_ANNOTATIONS != 0
    }

    pub fn allow_top_level_await(&self) -> bool {
        self.flags & PYCF_ALLOW_TOP_LEVEL_AWAIT != 0
    }
}

/// CPython's `_PyAST_GetDocString`: the first statement's string, when it is an expression
/// statement holding a string constant.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(StmtExpr { value, .. })) => match &**value {
            Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) => Some(s),
            _ => None,
        },
        _ => None,
    }
}
