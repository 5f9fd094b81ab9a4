//! The instruction stream the evaluation loop runs, decoded once per code object.
//!
//! Each 2-byte code unit of `co_code` becomes one 8-byte [`Instr`]: its opcode, its length in
//! bytes with its inline cache entries, and its argument with any `EXTENDED_ARG` prefixes
//! already folded in. The loop indexes the stream by the byte offset it keeps (`pc / 2`), so
//! offsets stay CPython's (jumps, `f_lasti`, the exception and line tables need no mapping),
//! and fetching an instruction is one load with no prefix test and no length lookup.
//! Instructions that do nothing in krait (it has no monitoring) are stepped over where they
//! follow another: a conditional jump's fall-through NOT_TAKEN and the RESUME after a yield
//! are counted in the length of the instruction before them (each keeps its own entry for
//! whatever jumps or returns to it). Likewise a few common pairs run as one entry of a
//! krait-only opcode (see [`fused`]); the loop reports an error in the second instruction
//! at the second's offset.
//!
//! What the loop may rely on, so that it needs no bounds checks:
//! - the stream has one entry per code unit plus a final [`FELL_OFF`] entry at offset
//!   `len(co_code)` (rounded down to a whole unit), which raises SystemError when reached;
//! - an instruction whose inline caches would run past the end is itself `FELL_OFF`;
//! - a jump whose target lies outside `0..=len(co_code)` is [`BAD_JUMP`] (only a corrupt
//!   code object from a `.pyc` or `code.replace` has one);
//! - an opcode above RESUME is [`NOT_RUN`], so the fused forms may use those numbers.
//!
//! So every offset the loop reaches by running, jumping or resuming a generator has an
//! entry. Handler targets from the exception table are clamped by the unwinder.

use krait_bytecode::opcode::{cache_entries, op};

/// One decoded code unit.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(8))]
pub struct Instr {
    pub op: u8,
    /// Bytes from this unit to the next instruction: 2 plus 2 per inline cache entry (plus
    /// 2 for a conditional jump that steps over its NOT_TAKEN, see [`decode`]).
    pub len: u8,
    /// The argument, with the `EXTENDED_ARG` prefixes before it folded in (one less for a
    /// jump that steps over its NOT_TAKEN, so that the target stays the same).
    pub arg: u32,
}

/// The unit past the end of the code (and an instruction cut short by it): running into it
/// raises SystemError. CPython 3.14 gives opcode 122 no meaning.
pub const FELL_OFF: u8 = 122;

/// A jump to outside the code. CPython 3.14 gives opcode 121 no meaning.
pub const BAD_JUMP: u8 = 121;

/// `LOAD_FAST`/`LOAD_FAST_BORROW`/`LOAD_FAST_CHECK` followed by `LOAD_ATTR` (`self.x`, the
/// commonest pair of instructions in method code), fused into one entry: its argument is
/// the attribute's argument shifted left by [`FUSED_LOCAL_BITS`] over the local's index.
/// CPython 3.14 gives opcode 123 no meaning.
pub const LOAD_FAST_ATTR: u8 = 123;

/// `LOAD_SMALL_INT` followed by `BINARY_OP` (`i + 1`, `n % 2`, `t[0]`), fused: the
/// argument is the operation's argument shifted left by 8 over the small int. CPython 3.14
/// gives opcode 124 no meaning.
pub const BINARY_SMALL: u8 = 124;

/// `COMPARE_OP` followed by `POP_JUMP_IF_FALSE`/`POP_JUMP_IF_TRUE` (`if a < b:`, `while i < n:`),
/// fused: the argument is the jump's argument (after stepping over its NOT_TAKEN) shifted
/// left by 9, over 1 for POP_JUMP_IF_TRUE, over the comparison's argument in 8 bits.
/// CPython 3.14 gives opcode 125 no meaning.
pub const COMPARE_JUMP: u8 = 125;

/// The length of COMPARE_OP with its cache: where the jump of a fused [`COMPARE_JUMP`]
/// starts.
pub const COMPARE_LEN: usize = 2 + 2 * cache_entries(op::COMPARE_OP) as usize;

