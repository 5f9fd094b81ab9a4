//! `swaptimize` and `apply_static_swaps` (CPython 3.14 `Python/flowgraph.c`): a run of
//! `SWAP`s and `NOP`s is replaced by the shortest equivalent run (the permutation's cycles,
//! emitted from the end of the run, unused slots becoming `NOP`), then swaps whose operands
//! are consumed by `STORE_FAST`/`STORE_FAST_MAYBE_NULL`/`POP_TOP` on one line are applied by
//! exchanging those instructions instead.

use super::super::cfg::CfgInstr;
use krait_bytecode::opcode::op;

const VISITED: i64 = -1;

/// Rewrites the run of `SWAP`/`NOP` starting at `*ix` (a `SWAP`); `*ix` ends on the run's
/// last instruction.
pub fn swaptimize(instrs: &mut [CfgInstr], ix: &mut usize) {
    let start = *ix;
    let run = &mut instrs[start..];
    let mut depth = run[0].oparg as usize;
    let mut len = 0usize;
    let mut more = false;
    let limit = run.len();
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match run[len].opcode {
            op::SWAP => {
                depth = depth.max(run[len].oparg as usize);
                more = true;
            }
            op::NOP => {}
            _ => break,
        }
    }
    if !more || depth == 0 {
        return;
    }
    let mut stack: Vec<i64> = (0..depth as i64).collect();
    for ins in &run[..len] {
        if ins.opcode == op::SWAP {
            let k = (ins.oparg as usize).saturating_sub(1).min(depth - 1);
            stack.swap(0, k);
        }
    }
    // Emit each cycle of the permutation from the end of the run backwards.
    let mut current = len as i64 - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as i64 {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                if current < 0 {
                    return;
                }
                let ins = &mut run[current as usize];
                ins.opcode = op::SWAP;
                ins.oparg = j as u32 + 1;
                ins.target = None;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j];
            stack[j] = VISITED;
            j = next_j as usize;
        }
    }
    while current >= 0 {
        run[current as usize].set_nop();
        current -= 1;
    }
    *ix = start + len - 1;
}

/// `SWAPPABLE`: instructions that only consume the top of the stack and cannot observe or
/// affect anything else.
fn swappable(opcode: u16) -> bool {
    matches!(opcode, op::STORE_FAST | op::STORE_FAST_MAYBE_NULL | op::POP_TOP)
}

/// `STORES_TO`: the local a store writes, -1 for other instructions.
fn stores_to(ins: &CfgInstr) -> i64 {
    if matches!(ins.opcode, op::STORE_FAST | op::STORE_FAST_MAYBE_NULL) { i64::from(ins.oparg) } else { -1 }
}

/// `next_swappable_instruction`: the next swappable instruction after `i`, skipping NOPs,
/// staying on `lineno` when it is >= 0.
fn next_swappable(instrs: &[CfgInstr], i: usize, lineno: i32) -> Option<usize> {
    let mut i = i + 1;
    while i < instrs.len() {
        let ins = &instrs[i];
        if lineno >= 0 && ins.loc.lineno != lineno {
            return None;
        }
        if ins.opcode == op::NOP {
            i += 1;
            continue;
        }
        return swappable(ins.opcode).then_some(i);
    }
    None
}

/// `apply_static_swaps`: walks left from `i` over swaps, swappable instructions and NOPs.
pub fn apply_static_swaps(instrs: &mut [CfgInstr], i: usize) {
    let mut i = i as i64;
    while i >= 0 {
        let at = i as usize;
        i -= 1;
        let swap = instrs[at];
        if swap.opcode != op::SWAP {
            if swap.opcode == op::NOP || swappable(swap.opcode) {
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, at, -1) else { return };
        let lineno = instrs[j].loc.lineno;
        let mut k = j;
        let mut count = swap.oparg as i64 - 1;
        while count > 0 {
            let Some(next) = next_swappable(instrs, k, lineno) else { return };
            k = next;
            count -= 1;
        }
        let store_j = stores_to(&instrs[j]);
        let store_k = stores_to(&instrs[k]);
        if store_j >= 0 || store_k >= 0 {
            if store_j == store_k {
                return;
            }
            for ins in &instrs[j + 1..k] {
                let s = stores_to(ins);
                if s >= 0 && (s == store_j || s == store_k) {
                    return;
                }
            }
        }
        instrs[at].set_nop();
        instrs.swap(j, k);
    }
}
