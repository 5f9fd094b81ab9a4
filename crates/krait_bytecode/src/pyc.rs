//! `.pyc` files of CPython 3.14: a 16-byte header (magic 3627 + `\r\n`, flags, then either
//! source mtime and size or an 8-byte source hash) followed by the marshalled module code.
//!
//! The source hash is `importlib.util.source_hash`: SipHash-1-3 keyed with k0 = the magic as a
//! little-endian u32 (0x0A0D0E2B), k1 = 0, written little-endian.

use crate::code::CodeObject;
use crate::constant::Constant;
use crate::hash::siphash13;
use crate::marshal::{self, MarshalError};

/// CPython 3.14's bytecode magic number.
pub const MAGIC_NUMBER: u16 = 3627;

/// The four magic bytes that open a `.pyc` (`importlib.util.MAGIC_NUMBER`).
pub const MAGIC: [u8; 4] = [(MAGIC_NUMBER & 0xff) as u8, (MAGIC_NUMBER >> 8) as u8, b'\r', b'\n'];

/// How a `.pyc` is tied to its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// Flags 0: the source's mtime and size (both truncated to 32 bits).
    Timestamp { mtime: u32, size: u32 },
    /// Flags 1 (unchecked) or 3 (checked): the source hash.
    Hash { checked: bool, hash: [u8; 8] },
}

/// A `.pyc` file.
#[derive(Clone, Debug, PartialEq)]
pub struct Pyc {
    pub invalidation: Invalidation,
    pub code: CodeObject,
}

/// `importlib.util.source_hash(source)`.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    let key = u64::from(u32::from_le_bytes(MAGIC));
    siphash13(key, 0, source).to_le_bytes()
}

/// Reads a `.pyc`.
pub fn read(data: &[u8]) -> Result<Pyc, MarshalError> {
    let bad = |m: &str| MarshalError(m.to_string());
    if data.len() < 16 {
        return Err(bad("truncated .pyc header"));
    }
    if data[..4] != MAGIC {
        return Err(bad("bad magic number in .pyc"));
    }
    let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    let flags = word(4);
    let invalidation = match flags {
        0 => Invalidation::Timestamp {
            mtime: word(8),
            size: word(12),
        },
        1 | 3 => {
            let mut hash = [0u8; 8];
            hash.copy_from_slice(&data[8..16]);
            Invalidation::Hash {
                checked: flags == 3,
                hash,
            }
        }
        _ => return Err(bad("invalid flags in .pyc")),
    };
    match marshal::loads(&data[16..])? {
        Constant::Code(code) => Ok(Pyc {
            invalidation,
            code: (*code).clone(),
        }),
        _ => Err(bad(".pyc does not hold a code object")),
    }
}

/// Writes a `.pyc` (as `py_compile` does).
pub fn write(pyc: &Pyc) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    match pyc.invalidation {
        Invalidation::Timestamp { mtime, size } => {
            out.extend_from_slice(&0u32.to_le_bytes());
            out.extend_from_slice(&mtime.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
        }
        Invalidation::Hash { checked, hash } => {
            out.extend_from_slice(&(if checked { 3u32 } else { 1 }).to_le_bytes());
            out.extend_from_slice(&hash);
        }
    }
    out.extend_from_slice(&marshal::dumps_code(&pyc.code));
    out
}