/// `LOAD_FAST_LOAD_FAST` (or its BORROW form) followed by `BINARY_OP` (`a + b`), fused:
/// the argument is the operation's argument shifted left by 8 over the pair's. CPython 3.14
/// gives opcode 126 no meaning.
pub const BINARY_LOCALS: u8 = 126;

/// `BINARY_OP` followed by `STORE_FAST` (`x = a * b`), fused: the argument is the local's
/// index shifted left by 5 over the operation's argument. CPython 3.14 gives opcode 127 no
/// meaning.
pub const BINARY_STORE: u8 = 127;

/// The length of BINARY_OP with its caches: where the store of a fused [`BINARY_STORE`]
/// starts.
pub const BINARY_LEN: usize = 2 + 2 * cache_entries(op::BINARY_OP) as usize;

/// `LOAD_FAST*`, `LOAD_SMALL_INT`, `BINARY_OP` (`n - 1`, `i % 2`), fused: the argument is
/// the operation's argument shifted left by 20, over the small int in 8 bits, over the
/// local's index in [`FUSED_LOCAL_BITS`]. Opcodes above RESUME are the specialized ones,
/// never in `co_code` (the decoder turns any it finds into [`NOT_RUN`]).
pub const LOCAL_SMALL: u8 = 129;

/// `LOAD_FAST*` followed by `BINARY_OP` (`... * x`), fused: the operation's argument shifted
/// left by [`FUSED_LOCAL_BITS`] over the local's index.
pub const OP_LOCAL: u8 = 130;

/// `FOR_ITER` followed by `STORE_FAST` (`for x in ...:`), fused: the loop's jump argument
/// shifted left by 8 over the local's index.
pub const FOR_STORE: u8 = 131;

/// `LOAD_SMALL_INT`, `COMPARE_OP`, `POP_JUMP_IF_FALSE`/`TRUE` (`if n < 2:`), fused: the
/// jump's argument (after stepping over its NOT_TAKEN) shifted left by 17, over 1 for
/// POP_JUMP_IF_TRUE at bit 16, over the comparison's argument in 8 bits, over the small int.
pub const SMALL_COMPARE_JUMP: u8 = 132;

/// `FOR_ITER`, `UNPACK_SEQUENCE 2`, `STORE_FAST_STORE_FAST` (`for i, x in enumerate(...):`,
/// `for k, v in d.items():`), fused: the loop's jump argument shifted left by 8 over the
/// store's argument. An iterator that makes a fresh pair per step stores the pair's two
/// items straight into the locals, never building the tuple (see `IterState::step_pair`).
pub const FOR_UNPACK2: u8 = 133;

/// The length of UNPACK_SEQUENCE with its cache: where the store of a fused
/// [`FOR_UNPACK2`] starts, after the unpack at [`FOR_LEN`].
pub const UNPACK_LEN: usize = 2 + 2 * cache_entries(op::UNPACK_SEQUENCE) as usize;

/// The length of FOR_ITER with its cache: where the store of a fused [`FOR_STORE`] starts.
pub const FOR_LEN: usize = 2 + 2 * cache_entries(op::FOR_ITER) as usize;

/// An opcode above RESUME found in `co_code` (a specialized or instrumented one, which only
/// a corrupt `.pyc` or `code.replace` puts there): its argument is the opcode, and running it
/// raises SystemError naming it. CPython 3.14 gives opcode 3 no meaning.
pub const NOT_RUN: u8 = 3;

/// Bits of a fused argument that hold the local's index (the instructions are fused only
/// when it fits).
pub const FUSED_LOCAL_BITS: u32 = 12;
pub const FUSED_LOCAL_MASK: usize = (1 << FUSED_LOCAL_BITS) - 1;

