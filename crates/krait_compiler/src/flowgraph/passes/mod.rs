//! The optimisation passes of the flowgraph (CPython 3.14's `Python/flowgraph.c`), called by
//! [`super::optimize_code_unit`] and [`super::optimized_cfg_to_instructions`] in CPython's
//! order. Each pass mutates the [`super::cfg::Cfg`] in place and leaves the graph CPython's
//! own pass would leave (same blocks in the same order, same instructions, same constants
//! appended), so that the assembled code objects are identical.
//!
//! One file per pass family:
//! - [`blocks`] has `inline_small_or_no_lineno_blocks`, `remove_unreachable`,
//!   `remove_redundant_nops_and_pairs`;
//! - [`load_const`] has `optimize_load_const`;
//! - [`peephole`] has `optimize_basic_block` (folding via [`consteval`], with [`swaps`]);
//! - [`consts`] has the constant list (`add_const`, `remove_unused_consts`);
//! - [`locals`] has `add_checks_for_loads_of_uninitialized_variables` and
//!   `insert_superinstructions`;
//! - [`cold`] has `push_cold_blocks_to_end`;
//! - [`load_fast`] has `optimize_load_fast`;
//! - [`record`] is an opt-in record of the units entering the flowgraph, for differential
//!   tests against CPython's `_testinternalcapi.optimize_cfg`.

pub mod blocks;
pub mod cold;
pub mod consteval;
pub mod consts;
pub mod load_const;
pub mod load_fast;
pub mod locals;
pub mod peephole;
pub mod record;
pub mod swaps;
#[cfg(test)]
mod testing;

pub use blocks::{inline_small_or_no_lineno_blocks, remove_redundant_nops_and_pairs, remove_unreachable};
pub use cold::push_cold_blocks_to_end;
pub use consts::remove_unused_consts;
pub use load_const::optimize_load_const;
pub use load_fast::optimize_load_fast;
pub use locals::{add_checks_for_loads_of_uninitialized_variables, insert_superinstructions};
pub use peephole::optimize_basic_block;
