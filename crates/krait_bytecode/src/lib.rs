//! krait_bytecode: CPython 3.14's bytecode format, shared by the compiler and the VM.
//!
//! - [`opcode`]: the opcode table (generated from `opcodes.spec`) and stack effects;
//! - [`constant`] and [`code`]: code objects with every `co_*` field and their constants;
//! - [`linetable`] and [`exceptiontable`]: `co_linetable` / `co_exceptiontable` encoders and
//!   decoders (`co_positions`, `co_lines` semantics);
//! - [`marshal`] and [`pyc`]: marshal version 5 and `.pyc` files (magic 3627);
//! - [`hash`]: SipHash-1-3 `hash()` of str/bytes as 64-bit CPython computes it;
//! - [`dis`]: `dis.dis` text, exactly as CPython 3.14 prints it.
//!
//! It knows nothing of the front end (only `krait_syntax`'s reprs of str/bytes/float are
//! reused) and nothing of execution. Every reader returns errors as values; no input panics.

pub mod code;
pub mod constant;
pub mod exceptiontable;
pub mod linetable;
pub mod marshal;
pub mod opcode;

pub use code::CodeObject;
pub use constant::{Constant, PyStr};
pub mod dis;
pub mod hash;
pub mod pyc;
