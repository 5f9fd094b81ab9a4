//! Code objects: every `co_*` field CPython 3.14 marshals, with the derived views
//! (`co_varnames`, `co_cellvars`, `co_freevars`, instructions) that `dis` and the VM need.
//!
//! `code` holds the code units exactly as `co_code` shows them: 2 bytes per unit
//! (opcode, oparg), inline CACHE entries as zero units after the instructions that have them.

use crate::constant::{Constant, PyStr};
use crate::opcode;

/// `co_localspluskinds` bits.
pub mod kind {
    pub const ARG_VAR_POSITIONAL: u8 = 0x02;
    pub const ARG_VAR_KEYWORDS: u8 = 0x04;
    pub const ARGUMENT: u8 = 0x08;
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const HAS_DOCSTRING: u32 = 0x400_0000;
    pub const METHOD: u32 = 0x800_0000;
}

/// A CPython 3.14 code object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// `co_code`: code units with zeroed caches.
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<PyStr>,
    pub localsplusnames: Vec<PyStr>,
    /// One [`kind`] byte per entry of `localsplusnames`.
    pub localspluskinds: Vec<u8>,
    pub filename: PyStr,
    pub name: PyStr,
    pub qualname: PyStr,
    pub firstlineno: i32,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
}

/// One instruction of `co_code` after EXTENDED_ARG folding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Offset in bytes of the instruction itself (after its EXTENDED_ARG prefixes).
    pub offset: usize,
    /// Offset in bytes of the first EXTENDED_ARG prefix (or of the instruction).
    pub start_offset: usize,
    pub opcode: u8,
    /// The full argument, EXTENDED_ARG prefixes included.
    pub arg: u32,
    /// Inline cache units after it.
    pub caches: usize,
}

impl CodeObject {
    /// `repr(code)` with the address written `0xADDR` (as the oracle normalises it).
    pub fn repr(&self) -> String {
        format!(
            "<code object {} at 0xADDR, file {}, line {}>",
            self.name
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| self.name.repr()),
            quoted(&self.filename),
            self.firstlineno
        )
    }

    fn names_with(&self, bit: u8) -> Vec<&PyStr> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, k)| *k & bit != 0)
            .map(|(n, _)| n)
            .collect()
    }

    /// `co_varnames`: the locals (arguments included).
    pub fn varnames(&self) -> Vec<&PyStr> {
        self.names_with(kind::LOCAL)
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> Vec<&PyStr> {
        self.names_with(kind::CELL)
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> Vec<&PyStr> {
        self.names_with(kind::FREE)
    }

    /// The instructions of `co_code` as `dis` walks them: caches skipped, every EXTENDED_ARG
    /// listed (its `arg` the accumulated value), and each other instruction's `arg` including
    /// its prefixes and `start_offset` at its first prefix.
    pub fn instructions(&self) -> Vec<Instruction> {
        let mut out = Vec::new();
        let mut extended: u32 = 0;
        let mut prefixes = 0;
        let mut i = 0;
        while i + 1 < self.code.len() {
            let op = self.code[i];
            let arg = (extended << 8) | u32::from(self.code[i + 1]);
            let caches = usize::from(opcode::cache_entries(u16::from(op)));
            if u16::from(op) == opcode::op::EXTENDED_ARG {
                extended = arg;
                prefixes += 1;
                out.push(Instruction {
                    offset: i,
                    start_offset: i,
                    opcode: op,
                    arg,
                    caches,
                });
            } else {
                out.push(Instruction {
                    offset: i,
                    start_offset: i - 2 * prefixes,
                    opcode: op,
                    arg,
                    caches,
                });
                extended = 0;
                prefixes = 0;
            }
            i += 2 * (1 + caches);
        }
        out
    }
}

/// `repr(s)` of a str as CPython's code repr shows a filename (`"%U"` inside double quotes).
fn quoted(s: &PyStr) -> String {
    match s.as_str() {
        Some(t) => format!("\"{t}\""),
        None => format!("\"{}\"", s.repr().trim_matches('\'')),
    }
}
