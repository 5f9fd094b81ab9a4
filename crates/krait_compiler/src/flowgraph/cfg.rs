//! The control-flow graph of one code unit: CPython 3.14's `cfg_builder`, `basicblock` and
//! `cfg_instr` (`Python/flowgraph.c`), with blocks in an arena addressed by dense [`BlockId`]s
//! instead of pointers.
//!
//! Blocks are chained in layout order by [`BasicBlock::next`] (CPython's `b_next`): that
//! chain, starting at [`Cfg::entry`], is the code order the assembler lays out. Blocks that
//! fall out of the chain stay in the arena (CPython frees nothing either) and are simply not
//! visited. Jumps and `SETUP_*` pseudo-instructions carry their target block in
//! [`CfgInstr::target`] once [`Cfg::translate_jump_labels_to_targets`] has run; until then
//! their `oparg` is a label id, as in the instruction sequence.
//!
//! The graph promises the construction rules of `_PyCfg_FromInstructionSequence`: a new
//! block starts after every terminator (jump or scope exit) and at every label that is the
//! target of some jump, and an empty current block takes the label instead of a new block.

use crate::instr::{InstrSequence, Location};
use krait_bytecode::opcode::{self, op};

/// A block of a [`Cfg`]; dense per graph, in creation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

impl BlockId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One instruction of a block (`cfg_instr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CfgInstr {
    pub opcode: u16,
    pub oparg: u32,
    pub loc: Location,
    /// The jump or handler target (jumps and `SETUP_*` only).
    pub target: Option<BlockId>,
    /// The handler active at this instruction (set by `label_exception_targets`).
    pub except: Option<BlockId>,
}

impl CfgInstr {
    pub fn new(opcode: u16, oparg: u32, loc: Location) -> CfgInstr {
        CfgInstr { opcode, oparg, loc, target: None, except: None }
    }

    /// `OPCODE_HAS_JUMP`.
    pub fn is_jump(&self) -> bool {
        has_jump(self.opcode)
    }

    /// `IS_BLOCK_PUSH_OPCODE`: `SETUP_FINALLY`, `SETUP_WITH`, `SETUP_CLEANUP`.
    pub fn is_block_push(&self) -> bool {
        is_block_push(self.opcode)
    }

    /// Turns the instruction into `NOP`, keeping its location.
    pub fn set_nop(&mut self) {
        self.opcode = op::NOP;
        self.oparg = 0;
        self.target = None;
    }
}

/// `OPCODE_HAS_JUMP`.
pub fn has_jump(opcode: u16) -> bool {
    opcode::flags(opcode) & opcode::HAS_JUMP != 0
}

/// `IS_BLOCK_PUSH_OPCODE`.
pub fn is_block_push(opcode: u16) -> bool {
    matches!(opcode, op::SETUP_FINALLY | op::SETUP_WITH | op::SETUP_CLEANUP)
}

/// `HAS_TARGET`: jumps and block pushes.
pub fn has_target(opcode: u16) -> bool {
    has_jump(opcode) || is_block_push(opcode)
}

/// `IS_SCOPE_EXIT_OPCODE`.
pub fn is_scope_exit(opcode: u16) -> bool {
    matches!(opcode, op::RETURN_VALUE | op::RAISE_VARARGS | op::RERAISE)
}

/// `IS_TERMINATOR_OPCODE`: must be the last instruction of its block.
pub fn is_terminator(opcode: u16) -> bool {
    has_jump(opcode) || is_scope_exit(opcode)
}

/// `IS_UNCONDITIONAL_JUMP_OPCODE`.
pub fn is_unconditional_jump(opcode: u16) -> bool {
    matches!(
        opcode,
        op::JUMP | op::JUMP_NO_INTERRUPT | op::JUMP_FORWARD | op::JUMP_BACKWARD | op::JUMP_BACKWARD_NO_INTERRUPT
    )
}

/// `IS_CONDITIONAL_JUMP_OPCODE`.
pub fn is_conditional_jump(opcode: u16) -> bool {
    matches!(opcode, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_NONE | op::POP_JUMP_IF_NOT_NONE)
}

/// `OPCODE_HAS_EVAL_BREAK` for the opcodes the compiler emits.
pub fn has_eval_break(opcode: u16) -> bool {
    matches!(opcode, op::CALL | op::CALL_FUNCTION_EX | op::JUMP_BACKWARD | op::RESUME | op::JUMP)
}

/// A basic block (`basicblock`).
#[derive(Clone, Debug)]
pub struct BasicBlock {
    pub instrs: Vec<CfgInstr>,
    /// The next block in layout order (`b_next`), reached by fallthrough when the block
    /// does not end in a scope exit or an unconditional jump.
    pub next: Option<BlockId>,
    /// The label id when the block is a jump target (`b_label`).
    pub label: Option<u32>,
    /// Number of predecessors (`b_predecessors`), valid after `remove_unreachable`.
    pub predecessors: u32,
    /// Stack depth on entry (`b_startdepth`), `i32::MIN` until computed.
    pub startdepth: i32,
    /// Locals possibly unbound on entry (`b_unsafe_locals_mask`).
    pub unsafe_locals_mask: u64,
    /// A handler that pushes the offset of the raising instruction (`b_preserve_lasti`).
    pub preserve_lasti: bool,
    /// Scratch mark for traversals (`b_visited`).
    pub visited: bool,
    /// The target of some `SETUP_*` (`b_except_handler`).
    pub except_handler: bool,
    /// Only reached from handlers (`b_cold`).
    pub cold: bool,
    /// Reached without a handler (`b_warm`).
    pub warm: bool,
    /// The handlers recorded in CPython's instruction array past the block's end (slots
    /// `b_iused..` keep what removed instructions left there). CPython's `basicblock_addop`
    /// does not set `i_except`, so an instruction appended by a pass inherits the stale
    /// slot's handler (`None` for never-used slots): [`BasicBlock::push_new`] models that,
    /// and [`BasicBlock::set_instrs`] keeps the slots up to date when a pass shrinks a block.
    pub stale_excepts: Vec<Option<BlockId>>,
}

impl BasicBlock {
    fn new() -> BasicBlock {
        BasicBlock {
            instrs: Vec::new(),
            next: None,
            label: None,
            predecessors: 0,
            startdepth: i32::MIN,
            unsafe_locals_mask: 0,
            preserve_lasti: false,
            visited: false,
            except_handler: false,
            cold: false,
            warm: false,
            stale_excepts: Vec::new(),
        }
    }

    /// Replaces the instructions as CPython's in-place array edits would: when the block
    /// shrinks, the handlers of the instructions at positions past the new end become stale
    /// slots; when it grows, stale slots are used up.
    pub fn set_instrs(&mut self, new: Vec<CfgInstr>) {
        let old = std::mem::replace(&mut self.instrs, new);
        let new_len = self.instrs.len();
        if new_len < old.len() {
            let mut stale: Vec<Option<BlockId>> = old[new_len..].iter().map(|i| i.except).collect();
            stale.append(&mut self.stale_excepts);
            self.stale_excepts = stale;
        } else {
            let grown = (new_len - old.len()).min(self.stale_excepts.len());
            self.stale_excepts.drain(..grown);
        }
    }

    /// `basicblock_addop`: appends an instruction whose handler is whatever the array slot
    /// held (see [`BasicBlock::stale_excepts`]).
    pub fn push_new(&mut self, opcode: u16, oparg: u32, loc: Location, target: Option<BlockId>) {
        let except = if self.stale_excepts.is_empty() { None } else { self.stale_excepts.remove(0) };
        let mut ins = CfgInstr::new(opcode, oparg, loc);
        ins.target = target;
        ins.except = except;
        self.instrs.push(ins);
    }

    pub fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    pub fn last_mut(&mut self) -> Option<&mut CfgInstr> {
        self.instrs.last_mut()
    }

    /// `BB_NO_FALLTHROUGH`: ends in a scope exit or an unconditional jump.
    pub fn no_fallthrough(&self) -> bool {
        self.last().is_some_and(|i| is_scope_exit(i.opcode) || is_unconditional_jump(i.opcode))
    }

    /// `BB_HAS_FALLTHROUGH`.
    pub fn has_fallthrough(&self) -> bool {
        !self.no_fallthrough()
    }

    /// `basicblock_exits_scope`.
    pub fn exits_scope(&self) -> bool {
        self.last().is_some_and(|i| is_scope_exit(i.opcode))
    }

    /// `basicblock_has_eval_break`.
    pub fn has_eval_break(&self) -> bool {
        self.instrs.iter().any(|i| has_eval_break(i.opcode))
    }

    /// `basicblock_has_no_lineno`.
    pub fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| i.loc.lineno < 0)
    }
}

/// A code unit's graph (`cfg_builder`).
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<BasicBlock>,
    pub entry: BlockId,
}

impl Cfg {
    /// A graph with one empty entry block.
    pub fn new() -> Cfg {
        Cfg { blocks: vec![BasicBlock::new()], entry: BlockId(0) }
    }

    /// A fresh block, not yet linked into the layout chain.
    pub fn new_block(&mut self) -> BlockId {
        let id = BlockId(u32::try_from(self.blocks.len()).unwrap_or(u32::MAX));
        self.blocks.push(BasicBlock::new());
        id
    }

    pub fn block(&self, id: BlockId) -> &BasicBlock {
        &self.blocks[id.index()]
    }

    pub fn block_mut(&mut self, id: BlockId) -> &mut BasicBlock {
        &mut self.blocks[id.index()]
    }

    /// The blocks in layout order (following `next` from the entry).
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            if out.len() > self.blocks.len() {
                break;
            }
            out.push(b);
            cur = self.block(b).next;
        }
        out
    }

    /// `next_nonempty_block`: the first non-empty block from `b` along the chain.
    pub fn next_nonempty(&self, mut b: Option<BlockId>) -> Option<BlockId> {
        while let Some(id) = b {
            if !self.block(id).instrs.is_empty() {
                return Some(id);
            }
            b = self.block(id).next;
        }
        None
    }

    /// The largest label id of any block (`get_max_label`), -1 when none.
    pub fn max_label(&self) -> i64 {
        self.order().iter().filter_map(|&b| self.block(b).label).map(i64::from).max().unwrap_or(-1)
    }

    /// `copy_basicblock`: a new unlinked block with the same instructions.
    pub fn copy_block(&mut self, b: BlockId) -> BlockId {
        let instrs = self.block(b).instrs.clone();
        let id = self.new_block();
        self.block_mut(id).instrs = instrs;
        id
    }

    /// Clears `visited` on every block of the chain.
    pub fn clear_visited(&mut self) {
        for b in self.order() {
            self.block_mut(b).visited = false;
        }
    }

    /// `_PyCfg_FromInstructionSequence`: splits a sequence into blocks. Jump opargs stay
    /// label ids (labels are renumbered to instruction indices as CPython's label map
    /// does: a label is the index of the instruction it is bound to).
    pub fn from_sequence(seq: &InstrSequence) -> Cfg {
        let n = seq.instrs.len();
        let label_index = |lbl: u32| -> usize { seq.label_targets.get(lbl as usize).copied().flatten().unwrap_or(n) };
        let mut is_target = vec![false; n + 1];
        for ins in &seq.instrs {
            if has_target(ins.opcode) {
                is_target[label_index(ins.oparg)] = true;
            }
        }
        let mut g = Cfg::new();
        let mut cur = g.entry;
        let mut current_label: Option<u32> = None;
        let push = |g: &mut Cfg,
                    cur: &mut BlockId,
                    current_label: &mut Option<u32>,
                    opcode: u16,
                    oparg: u32,
                    loc: Location| {
            // cfg_builder_maybe_start_new_block
            let terminated = {
                let blk = g.block(*cur);
                if blk.last().is_some_and(|l| is_terminator(l.opcode)) {
                    true
                } else if current_label.is_some() {
                    if blk.last().is_some() || blk.label.is_some() {
                        true
                    } else {
                        g.block_mut(*cur).label = current_label.take();
                        false
                    }
                } else {
                    false
                }
            };
            if terminated {
                let nb = g.new_block();
                g.block_mut(nb).label = current_label.take();
                g.block_mut(*cur).next = Some(nb);
                *cur = nb;
            }
            g.block_mut(*cur).instrs.push(CfgInstr::new(opcode, oparg, loc));
        };
        for (i, ins) in seq.instrs.iter().enumerate() {
            if is_target[i] {
                current_label = Some(u32::try_from(i).unwrap_or(u32::MAX));
            }
            if ins.opcode == op::ANNOTATIONS_PLACEHOLDER {
                for a in seq.annotations_code.iter().flatten() {
                    push(&mut g, &mut cur, &mut current_label, a.opcode, a.oparg, a.loc);
                }
                continue;
            }
            let oparg = if has_target(ins.opcode) {
                u32::try_from(label_index(ins.oparg)).unwrap_or(u32::MAX)
            } else {
                ins.oparg
            };
            push(&mut g, &mut cur, &mut current_label, ins.opcode, oparg, ins.loc);
        }
        if is_target[n] {
            let nb = g.new_block();
            g.block_mut(nb).label = Some(u32::try_from(n).unwrap_or(u32::MAX));
            g.block_mut(cur).next = Some(nb);
        }
        g
    }

    /// `translate_jump_labels_to_targets`: sets each jump's target block from its label.
    pub fn translate_jump_labels_to_targets(&mut self) {
        let mut map = rustc_hash::FxHashMap::default();
        for b in self.order() {
            if let Some(l) = self.block(b).label {
                map.insert(l, b);
            }
        }
        for b in self.order() {
            for ins in &mut self.blocks[b.index()].instrs {
                if has_target(ins.opcode) {
                    ins.target = map.get(&ins.oparg).copied();
                }
            }
        }
    }

    /// `basicblock_insert_instruction`.
    pub fn insert_instr(&mut self, b: BlockId, pos: usize, instr: CfgInstr) {
        let blk = self.block_mut(b);
        let pos = pos.min(blk.instrs.len());
        let mut instrs = blk.instrs.clone();
        instrs.insert(pos, instr);
        blk.set_instrs(instrs);
    }
}

impl Default for Cfg {
    fn default() -> Cfg {
        Cfg::new()
    }
}
