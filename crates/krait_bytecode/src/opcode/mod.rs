//! CPython 3.14's opcodes: the generated table (numbers, names, inline cache counts, `HAS_*`
//! flags, popped/pushed formulas, dis's small tables) and `stack_effect` with the semantics of
//! `dis.stack_effect`.
//!
//! Opcodes are plain `u16` numbers (pseudo-ops are 256..=266), as in CPython, so code units
//! read from a `.pyc` need no conversion; [`op`] names them.

#[rustfmt::skip]
mod generated;

pub use generated::*;

/// `dis.stack_effect(op, oparg, jump=jump)`: the net stack effect, or `None` where CPython
/// raises `ValueError` (specialized or unknown opcodes). `oparg` is ignored by opcodes without
/// an argument. `jump`: `Some(true)` taken, `Some(false)` not taken, `None` the maximum; only
/// the block-push pseudo-ops (`SETUP_*`) differ: they push nothing when not taken.
pub fn stack_effect(op: u16, oparg: i64, jump: Option<bool>) -> Option<i64> {
    if !is_defined(op) {
        return None;
    }
    let popped = num_popped(op, oparg)?;
    let pushed = num_pushed(op, oparg)?;
    if popped < 0 || pushed < 0 {
        return None;
    }
    if flags(op) & BLOCK_PUSH != 0 && jump == Some(false) {
        return Some(0);
    }
    Some(pushed - popped)
}

/// Whether the opcode takes an argument (`opcode.hasarg`).
pub fn has_arg(op: u16) -> bool {
    flags(op) & HAS_ARG != 0
}

/// Whether `op` is a pseudo-op (only in the compiler, never in `co_code`).
pub fn is_pseudo(op: u16) -> bool {
    op >= 256
}

/// The name dis shows for any byte (`opcode.opname`: `<N>` for unused numbers).
pub fn display_name(op: u16) -> String {
    match name(op) {
        Some(n) => n.to_string(),
        None => format!("<{op}>"),
    }
}