/// The fused form of the instruction `opcode` (argument `arg`, ending with its caches at
/// `next`) and the one or two after it, when the loop runs them as one entry: its opcode,
/// the offset after the last of them, and its argument.
fn fused(code: &[u8], end: usize, opcode: u8, arg: u32, next: usize) -> Option<(u8, usize, u32)> {
    match u16::from(opcode) {
        op::LOAD_FAST | op::LOAD_FAST_BORROW | op::LOAD_FAST_CHECK if arg < 1 << FUSED_LOCAL_BITS => {
            let (&second, &arg2) = (code.get(next)?, code.get(next + 1)?);
            match u16::from(second) {
                op::LOAD_ATTR => {
                    let len = 2 + 2 * usize::from(cache_entries(op::LOAD_ATTR));
                    (next + len <= end).then_some((LOAD_FAST_ATTR, next + len, (u32::from(arg2) << FUSED_LOCAL_BITS) | arg))
                }
                op::BINARY_OP if arg2 < 32 => {
                    (next + BINARY_LEN <= end).then_some((OP_LOCAL, next + BINARY_LEN, (u32::from(arg2) << FUSED_LOCAL_BITS) | arg))
                }
                op::LOAD_SMALL_INT => {
                    let (&third, &oparg) = (code.get(next + 2)?, code.get(next + 3)?);
                    if u16::from(third) != op::BINARY_OP || oparg >= 32 {
                        return None;
                    }
                    let fnext = next + 2 + BINARY_LEN;
                    (fnext <= end).then_some((LOCAL_SMALL, fnext, (u32::from(oparg) << 20) | (u32::from(arg2) << 12) | arg))
                }
                _ => None,
            }
        }
        op::COMPARE_OP if arg < 256 => {
            let (jarg, if_true, fnext) = compare_then_jump(code, end, next)?;
            Some((COMPARE_JUMP, fnext, (jarg << 9) | (if_true << 8) | arg))
        }
        op::LOAD_FAST_LOAD_FAST | op::LOAD_FAST_BORROW_LOAD_FAST_BORROW if arg < 256 => {
            let (&second, &oparg) = (code.get(next)?, code.get(next + 1)?);
            if u16::from(second) != op::BINARY_OP {
                return None;
            }
            (next + BINARY_LEN <= end).then_some((BINARY_LOCALS, next + BINARY_LEN, (u32::from(oparg) << 8) | arg))
        }
        op::BINARY_OP if arg < 32 => {
            let (&second, &local) = (code.get(next)?, code.get(next + 1)?);
            if u16::from(second) != op::STORE_FAST {
                return None;
            }
            Some((BINARY_STORE, next + 2, (u32::from(local) << 5) | arg))
        }
        op::FOR_ITER if arg < 1 << 23 => {
            // The loop's exit must lie inside the code (else FOR_ITER's own entry is BAD_JUMP).
            match jump_target(opcode, arg, next) {
                Some(Some(t)) if t <= end => {}
                _ => return None,
            }
            let (&second, &local) = (code.get(next)?, code.get(next + 1)?);
            match u16::from(second) {
                op::STORE_FAST => Some((FOR_STORE, next + 2, (arg << 8) | u32::from(local))),
                op::UNPACK_SEQUENCE if local == 2 => {
                    let store = next + UNPACK_LEN;
                    let (&third, &locals) = (code.get(store)?, code.get(store + 1)?);
                    (u16::from(third) == op::STORE_FAST_STORE_FAST).then_some((FOR_UNPACK2, store + 2, (arg << 8) | u32::from(locals)))
                }
                _ => None,
            }
        }
        op::LOAD_SMALL_INT if arg < 256 && code.get(next).is_some_and(|&o| u16::from(o) == op::COMPARE_OP) => {
            let cmp_arg = u32::from(*code.get(next + 1)?);
            let (jarg, if_true, fnext) = compare_then_jump(code, end, next + COMPARE_LEN)?;
            (jarg < 1 << 15).then_some((SMALL_COMPARE_JUMP, fnext, (jarg << 17) | (if_true << 16) | (cmp_arg << 8) | arg))
        }
        op::LOAD_SMALL_INT if arg < 256 => {
            let (&second, &oparg) = (code.get(next)?, code.get(next + 1)?);
            if u16::from(second) != op::BINARY_OP {
                return None;
            }
            (next + BINARY_LEN <= end).then_some((BINARY_SMALL, next + BINARY_LEN, (u32::from(oparg) << 8) | arg))
        }
        _ => None,
    }
}

