//! The marshal writer, with a model of the object identities CPython's writer sees.
//!
//! CPython flags an object (FLAG_REF) when its reference count is above 1 or it is interned,
//! and writes a back reference when it meets the same object again. For a module compiled by
//! CPython that works out as (see the facts file): interned strings (names, local names,
//! filename/name/qualname, identifier-like str constants, one-character Latin-1 strings) and
//! immortal objects (small ints -5..=256, `()`, `b''`, one-byte bytes) are always flagged and
//! shared by value; `co_code` and frozenset elements are always flagged; code objects never (the
//! oracle's `.pyc` starts with an unflagged `c`); `co_localspluskinds` only when empty; every other
//! object (constants, consts/names/localsplusnames tuples, line and exception tables) is one
//! object per distinct value (the compiler's constant cache merges equal ones), flagged
//! exactly when that value is referenced more than once in the whole tree.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::tag;
use crate::code::CodeObject;
use crate::constant::{Constant, PyStr};

/// `marshal.dumps(value)` (version 5) of a value that is not part of a compiled module: only
/// interned-by-nature strings and immortals are flagged.
pub fn dumps(value: &Constant) -> Vec<u8> {
    let mut w = Writer::new(Model::default());
    w.object(value, Role::Plain);
    w.out
}

/// `marshal.dumps(code)` for a module code object as CPython's compiler made it.
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    let mut model = Model::default();
    model.scan_code(code);
    let mut w = Writer::new(model);
    w.code(code, true);
    w.out
}

/// Where an object sits, which decides identity facts the value alone cannot tell.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A constant or a field shared through the constant cache.
    Plain,
    /// An element of a frozenset (always flagged).
    SetElement,
    /// Never shared: `co_localspluskinds`, a generated `__annotate__`'s `co_localsplusnames`.
    Unshared,
    /// A part of a slice constant: the parser's own object, which the constant cache does not
    /// merge (only tuples and frozensets are merged recursively).
    SliceElement,
    /// Always flagged, never met twice: `co_code`.
    AlwaysFlagged,
}

/// Identity model of one module: how often each value is referenced.
#[derive(Default)]
struct Model {
    counts: HashMap<Vec<u8>, usize>,
}

/// An `__annotate__` made by the compiler gets a fresh `co_localsplusnames` tuple after
/// assembly (its `.format` parameter renamed `format`), which the constant cache never sees.
fn is_generated_annotate(code: &CodeObject) -> bool {
    code.name.as_str() == Some("__annotate__")
        && code.posonlyargcount == 1
        && code.localsplusnames.first().and_then(PyStr::as_str) == Some("format")
}

fn is_identifier(s: &PyStr) -> bool {
    is_name_chars(s)
        && s.as_str()
            .is_some_and(|t| t.bytes().next().is_some_and(|b| !b.is_ascii_digit()))
}

