//! The constants a code object can hold (`co_consts`), with Python's `repr` of each.
//!
//! [`PyStr`] is a Python str: Unicode text that may contain lone surrogates (marshal keeps
//! them, encoded "surrogatepass"), so it is stored as code points when it has one and as a
//! Rust `String` otherwise; the two forms never hold the same value, so derived equality is
//! value equality. Floats compare by bit pattern (`-0.0 != 0.0`, a NaN equals itself), which
//! is what constant identity in a code object needs.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::CodeObject;

/// A Python str: text, possibly with lone surrogates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PyStr {
    /// Valid Unicode (no surrogates).
    Text(String),
    /// Code points including at least one lone surrogate (U+D800..U+DFFF).
    WithSurrogates(Vec<u32>),
}

impl PyStr {
    /// The str holding `text`.
    pub fn new(text: impl Into<String>) -> PyStr {
        PyStr::Text(text.into())
    }

    /// The str of a decoded literal's text (`krait_syntax::literal::SURROGATE_MARK` pairs
    /// become lone surrogates).
    pub fn from_literal(text: &str) -> PyStr {
        match krait_syntax::literal::literal_code_points(text) {
            Some(points) => PyStr::WithSurrogates(points),
            None => PyStr::Text(text.to_string()),
        }
    }

    /// The str of these code points (values above U+10FFFF are rejected).
    pub fn from_code_points(points: Vec<u32>) -> Option<PyStr> {
        if points.iter().any(|&c| c > 0x10FFFF) {
            return None;
        }
        if points.iter().any(|&c| (0xD800..0xE000).contains(&c)) {
            return Some(PyStr::WithSurrogates(points));
        }
        Some(PyStr::Text(points.iter().filter_map(|&c| char::from_u32(c)).collect()))
    }

    /// Decodes UTF-8 with the `surrogatepass` error handler (what marshal writes).
    pub fn from_utf8_surrogatepass(bytes: &[u8]) -> Option<PyStr> {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Some(PyStr::Text(s.to_string()));
        }
        let mut points = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let b0 = u32::from(bytes[i]);
            let (len, init) = match b0 {
                0x00..=0x7F => (1, b0),
                0xC2..=0xDF => (2, b0 & 0x1F),
                0xE0..=0xEF => (3, b0 & 0x0F),
                0xF0..=0xF4 => (4, b0 & 0x07),
                _ => return None,
            };
            let mut c = init;
            for k in 1..len {
                let b = u32::from(*bytes.get(i + k)?);
                if b & 0xC0 != 0x80 {
                    return None;
                }
                c = (c << 6) | (b & 0x3F);
            }
            let min = [0, 0, 0x80, 0x800, 0x10000][len];
            if c < min || c > 0x10FFFF {
                return None;
            }
            points.push(c);
            i += len;
        }
        PyStr::from_code_points(points)
    }

    /// The text when it has no surrogates.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyStr::Text(s) => Some(s),
            PyStr::WithSurrogates(_) => None,
        }
    }

    /// The code points.
    pub fn code_points(&self) -> Vec<u32> {
        match self {
            PyStr::Text(s) => s.chars().map(u32::from).collect(),
            PyStr::WithSurrogates(p) => p.clone(),
        }
    }

    /// UTF-8, surrogates encoded as 3-byte sequences (`surrogatepass`).
    pub fn to_utf8_surrogatepass(&self) -> Vec<u8> {
        match self {
            PyStr::Text(s) => s.as_bytes().to_vec(),
            PyStr::WithSurrogates(points) => {
                let mut out = Vec::with_capacity(points.len() * 3);
                for &c in points {
                    match c {
                        0..=0x7F => out.push(c as u8),
                        0x80..=0x7FF => out.extend([0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]),
                        0x800..=0xFFFF => out.extend([
                            0xE0 | (c >> 12) as u8,
                            0x80 | ((c >> 6) & 0x3F) as u8,
                            0x80 | (c & 0x3F) as u8,
                        ]),
                        _ => out.extend([
                            0xF0 | (c >> 18) as u8,
                            0x80 | ((c >> 12) & 0x3F) as u8,
                            0x80 | ((c >> 6) & 0x3F) as u8,
                            0x80 | (c & 0x3F) as u8,
                        ]),
                    }
                }
                out
            }
        }
    }

    /// Number of code points (`len(s)`).
    pub fn len(&self) -> usize {
        match self {
            PyStr::Text(s) => s.chars().count(),
            PyStr::WithSurrogates(p) => p.len(),
        }
    }

    /// Whether the str is empty.
    pub fn is_empty(&self) -> bool {
        match self {
            PyStr::Text(s) => s.is_empty(),
            PyStr::WithSurrogates(p) => p.is_empty(),
        }
    }

    /// Whether every code point is ASCII.
    pub fn is_ascii(&self) -> bool {
        match self {
            PyStr::Text(s) => s.is_ascii(),
            PyStr::WithSurrogates(_) => false,
        }
    }

    /// The largest code point (0 for the empty str).
    pub fn max_code_point(&self) -> u32 {
        match self {
            PyStr::Text(s) => s.chars().map(u32::from).max().unwrap_or(0),
            PyStr::WithSurrogates(p) => p.iter().copied().max().unwrap_or(0),
        }
    }

    /// `repr(s)`.
    pub fn repr(&self) -> String {
        match self {
            PyStr::Text(s) => krait_syntax::ast::repr::str_repr(s),
            PyStr::WithSurrogates(points) => {
                // Lone surrogates are never printable: they show as \udXXX. Everything else is
                // the str repr of the surrounding runs, with the quote chosen for the whole.
                let has_single = points.contains(&u32::from('\''));
                let has_double = points.contains(&u32::from('"'));
                let quote = if has_single && !has_double { '"' } else { '\'' };
                let mut out = String::new();
                out.push(quote);
                for &c in points {
                    match char::from_u32(c) {
                        Some(ch) => {
                            // Reuse the str repr of a one-character string with a quote-free
                            // context by stripping its quotes, except for the quote itself.
                            if ch == quote {
                                out.push('\\');
                                out.push(ch);
                            } else {
                                let r = krait_syntax::ast::repr::str_repr(&ch.to_string());
                                let inner = &r[1..r.len() - 1];
                                if inner == "\\'" || inner == "\\\"" {
                                    out.push(ch);
                                } else {
                                    out.push_str(inner);
                                }
                            }
                        }
                        None => out.push_str(&format!("\\u{c:04x}")),
                    }
                }
                out.push(quote);
                out
            }
        }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::Text(s.to_string())
    }
}

