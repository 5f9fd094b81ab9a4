//! The instruction sequence: what codegen produces and the flowgraph consumes.
//!
//! This mirrors CPython 3.14's `_PyInstructionSequence` and `_PyCompile_CodeUnitMetadata`:
//! a flat list of instructions (real opcodes and pseudo-opcodes, numbered as in
//! `krait_bytecode::opcode::op`), jumps whose oparg is a [`Label`] id until the flowgraph
//! resolves them, and per code unit the metadata the assembler needs (names, constants in
//! first-use order, variable tables, argument counts, first line). It promises nothing
//! about optimisation: a sequence is exactly what codegen emitted, so it can be printed and
//! compared in tests before any pass runs.

use krait_bytecode::Constant;

/// A source location as CPython stores it on an instruction: 1-based lines, 0-based UTF-8
/// byte columns, -1 where there is none (see [`Location::NONE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Location {
    /// CPython's `NO_LOCATION`: the instruction inherits a line from its neighbours.
    pub const NONE: Location = Location { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

    pub fn from_range(range: krait_syntax::ast::Range) -> Location {
        let to_i32 = |v: u32| i32::try_from(v).unwrap_or(-1);
        Location {
            lineno: to_i32(range.lineno),
            end_lineno: to_i32(range.end_lineno),
            col_offset: to_i32(range.col_offset),
            end_col_offset: to_i32(range.end_col_offset),
        }
    }
}

/// A jump target, resolved by the flowgraph. Ids are dense per code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub u32);

/// One instruction. For jumps and `SETUP_*` pseudo-instructions `oparg` is a label id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub opcode: u16,
    pub oparg: u32,
    pub loc: Location,
}

/// The instructions of one code unit and where each label points.
#[derive(Clone, Debug, Default)]
pub struct InstrSequence {
    pub instrs: Vec<Instr>,
    /// `label_targets[label id]` is the index in `instrs` the label is bound to (the next
    /// instruction emitted after binding), `None` while unbound.
    pub label_targets: Vec<Option<usize>>,
    /// Instructions spliced in place of `ANNOTATIONS_PLACEHOLDER` (a module's
    /// `__annotate__` setup, CPython's `s_annotations_code`); never contains jumps.
    pub annotations_code: Option<Vec<Instr>>,
}

impl InstrSequence {
    pub fn new_label(&mut self) -> Label {
        let id = u32::try_from(self.label_targets.len()).unwrap_or(u32::MAX);
        self.label_targets.push(None);
        Label(id)
    }

    /// Binds `label` to the next instruction to be emitted.
    pub fn bind(&mut self, label: Label) {
        if let Some(slot) = self.label_targets.get_mut(label.0 as usize) {
            *slot = Some(self.instrs.len());
        }
    }

    pub fn emit(&mut self, opcode: u16, oparg: u32, loc: Location) {
        self.instrs.push(Instr { opcode, oparg, loc });
    }
}

/// Per-code-unit facts codegen collects and the assembler lays out (CPython's
/// `_PyCompile_CodeUnitMetadata` plus the code object's identity).
#[derive(Clone, Debug, Default)]
pub struct UnitMetadata {
    pub name: String,
    pub qualname: String,
    /// Constants in first-use order (CPython's `u_consts` dict order); equal constants share
    /// an index by CPython's constant-key rules (type-aware: `1`, `1.0` and `True` differ).
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Names of inlined-comprehension locals hidden from the enclosing scope (`u_fasthidden`).
    pub fasthidden: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
    /// `co_flags` as far as codegen knows them (the assembler adds what it computes).
    pub flags: u32,
}

/// A code unit ready for the flowgraph: its instructions and metadata.
#[derive(Clone, Debug, Default)]
pub struct CodeUnit {
    pub seq: InstrSequence,
    pub meta: UnitMetadata,
}
