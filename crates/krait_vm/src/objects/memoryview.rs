//! `memoryview` objects: a view of an exporter's bytes (bytes, bytearray, array.array or
//! another view's exporter) with a struct format, item size, shape and strides, as
//! CPython's buffer protocol describes them. Views share the exporter: writes through a
//! writable view change the bytearray or array; slices and casts are new views of the
//! same exporter. A released view refuses every operation with CPython's ValueError.
//!
//! Formats are the native single-character struct codes (optionally prefixed by '@'):
//! `c b B ? h H i I l L q Q n N f d e P`. Item access packs and unpacks with the
//! machine's byte order.

use crate::heap::Payload;
use crate::value::Value;
use std::cell::Cell;

/// The state of a memoryview.
#[derive(Debug)]
pub struct MemView {
    /// The exporting object (`m.obj`).
    pub obj: Value,
    pub released: Cell<bool>,
    pub readonly: bool,
    /// The format as given (`'B'`, `'@i'`...); `code` is its character.
    pub format: String,
    pub code: u8,
    pub itemsize: usize,
    /// Byte offset of the first item in the exporter's buffer.
    pub offset: isize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
}

/// The item size of a native single-character format (after an optional '@'), None when
/// the format is not one.
pub fn format_itemsize(fmt: &str) -> Option<(u8, usize)> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let &[c] = f.as_bytes() else { return None };
    let size = match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    };
    Some((c, size))
}

/// The bytes of an exporter: bytes, bytearray or array.array (None for anything else).
pub fn exporter_bytes(obj: &Value) -> Option<Vec<u8>> {
    match obj.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Instance(_) => {
            if let Some((_, raw)) = crate::modules::array::buffer(obj) {
                return Some(raw);
            }
            let n = crate::builtins::slots::unwrap_native(obj);
            if n.is(obj) { None } else { exporter_bytes(&n) }
        }
        _ => None,
    }
}

impl MemView {
    /// A one-dimensional view of all of `obj`'s bytes in format `format`.
    pub fn whole(obj: Value, readonly: bool, format: &str, len: usize) -> MemView {
        let (code, itemsize) = format_itemsize(format).unwrap_or((b'B', 1));
        let n = len / itemsize.max(1);
        MemView {
            obj,
            released: Cell::new(false),
            readonly,
            format: format.to_string(),
            code,
            itemsize,
            offset: 0,
            shape: vec![n],
            strides: vec![itemsize as isize],
        }
    }

    /// The number of items.
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    /// `m.nbytes`.
    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize
    }

    /// Are the items laid out in C order without gaps?
    pub fn c_contiguous(&self) -> bool {
        if self.item_count() == 0 {
            return true;
        }
        let mut expect = self.itemsize as isize;
        for (dim, stride) in self.shape.iter().zip(&self.strides).rev() {
            if *dim > 1 && *stride != expect {
                return false;
            }
            expect *= *dim as isize;
        }
        true
    }

    /// Are the items laid out in Fortran order without gaps?
    pub fn f_contiguous(&self) -> bool {
        if self.item_count() == 0 {
            return true;
        }
        let mut expect = self.itemsize as isize;
        for (dim, stride) in self.shape.iter().zip(&self.strides) {
            if *dim > 1 && *stride != expect {
                return false;
            }
            expect *= *dim as isize;
        }
        true
    }

    /// The byte offsets of every item, in C order.
    pub fn item_offsets(&self) -> Vec<isize> {
        let mut out = vec![self.offset];
        for (dim, stride) in self.shape.iter().zip(&self.strides) {
            let mut next = Vec::with_capacity(out.len() * dim);
            for base in &out {
                for i in 0..*dim {
                    next.push(base + i as isize * stride);
                }
            }
            out = next;
        }
        out
    }

    /// The view's bytes in C order (`tobytes()`); missing exporter bytes read as zero.
    pub fn to_bytes(&self) -> Vec<u8> {
        let src = exporter_bytes(&self.obj).unwrap_or_default();
        let mut out = Vec::with_capacity(self.nbytes());
        for off in self.item_offsets() {
            for k in 0..self.itemsize {
                let b = usize::try_from(off + k as isize).ok().and_then(|i| src.get(i)).copied().unwrap_or(0);
                out.push(b);
            }
        }
        out
    }
}