fn is_name_chars(s: &PyStr) -> bool {
    s.as_str()
        .is_some_and(|t| t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

impl Model {
    /// Counts one reference; returns whether the value was seen before (then it is the same
    /// object, whose own references were counted already).
    fn count(&mut self, value: &Constant) -> bool {
        let n = self.counts.entry(key(value)).or_insert(0);
        *n += 1;
        *n > 1
    }

    fn scan_const(&mut self, value: &Constant) {
        match value {
            Constant::Code(code) => self.scan_code(code),
            Constant::FrozenSet(items) if items.iter().any(|c| matches!(c, Constant::Str(s) if is_identifier(s))) => {
                // Interning its strings rebuilds the set when one of them was interned already
                // (an identifier of the module most likely is): a fresh object, never merged.
                for item in items {
                    self.scan_const(item);
                }
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                if self.count(value) {
                    return;
                }
                for item in items {
                    self.scan_const(item);
                }
            }
            Constant::Slice(_) => {
                // The constant cache merges a slice but not its parts (see `Role::SliceElement`).
                self.count(value);
            }
            _ => {
                self.count(value);
            }
        }
    }

    fn scan_code(&mut self, code: &CodeObject) {
        self.scan_const(&Constant::Tuple(code.consts.clone()));
        let names = Constant::Tuple(code.names.iter().cloned().map(Constant::Str).collect());
        self.count(&names);
        if !is_generated_annotate(code) {
            let locals = Constant::Tuple(code.localsplusnames.iter().cloned().map(Constant::Str).collect());
            self.count(&locals);
        }
        self.count(&Constant::Bytes(code.linetable.clone()));
        self.count(&Constant::Bytes(code.exceptiontable.clone()));
    }

    fn is_immortal(&self, value: &Constant, interned: bool) -> bool {
        match value {
            Constant::Int(n) => n >= &BigInt::from(-5) && n <= &BigInt::from(256),
            Constant::Tuple(items) => items.is_empty(),
            Constant::Bytes(b) => b.len() <= 1,
            Constant::Str(_) => interned,
            _ => false,
        }
    }

    fn shared(&self, value: &Constant) -> bool {
        self.counts.get(&key(value)).copied().unwrap_or(0) > 1
    }
}

/// The identity key of a value: its plain marshal bytes (type-exact, `-0.0 != 0.0`).
fn key(value: &Constant) -> Vec<u8> {
    let mut w = Writer::new(Model::default());
    w.plain = true;
    w.object(value, Role::Plain);
    w.out
}

struct Writer {
    out: Vec<u8>,
    model: Rc<Model>,
    refs: HashMap<Vec<u8>, u32>,
    next_ref: u32,
    /// Write no flags or references at all (identity keys).
    plain: bool,
    /// Writing a names or localsplusnames tuple (every str interned).
    names_mode: bool,
    /// The qualname of the class body whose constants are being written.
    qualname: Option<PyStr>,
}

impl Writer {
    fn new(model: Model) -> Writer {
        Writer::with_model(Rc::new(model))
    }

    fn with_model(model: Rc<Model>) -> Writer {
        Writer {
            out: Vec::new(),
            model,
            refs: HashMap::new(),
            next_ref: 0,
            plain: false,
            names_mode: false,
            qualname: None,
        }
    }

    fn long(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn size(&mut self, n: usize) {
        self.long(n as i32);
    }

    /// Decides the flag; returns `None` when a back reference was written instead.
    fn begin(&mut self, value: &Constant, role: Role, flagged: bool) -> Option<u8> {
        if self.plain {
            return Some(0);
        }
        if !flagged {
            return Some(0);
        }
        // A distinct object every time: flagged, numbered, never met again.
        let distinct = role == Role::AlwaysFlagged
            || (role == Role::SetElement && !self.immortal(value) && !self.model.shared(value));
        if distinct {
            self.next_ref += 1;
            return Some(tag::FLAG_REF);
        }
        let mut k = key(value);
        if let Constant::Str(s) = value {
            // An interned str and an equal plain one are different objects.
            k.push(u8::from(self.interned(s)));
        }
        if let Some(&index) = self.refs.get(&k) {
            self.out.push(tag::REF);
            self.long(index as i32);
            return None;
        }
        self.refs.insert(k, self.next_ref);
        self.next_ref += 1;
        Some(tag::FLAG_REF)
    }

    /// Whether a str about to be written is interned: names and the code's own
    /// filename/name/qualname always; a constant when it is made of name characters (the
    /// compiler interns those), a single Latin-1 character or empty (static strings), or is
    /// a class body's own qualname (its `__qualname__` constant is `co_qualname` itself).
    fn interned(&self, s: &PyStr) -> bool {
        self.names_mode
            || s.is_empty()
            || (s.len() == 1 && s.max_code_point() < 256)
            || is_name_chars(s)
            || self.qualname.as_ref() == Some(s)
    }

    fn immortal(&self, value: &Constant) -> bool {
        let interned = matches!(value, Constant::Str(s) if self.interned(s));
        self.model.is_immortal(value, interned)
    }

    fn flagged(&self, value: &Constant, role: Role) -> bool {
        match role {
            Role::SetElement | Role::AlwaysFlagged => true,
            Role::Unshared => match value {
                Constant::Str(s) => self.interned(s),
                Constant::Bytes(b) => b.is_empty(),
                Constant::Tuple(items) => items.is_empty(),
                _ => false,
            },
            Role::Plain => self.immortal(value) || self.model.shared(value),
            Role::SliceElement => self.immortal(value),
        }
    }

    fn object(&mut self, value: &Constant, role: Role) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.object_unguarded(value, role));
    }

    fn object_unguarded(&mut self, value: &Constant, role: Role) {
        match value {
            Constant::None => return self.out.push(tag::NONE),
            Constant::Bool(false) => return self.out.push(tag::FALSE),
            Constant::Bool(true) => return self.out.push(tag::TRUE),
            Constant::Ellipsis => return self.out.push(tag::ELLIPSIS),
            Constant::StopIteration => return self.out.push(tag::STOPITER),
            Constant::Code(code) => return self.code(code, false),
            _ => {}
        }
        let flagged = !self.plain && self.flagged(value, role);
        let Some(flag) = self.begin(value, role, flagged) else {
            return;
        };
        match value {
            Constant::Int(n) => match n.to_i32() {
                Some(v) => {
                    self.out.push(tag::INT | flag);
                    self.long(v);
                }
                None => {
                    self.out.push(tag::LONG | flag);
                    let mut digits = Vec::new();
                    let mut mag = n.magnitude().clone();
                    let zero = num_bigint::BigUint::from(0u32);
                    while mag > zero {
                        digits.push((&mag & num_bigint::BigUint::from(0x7fffu32)).to_u16().unwrap_or(0));
                        mag >>= 15u32;
                    }
                    let count = digits.len() as i32;
                    self.long(if n.sign() == Sign::Minus { -count } else { count });
                    for d in digits {
                        self.out.extend_from_slice(&d.to_le_bytes());
                    }
                }
            },
            Constant::Float(f) => {
                self.out.push(tag::BINARY_FLOAT | flag);
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.out.push(tag::BINARY_COMPLEX | flag);
                self.out.extend_from_slice(&real.to_le_bytes());
                self.out.extend_from_slice(&imag.to_le_bytes());
            }
            Constant::Str(s) => self.str_body(s, flag),
            Constant::Bytes(b) => {
                self.out.push(tag::STRING | flag);
                self.size(b.len());
                self.out.extend_from_slice(b);
            }
            Constant::Tuple(items) => {
                if items.len() < 256 {
                    self.out.push(tag::SMALL_TUPLE | flag);
                    self.out.push(items.len() as u8);
                } else {
                    self.out.push(tag::TUPLE | flag);
                    self.size(items.len());
                }
                for item in items {
                    self.object(item, Role::Plain);
                }
            }
            Constant::List(items) => {
                self.out.push(tag::LIST | flag);
                self.size(items.len());
                for item in items {
                    self.object(item, Role::Plain);
                }
            }
            Constant::Dict(pairs) => {
                self.out.push(tag::DICT | flag);
                for (k, v) in pairs {
                    self.object(k, Role::Plain);
                    self.object(v, Role::Plain);
                }
                self.out.push(tag::NULL);
            }
            Constant::FrozenSet(items) | Constant::Set(items) => {
                self.out.push(if matches!(value, Constant::Set(_)) { tag::SET } else { tag::FROZENSET } | flag);
                self.size(items.len());
                // CPython sorts by each element's own `marshal.dumps`, made while the set
                // holds it (so flagged), with the same interning.
                let keyed_dump = |c: &Constant| {
                    let mut sub = Writer::with_model(Rc::clone(&self.model));
                    sub.plain = self.plain;
                    sub.qualname = self.qualname.clone();
                    sub.object(c, Role::SetElement);
                    sub.out
                };
                let mut keyed: Vec<(Vec<u8>, &Constant)> = items.iter().map(|c| (keyed_dump(c), c)).collect();
                keyed.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, item) in keyed {
                    self.object(item, if self.plain { Role::Plain } else { Role::SetElement });
                }
            }
            Constant::Slice(parts) => {
                self.out.push(tag::SLICE | flag);
                for item in parts.iter() {
                    self.object(item, if self.plain { Role::Plain } else { Role::SliceElement });
                }
            }
            Constant::None | Constant::Bool(_) | Constant::Ellipsis | Constant::StopIteration | Constant::Code(_) => {}
        }
    }

    fn str_body(&mut self, s: &PyStr, flag: u8) {
        let interned = self.interned(s);
        if s.is_ascii() {
            let bytes = s.to_utf8_surrogatepass();
            if bytes.len() < 256 {
                self.out.push(
                    if interned {
                        tag::SHORT_ASCII_INTERNED
                    } else {
                        tag::SHORT_ASCII
                    } | flag,
                );
                self.out.push(bytes.len() as u8);
            } else {
                self.out
                    .push(if interned { tag::ASCII_INTERNED } else { tag::ASCII } | flag);
                self.size(bytes.len());
            }
            self.out.extend_from_slice(&bytes);
        } else {
            let bytes = s.to_utf8_surrogatepass();
            self.out
                .push(if interned { tag::INTERNED } else { tag::UNICODE } | flag);
            self.size(bytes.len());
            self.out.extend_from_slice(&bytes);
        }
    }

    fn str_field(&mut self, s: &PyStr) {
        let value = Constant::Str(s.clone());
        let flagged = true;
        let Some(flag) = self.begin(&value, Role::Plain, flagged) else {
            return;
        };
        self.str_body(s, flag);
    }

    fn code(&mut self, code: &CodeObject, top: bool) {
        // Code objects have one reference each (the oracle's py_compile output starts 0x63).
        let _ = top;
        self.out.push(tag::CODE);
        for v in [
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.stacksize,
            code.flags,
        ] {
            self.long(v as i32);
        }
        self.object(&Constant::Bytes(code.code.clone()), Role::AlwaysFlagged);
        // Only a class body loads its own qualname (`__qualname__ = ...`), as that very object.
        let is_class_body = code.flags & (crate::code::flags::OPTIMIZED | crate::code::flags::NEWLOCALS) == 0
            && code.name.as_str() != Some("<module>");
        let outer = std::mem::replace(&mut self.qualname, is_class_body.then(|| code.qualname.clone()));
        self.object(&Constant::Tuple(code.consts.clone()), Role::Plain);
        self.qualname = outer;
        self.names_mode = true;
        self.object(
            &Constant::Tuple(code.names.iter().cloned().map(Constant::Str).collect()),
            Role::Plain,
        );
        let locals_role = if is_generated_annotate(code) {
            Role::Unshared
        } else {
            Role::Plain
        };
        self.object(
            &Constant::Tuple(code.localsplusnames.iter().cloned().map(Constant::Str).collect()),
            locals_role,
        );
        self.object(&Constant::Bytes(code.localspluskinds.clone()), Role::Unshared);
        self.str_field(&code.filename);
        self.str_field(&code.name);
        self.str_field(&code.qualname);
        self.names_mode = false;
        self.long(code.firstlineno);
        self.object(&Constant::Bytes(code.linetable.clone()), Role::Plain);
        self.object(&Constant::Bytes(code.exceptiontable.clone()), Role::Plain);
    }
}
