//! Parameter lists: `params` of `def` and `lambda_params` of `lambda` (positional-only,
//! defaults, `*args`, keyword-only, `**kwargs`, annotations), with their `invalid_*` rules.

use super::Parser;
use crate::ast::Arguments;

impl Parser<'_> {
    /// `params` (of `def`).
    pub(crate) fn params(&mut self) -> Option<Arguments> {
        None
    }

    /// `lambda_params`.
    pub(crate) fn lambda_params(&mut self) -> Option<Arguments> {
        None
    }
}
