//! The marshal writer.

use super::tag;
use crate::code::CodeObject;
use crate::constant::Constant;

/// `marshal.dumps(value)`.
pub fn dumps(value: &Constant) -> Vec<u8> {
    let _ = tag::NONE;
    let _ = value;
    Vec::new()
}

/// `marshal.dumps(code)`.
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    let _ = code;
    Vec::new()
}