/// For a COMPARE_OP whose caches end at `next`: when a POP_JUMP_IF_FALSE/TRUE follows, with
/// its target inside the code, its argument (after stepping over its NOT_TAKEN), 1 for
/// POP_JUMP_IF_TRUE, and the offset after it.
fn compare_then_jump(code: &[u8], end: usize, next: usize) -> Option<(u32, u32, usize)> {
    let (&second, &jarg) = (code.get(next)?, code.get(next + 1)?);
    if !matches!(u16::from(second), op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE) {
        return None;
    }
    let jnext = next + 2 + 2 * usize::from(cache_entries(u16::from(second)));
    match jump_target(second, u32::from(jarg), jnext) {
        Some(Some(t)) if t <= end && jnext <= end => {}
        _ => return None,
    }
    let (extra, jarg) = step_over_not_taken(code, end, second, u32::from(jarg), jnext);
    Some((jarg, u32::from(u16::from(second) == op::POP_JUMP_IF_TRUE), jnext + extra))
}

/// What a conditional jump `opcode` (argument `arg`, ending at `next`) adds to its length,
/// and its argument, when it steps over its fall-through NOT_TAKEN (which does nothing in
/// krait: there is no branch monitoring): one dispatch fewer on every branch not taken. The
/// jump's offset is then counted from after the NOT_TAKEN, one unit further, so its
/// argument is one less (a jump to the NOT_TAKEN itself is left as it is). The NOT_TAKEN
/// keeps its entry for anything jumping to it.
fn step_over_not_taken(code: &[u8], end: usize, opcode: u8, arg: u32, next: usize) -> (usize, u32) {
    if matches!(u16::from(opcode), op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_NONE | op::POP_JUMP_IF_NOT_NONE)
        && arg > 0
        && next + 2 <= end
        && u16::from(code[next]) == op::NOT_TAKEN
    {
        (2, arg - 1)
    } else {
        (0, arg)
    }
}

/// Where the instruction at byte offset `next - len` jumps when it jumps, as the evaluation
/// loop computes it from `next` (the offset after its caches); None for non-jumps and for
/// backward jumps past the start.
fn jump_target(opcode: u8, arg: u32, next: usize) -> Option<Option<usize>> {
    let a = 2 * arg as usize;
    Some(match u16::from(opcode) {
        op::JUMP_FORWARD | op::SEND | op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_NONE | op::POP_JUMP_IF_NOT_NONE => Some(next + a),
        // Exhausted: past the END_FOR at the target.
        op::FOR_ITER => Some(next + a + 2),
        op::JUMP_BACKWARD | op::JUMP_BACKWARD_NO_INTERRUPT => next.checked_sub(a),
        _ => return None,
    })
}

