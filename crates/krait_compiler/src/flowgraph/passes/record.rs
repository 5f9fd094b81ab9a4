//! An opt-in record of the code units entering the flowgraph, so that tests can replay
//! exactly the graph krait optimised through CPython's own optimiser
//! (`_testinternalcapi.optimize_cfg`) and compare the results pass for pass.
//!
//! Recording is per thread and off unless [`start`] was called; while off, [`capture`] is a
//! single thread-local check.

use super::super::cfg::Cfg;
use krait_bytecode::Constant;
use std::cell::RefCell;

/// A code unit as it entered `optimize_code_unit`.
#[derive(Clone, Debug)]
pub struct RecordedUnit {
    /// The graph straight from the instruction sequence (jump opargs are instruction
    /// indices, targets not yet resolved).
    pub cfg: Cfg,
    pub consts: Vec<Constant>,
    pub nlocals: usize,
    pub nparams: usize,
}

thread_local! {
    static UNITS: RefCell<Option<Vec<RecordedUnit>>> = const { RefCell::new(None) };
}

/// Starts recording on this thread (dropping anything recorded before).
pub fn start() {
    UNITS.with(|u| *u.borrow_mut() = Some(Vec::new()));
}

/// Stops recording and returns the units recorded since [`start`], in the order they were
/// optimised (children before parents).
pub fn take() -> Vec<RecordedUnit> {
    UNITS.with(|u| u.borrow_mut().take().unwrap_or_default())
}

/// Records a unit when recording is on.
pub fn capture(cfg: &Cfg, consts: &[Constant], nlocals: usize, nparams: usize) {
    UNITS.with(|u| {
        if let Some(units) = u.borrow_mut().as_mut() {
            units.push(RecordedUnit { cfg: cfg.clone(), consts: consts.to_vec(), nlocals, nparams });
        }
    });
}
