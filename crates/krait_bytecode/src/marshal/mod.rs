//! marshal, version 5 (CPython 3.14): the reader loads anything CPython writes for code
//! objects; the writer reproduces CPython's choices (string forms, interning, FLAG_REF and
//! back references, frozenset order) from a model of object identity described in `write.rs`.

mod read;
mod write;

pub use read::{loads, loads_prefix};
pub use write::{dumps, dumps_code};

/// The marshal format version CPython 3.14 writes.
pub const VERSION: u8 = 5;

/// Why marshal data could not be read (CPython's message where it has one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError(pub String);

impl std::fmt::Display for MarshalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MarshalError {}

/// Type codes.
pub mod tag {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const FLOAT: u8 = b'f';
    pub const COMPLEX: u8 = b'x';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const TUPLE: u8 = b'(';
    pub const SMALL_TUPLE: u8 = b')';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const INTERNED: u8 = b't';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    pub const FROZENSET: u8 = b'>';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const SET: u8 = b'<';
    pub const SLICE: u8 = b':';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const REF: u8 = b'r';
    pub const FLAG_REF: u8 = 0x80;
}