/// A constant in `co_consts` (or nested in a constant tuple/frozenset/slice).
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    StopIteration,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// Elements in insertion order: source order from the compiler, stream order (sorted by
    /// marshal bytes) from marshal. The order a set iterates them depends on their hashes:
    /// see [`crate::hash::set_order`].
    FrozenSet(Vec<Constant>),
    /// `slice(start, stop, step)`.
    Slice(Box<[Constant; 3]>),
    Code(Rc<CodeObject>),
    /// A list, dict or set: never a code constant, only `marshal` data.
    List(Vec<Constant>),
    /// Key-value pairs in order.
    Dict(Vec<(Constant, Constant)>),
    Set(Vec<Constant>),
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (StopIteration, StopIteration) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) | (List(a), List(b)) | (Set(a), Set(b)) => a == b,
            (Dict(a), Dict(b)) => a == b,
            (Slice(a), Slice(b)) => a == b,
            (Code(a), Code(b)) => a == b,
            _ => false,
        }
    }
}

impl Constant {
    /// A str constant.
    pub fn str(s: &str) -> Constant {
        Constant::Str(PyStr::new(s))
    }

    /// A small int constant.
    pub fn int(i: i64) -> Constant {
        Constant::Int(BigInt::from(i))
    }

    /// `repr(value)`; code objects show as `<code object NAME at 0xADDR, file "F", line N>`.
    pub fn repr(&self) -> String {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.repr_unguarded())
    }

    fn repr_unguarded(&self) -> String {
        match self {
            Constant::None => "None".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::StopIteration => "<class 'StopIteration'>".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => krait_syntax::ast::repr::float_repr(*f),
            Constant::Complex { real, imag } => krait_syntax::ast::repr::complex_repr(*real, *imag),
            Constant::Str(s) => s.repr(),
            Constant::Bytes(b) => krait_syntax::ast::repr::bytes_repr(b),
            Constant::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(Constant::repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Constant::FrozenSet(items) => {
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    let parts: Vec<String> = items.iter().map(Constant::repr).collect();
                    format!("frozenset({{{}}})", parts.join(", "))
                }
            }
            Constant::Slice(parts) => {
                format!("slice({}, {}, {})", parts[0].repr(), parts[1].repr(), parts[2].repr())
            }
            Constant::Code(code) => code.repr(),
            Constant::List(items) => format!("[{}]", items.iter().map(Constant::repr).collect::<Vec<_>>().join(", ")),
            Constant::Set(items) if items.is_empty() => "set()".into(),
            Constant::Set(items) => format!("{{{}}}", items.iter().map(Constant::repr).collect::<Vec<_>>().join(", ")),
            Constant::Dict(pairs) => {
                let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{}: {}", k.repr(), v.repr())).collect();
                format!("{{{}}}", parts.join(", "))
            }
        }
    }
}
