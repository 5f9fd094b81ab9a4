//! The strings patterns run over: a str (ASCII text used in place as bytes, other text
//! as its code points) or a bytes-like object, with slicing back to str/bytes values and
//! a matcher of the right width ([`AnyEngine`]).
//!
//! Promise: building a subject never fails for str and bytes-like values (others get
//! CPython's TypeError); the code points of the most recent non-ASCII str are kept, so
//! scanning one long text with many `match(s, pos)` calls (json, tokenizers) costs one
//! conversion, not one per call.

use super::engine::{Engine, Illegal, Regs};
use crate::builtins::methods::new_bytes;
use crate::builtins::slots::unwrap_native;
use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub enum Subject {
    /// An all-ASCII str: its bytes are its characters.
    Ascii(Value),
    /// Any other str, as code points.
    Wide(Vec<u32>),
    /// A bytes object.
    Bytes(Value),
    /// A copy of a mutable buffer (bytearray, memoryview).
    Buffer(Vec<u8>),
}

thread_local! {
    static LAST_WIDE: RefCell<Option<(Value, Rc<Subject>)>> = const { RefCell::new(None) };
}

impl Subject {
    /// The subject for `v`: a str or a bytes-like object.
    pub fn of(vm: &Vm, v: &Value) -> Result<Rc<Subject>, PyErr> {
        let n = unwrap_native(v);
        match n.payload() {
            Some(Payload::Str(s)) => {
                if s.is_ascii_text() {
                    return Ok(Rc::new(Subject::Ascii(n.clone())));
                }
                if let Some(hit) = LAST_WIDE.with(|c| c.borrow().as_ref().filter(|(k, _)| k.is(&n)).map(|(_, s)| s.clone())) {
                    return Ok(hit);
                }
                let subj = Rc::new(Subject::Wide(s.code_points().collect()));
                LAST_WIDE.with(|c| *c.borrow_mut() = Some((n.clone(), subj.clone())));
                Ok(subj)
            }
            Some(Payload::Bytes(_)) => Ok(Rc::new(Subject::Bytes(n.clone()))),
            Some(Payload::ByteArray(b)) => Ok(Rc::new(Subject::Buffer(b.borrow().clone()))),
            Some(Payload::MemoryView(_)) => match crate::builtins::methods::bytes_like(v) {
                Some(b) => Ok(Rc::new(Subject::Buffer(b))),
                None => Err(expected(vm, v)),
            },
            _ => Err(expected(vm, v)),
        }
    }

    pub fn is_bytes(&self) -> bool {
        matches!(self, Subject::Bytes(_) | Subject::Buffer(_))
    }

    fn narrow(&self) -> Option<&[u8]> {
        match self {
            Subject::Ascii(v) => Some(v.as_str().unwrap_or("").as_bytes()),
            Subject::Bytes(v) => match v.payload() {
                Some(Payload::Bytes(b)) => Some(b),
                _ => Some(&[]),
            },
            Subject::Buffer(b) => Some(b),
            Subject::Wide(_) => None,
        }
    }

    /// The length in characters (bytes for bytes-like subjects).
    pub fn len(&self) -> usize {
        match self {
            Subject::Wide(w) => w.len(),
            _ => self.narrow().map_or(0, <[u8]>::len),
        }
    }

    /// `subject[a:b]` as a str or bytes value (indices clamped).
    pub fn slice(&self, a: usize, b: usize) -> Value {
        let n = self.len();
        let (a, b) = (a.min(n), b.min(n));
        let b = b.max(a);
        match self {
            Subject::Ascii(v) => Value::str(&v.as_str().unwrap_or("")[a..b]),
            Subject::Wide(w) => crate::objects::str::from_code_points(&w[a..b]),
            _ => new_bytes(self.narrow().map(|s| s[a..b].to_vec()).unwrap_or_default(), false),
        }
    }

    /// The empty str or bytes (the joiner of `sub`).
    pub fn empty(&self) -> Value {
        if self.is_bytes() { new_bytes(Vec::new(), false) } else { Value::str("") }
    }

    /// A matcher over this subject cut at `end`.
    pub fn engine<'a>(&'a self, code: &'a [u32], end: usize, groups: usize) -> AnyEngine<'a> {
        match self {
            Subject::Wide(w) => AnyEngine::Wide(Engine::new(code, w, end, groups)),
            _ => AnyEngine::Narrow(Engine::new(code, self.narrow().unwrap_or(&[]), end, groups)),
        }
    }
}

fn expected(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(v)))
}

/// A matcher over narrow (bytes, ASCII) or wide (code point) text.
pub enum AnyEngine<'a> {
    Narrow(Engine<'a, u8>),
    Wide(Engine<'a, u32>),
}

impl AnyEngine<'_> {
    pub fn set_flags(&mut self, match_all: bool, must_advance: bool) {
        match self {
            AnyEngine::Narrow(e) => {
                e.match_all = match_all;
                e.must_advance = must_advance;
            }
            AnyEngine::Wide(e) => {
                e.match_all = match_all;
                e.must_advance = must_advance;
            }
        }
    }

    /// A match at `pos`: its registers, or None.
    pub fn match_at(&mut self, pos: usize) -> Result<Option<Regs>, Illegal> {
        match self {
            AnyEngine::Narrow(e) => Ok(e.match_at(pos)?.map(|end| e.regs(pos, end))),
            AnyEngine::Wide(e) => Ok(e.match_at(pos)?.map(|end| e.regs(pos, end))),
        }
    }

    /// The leftmost match from `pos`: its registers, or None.
    pub fn search(&mut self, pos: usize) -> Result<Option<Regs>, Illegal> {
        match self {
            AnyEngine::Narrow(e) => Ok(e.search(pos)?.map(|(s, end)| e.regs(s, end))),
            AnyEngine::Wide(e) => Ok(e.search(pos)?.map(|(s, end)| e.regs(s, end))),
        }
    }
}