/// Decodes one item of format `code` from `b` (native byte order).
pub fn unpack(code: u8, b: &[u8]) -> Value {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut a = [0u8; N];
        for (x, y) in a.iter_mut().zip(b) {
            *x = *y;
        }
        a
    }
    match code {
        b'c' => crate::builtins::methods::new_bytes(b.iter().take(1).copied().collect(), false),
        b'b' => Value::Int(i64::from(i8::from_ne_bytes(arr(b)))),
        b'B' => Value::Int(i64::from(b.first().copied().unwrap_or(0))),
        b'?' => Value::Bool(b.first().is_some_and(|x| *x != 0)),
        b'h' => Value::Int(i64::from(i16::from_ne_bytes(arr(b)))),
        b'H' => Value::Int(i64::from(u16::from_ne_bytes(arr(b)))),
        b'i' => Value::Int(i64::from(i32::from_ne_bytes(arr(b)))),
        b'I' => Value::Int(i64::from(u32::from_ne_bytes(arr(b)))),
        b'l' | b'q' | b'n' => Value::Int(i64::from_ne_bytes(arr(b))),
        b'L' | b'Q' | b'N' | b'P' => crate::objects::int::from_big(u64::from_ne_bytes(arr(b)).into()),
        b'f' => Value::Float(f64::from(f32::from_ne_bytes(arr(b)))),
        b'd' => Value::Float(f64::from_ne_bytes(arr(b))),
        b'e' => Value::Float(half_to_f64(u16::from_ne_bytes(arr(b)))),
        _ => Value::None,
    }
}

/// IEEE 754 half precision to double.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Encodes `v` as one item of format `code`: Err(true) for a value of the wrong type,
/// Err(false) for a value out of range.
pub fn pack(code: u8, v: &Value) -> Result<Vec<u8>, bool> {
    let int = |v: &Value| -> Result<i128, bool> {
        match v {
            Value::Int(i) => Ok(i128::from(*i)),
            Value::Bool(b) => Ok(i128::from(*b)),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => Ok(num_traits::ToPrimitive::to_i128(b).unwrap_or(i128::MAX)),
                _ => Err(true),
            },
            _ => Err(true),
        }
    };
    let ranged = |lo: i128, hi: i128, v: &Value| -> Result<i128, bool> {
        let i = int(v)?;
        if i < lo || i > hi { Err(false) } else { Ok(i) }
    };
    let float = |v: &Value| -> Result<f64, bool> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            _ => Err(true),
        }
    };
    Ok(match code {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b.to_vec(),
            Some(Payload::Bytes(_)) => return Err(false),
            _ => return Err(true),
        },
        b'b' => (ranged(-128, 127, v)? as i8).to_ne_bytes().to_vec(),
        b'B' => vec![ranged(0, 255, v)? as u8],
        b'?' => match v {
            Value::Bool(b) => vec![u8::from(*b)],
            _ => return Err(true),
        },
        b'h' => (ranged(i128::from(i16::MIN), i128::from(i16::MAX), v)? as i16).to_ne_bytes().to_vec(),
        b'H' => (ranged(0, i128::from(u16::MAX), v)? as u16).to_ne_bytes().to_vec(),
        b'i' => (ranged(i128::from(i32::MIN), i128::from(i32::MAX), v)? as i32).to_ne_bytes().to_vec(),
        b'I' => (ranged(0, i128::from(u32::MAX), v)? as u32).to_ne_bytes().to_vec(),
        b'l' | b'q' | b'n' => (ranged(i128::from(i64::MIN), i128::from(i64::MAX), v)? as i64).to_ne_bytes().to_vec(),
        b'L' | b'Q' | b'N' | b'P' => (ranged(0, i128::from(u64::MAX), v)? as u64).to_ne_bytes().to_vec(),
        b'f' => (float(v)? as f32).to_ne_bytes().to_vec(),
        b'd' => float(v)?.to_ne_bytes().to_vec(),
        _ => return Err(true),
    })
}