/// Decodes `code` (CPython's `co_code`) into the stream described above.
pub fn decode(code: &[u8]) -> Box<[Instr]> {
    let end = code.len() & !1;
    let mut out = Vec::with_capacity(end / 2 + 1);
    let mut ext: u32 = 0;
    let mut off = 0;
    while off < end {
        let (opcode, arg) = (code[off], (ext << 8) | u32::from(code[off + 1]));
        if u16::from(opcode) == op::EXTENDED_ARG {
            ext = arg;
            out.push(Instr { op: opcode, len: 2, arg });
            off += 2;
            continue;
        }
        ext = 0;
        if u16::from(opcode) > op::RESUME {
            // Also frees the numbers above RESUME for the fused forms.
            out.push(Instr { op: NOT_RUN, len: 2, arg: u32::from(opcode) });
            off += 2;
            continue;
        }
        let len = 2 + 2 * cache_entries(u16::from(opcode));
        let next = off + usize::from(len);
        let op = if next > end {
            FELL_OFF
        } else {
            match jump_target(opcode, arg, next) {
                Some(Some(t)) if t <= end => opcode,
                Some(_) => BAD_JUMP,
                None => opcode,
            }
        };
        // A fused pair: the second instruction keeps its own entry (for whatever jumps to
        // it), written as usual on the next round.
        if op == opcode
            && let Some((fop, fnext, farg)) = fused(code, end, opcode, arg, next)
        {
            out.push(Instr { op: fop, len: u8::try_from(fnext - off).unwrap_or(u8::MAX), arg: farg });
            // The first instruction's cache units, as below.
            off += 2;
            while off < next {
                out.push(Instr { op: 0, len: 2, arg: 0 });
                off += 2;
            }
            continue;
        }
        let (len, arg) = if u16::from(op) == op::YIELD_VALUE && next + 2 <= end && u16::from(code[next]) == op::RESUME {
            // Likewise the RESUME a generator resumes at after a yield: the saved offset
            // is past it (the yield's own offset, which throw() and `yield from` look at, is
            // the frame's `lasti`).
            (len + 2, arg)
        } else {
            let (extra, arg) = step_over_not_taken(code, end, op, arg, next);
            (len + extra as u8, arg)
        };
        out.push(Instr { op, len, arg });
        // The cache units: never run by falling through; a jump into them (corrupt code)
        // runs them as CACHE, which does nothing.
        off += 2;
        while off < next.min(end) {
            out.push(Instr { op: 0, len: 2, arg: 0 });
            off += 2;
        }
    }
    out.push(Instr { op: FELL_OFF, len: 2, arg: 0 });
    out.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentinel_ops_are_not_cpython_opcodes() {
        assert!(!krait_bytecode::opcode::is_defined(u16::from(FELL_OFF)));
        assert!(!krait_bytecode::opcode::is_defined(u16::from(BAD_JUMP)));
        assert!(krait_bytecode::opcode::name(u16::from(FELL_OFF)).is_none());
        assert!(krait_bytecode::opcode::name(u16::from(BAD_JUMP)).is_none());
        assert!(!krait_bytecode::opcode::is_defined(u16::from(LOAD_FAST_ATTR)));
        assert!(!krait_bytecode::opcode::is_defined(u16::from(BINARY_SMALL)));
        assert!(!krait_bytecode::opcode::is_defined(u16::from(COMPARE_JUMP)));
        assert!(!krait_bytecode::opcode::is_defined(u16::from(BINARY_LOCALS)));
        assert!(!krait_bytecode::opcode::is_defined(u16::from(BINARY_STORE)));
        assert!(!krait_bytecode::opcode::is_defined(u16::from(NOT_RUN)));
        // The numbers above RESUME the fused forms use are specialized opcodes only.
        for o in [LOCAL_SMALL, OP_LOCAL, FOR_STORE, SMALL_COMPARE_JUMP, FOR_UNPACK2] {
            assert!(u16::from(o) > op::RESUME && !krait_bytecode::opcode::is_defined(u16::from(o)));
        }
    }

    #[test]
    fn folds_prefixes_and_guards_the_end() {
        let ext = op::EXTENDED_ARG as u8;
        let jf = op::JUMP_FORWARD as u8;
        let nop = op::NOP as u8;
        // EXTENDED_ARG 1; JUMP_FORWARD 0 -> arg 256, target far past the end.
        let s = decode(&[ext, 1, jf, 0, nop, 0]);
        assert_eq!(s.len(), 4);
        assert_eq!((s[0].op, s[0].arg), (ext, 1));
        assert_eq!((s[1].op, s[1].arg), (BAD_JUMP, 256));
        assert_eq!(s[2].op, nop);
        assert_eq!(s[3].op, FELL_OFF);
        // A forward jump to the end itself is allowed (it reaches FELL_OFF).
        let s = decode(&[jf, 1, nop, 0]);
        assert_eq!(s[0].op, jf);
        // A backward jump before the start.
        let s = decode(&[nop, 0, op::JUMP_BACKWARD as u8, 5, 0, 0]);
        assert_eq!(s[1].op, BAD_JUMP);
        // An instruction whose caches run past the end; an odd trailing byte is dropped.
        let s = decode(&[op::LOAD_ATTR as u8, 0, 0]);
        assert_eq!(s[0].op, FELL_OFF);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].op, FELL_OFF);
        assert_eq!(decode(&[]).len(), 1);
    }

    #[test]
    fn fuses_pairs() {
        let (lf, la, nop) = (op::LOAD_FAST_BORROW as u8, op::LOAD_ATTR as u8, op::NOP as u8);
        let attr_len = 2 + 2 * usize::from(cache_entries(op::LOAD_ATTR));
        let mut code = vec![lf, 3, la, 9];
        code.resize(2 + attr_len, 0);
        code.extend([nop, 0]);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (LOAD_FAST_ATTR, 2 + attr_len, (9 << FUSED_LOCAL_BITS) | 3));
        // The attribute keeps its entry; the NOP after both is where the fused entry leads.
        assert_eq!((s[1].op, s[1].arg), (la, 9));
        assert_eq!(s[(2 + attr_len) / 2].op, nop);
        // A small int then an operation.
        let (si, bo) = (op::LOAD_SMALL_INT as u8, op::BINARY_OP as u8);
        let op_len = 2 + 2 * usize::from(cache_entries(op::BINARY_OP));
        let mut code = vec![si, 7, bo, 6];
        code.resize(2 + op_len, 0);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (BINARY_SMALL, 2 + op_len, (6 << 8) | 7));
        assert_eq!((s[1].op, s[1].arg), (bo, 6));
        // A comparison then a conditional jump over its NOT_TAKEN: COMPARE_OP (1 cache),
        // POP_JUMP_IF_TRUE 1 (1 cache), NOT_TAKEN, NOP, NOP: the jump lands on the second NOP
        // (offset 10), counted from the end of the fused entry (offset 8) with 1.
        let (co, pt, nt) = (op::COMPARE_OP as u8, op::POP_JUMP_IF_TRUE as u8, op::NOT_TAKEN as u8);
        let s = decode(&[co, 88, 0, 0, pt, 1, 0, 0, nt, 0, nop, 0, nop, 0]);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (COMPARE_JUMP, 10, (1 << 8) | 88));
        assert_eq!(usize::from(s[0].len), COMPARE_LEN + 6);
        assert_eq!((s[2].op, s[2].len, s[2].arg), (pt, 6, 0));
        // A jump out of the code is not fused (the jump's own entry is BAD_JUMP).
        let s = decode(&[co, 88, 0, 0, pt, 9, 0, 0]);
        assert_eq!((s[0].op, s[2].op), (co, BAD_JUMP));
        // Two locals then an operation, then a store: the operation's own entry fuses
        // with the store.
        let (ll, st) = (op::LOAD_FAST_BORROW_LOAD_FAST_BORROW as u8, op::STORE_FAST as u8);
        let mut code = vec![ll, 0x12, bo, 10];
        code.resize(2 + BINARY_LEN, 0);
        code.extend([st, 3]);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (BINARY_LOCALS, 2 + BINARY_LEN, (10 << 8) | 0x12));
        assert_eq!((s[1].op, usize::from(s[1].len), s[1].arg), (BINARY_STORE, BINARY_LEN + 2, (3 << 5) | 10));
        assert_eq!((s[1 + BINARY_LEN / 2].op, s[1 + BINARY_LEN / 2].arg), (st, 3));
        // A local, a small int, an operation: one entry; the small int's own entry fuses
        // with the operation.
        let mut code = vec![lf, 5, si, 2, bo, 10];
        code.resize(4 + op_len, 0);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (LOCAL_SMALL, 4 + op_len, (10 << 20) | (2 << 12) | 5));
        assert_eq!(s[1].op, BINARY_SMALL);
        // A local then an operation.
        let mut code = vec![lf, 5, bo, 5];
        code.resize(2 + op_len, 0);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (OP_LOCAL, 2 + op_len, (5 << FUSED_LOCAL_BITS) | 5));
        // A specialized opcode in co_code is not run; its number is kept for the message.
        let s = decode(&[LOCAL_SMALL, 0, nop, 0]);
        assert_eq!((s[0].op, s[0].arg), (NOT_RUN, u32::from(LOCAL_SMALL)));
        assert!(decode(&[255, 7, 200, 1]).iter().all(|i| u16::from(i.op) <= op::RESUME));
        // A small int compared, then a jump: LOAD_SMALL_INT 2; COMPARE_OP (1 cache);
        // POP_JUMP_IF_FALSE 1 (1 cache); NOT_TAKEN; NOP; NOP.
        let pf = op::POP_JUMP_IF_FALSE as u8;
        let s = decode(&[si, 2, co, 18, 0, 0, pf, 1, 0, 0, nt, 0, nop, 0, nop, 0]);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (SMALL_COMPARE_JUMP, 12, (18 << 8) | 2));
        assert_eq!(s[1].op, COMPARE_JUMP);
        // A loop storing its item.
        let (fi, nop) = (op::FOR_ITER as u8, op::NOP as u8);
        let mut code = vec![fi, 1];
        code.resize(FOR_LEN, 0);
        code.extend([st, 4, nop, 0, nop, 0]);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (FOR_STORE, FOR_LEN + 2, (1 << 8) | 4));
        assert_eq!((s[FOR_LEN / 2].op, s[FOR_LEN / 2].arg), (st, 4));
        // A loop unpacking pairs into two locals: FOR_ITER 3; UNPACK_SEQUENCE 2 (1 cache);
        // STORE_FAST_STORE_FAST (1, 2); NOP x3. The unpack and the store keep their entries.
        let (un, sfsf) = (op::UNPACK_SEQUENCE as u8, op::STORE_FAST_STORE_FAST as u8);
        let mut code = vec![fi, 3];
        code.resize(FOR_LEN, 0);
        code.extend([un, 2]);
        code.resize(FOR_LEN + UNPACK_LEN, 0);
        code.extend([sfsf, 0x12, nop, 0, nop, 0, nop, 0]);
        let s = decode(&code);
        assert_eq!((s[0].op, usize::from(s[0].len), s[0].arg), (FOR_UNPACK2, FOR_LEN + UNPACK_LEN + 2, (3 << 8) | 0x12));
        assert_eq!((s[FOR_LEN / 2].op, s[FOR_LEN / 2].arg), (un, 2));
        assert_eq!((s[(FOR_LEN + UNPACK_LEN) / 2].op, s[(FOR_LEN + UNPACK_LEN) / 2].arg), (sfsf, 0x12));
        // Three names, or a pair stored elsewhere: FOR_ITER alone.
        code[FOR_LEN + 1] = 3;
        assert_eq!(decode(&code)[0].op, fi);
        code[FOR_LEN + 1] = 2;
        code[FOR_LEN + UNPACK_LEN] = st;
        assert_eq!(decode(&code)[0].op, fi);
        // Cut short by the end: not fused (the LOAD_ATTR itself is FELL_OFF).
        let s = decode(&[lf, 3, la, 9, 0, 0]);
        assert_eq!(s[0].op, lf);
        assert_eq!(s[1].op, FELL_OFF);
    }

    #[test]
    fn conditional_jumps_step_over_not_taken() {
        let pj = op::POP_JUMP_IF_FALSE as u8;
        let nt = op::NOT_TAKEN as u8;
        let nop = op::NOP as u8;
        // POP_JUMP_IF_FALSE 1 (one cache unit); NOT_TAKEN; NOP; NOP: the jump lands on the
        // second NOP (offset 4 + 2), counted from after the NOT_TAKEN (offset 6) with 0.
        let s = decode(&[pj, 1, 0, 0, nt, 0, nop, 0, nop, 0]);
        assert_eq!((s[0].op, s[0].len, s[0].arg), (pj, 6, 0));
        assert_eq!((s[2].op, s[2].len), (nt, 2));
        // A jump to its own NOT_TAKEN (argument 0) is left alone.
        let s = decode(&[pj, 0, 0, 0, nt, 0, nop, 0]);
        assert_eq!((s[0].len, s[0].arg), (4, 0));
        // No NOT_TAKEN after it: unchanged.
        let s = decode(&[pj, 1, 0, 0, nop, 0, nop, 0]);
        assert_eq!((s[0].len, s[0].arg), (4, 1));
        // A yield steps over the RESUME after it.
        let (y, r) = (op::YIELD_VALUE as u8, op::RESUME as u8);
        let s = decode(&[y, 1, r, 5, nop, 0]);
        assert_eq!((s[0].op, s[0].len, s[0].arg), (y, 4, 1));
        assert_eq!((s[1].op, s[1].len), (r, 2));
    }
}
