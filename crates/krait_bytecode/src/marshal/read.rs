//! The marshal reader: any version-5 stream of the object kinds code objects contain.

use std::rc::Rc;

use num_bigint::BigInt;

use super::{MarshalError, tag};
use crate::code::CodeObject;
use crate::constant::{Constant, PyStr};

/// Nesting limit, as CPython's `MAX_MARSHAL_STACK_DEPTH`.
const MAX_DEPTH: usize = 2000;

/// Reads one object from the start of `data`; returns it and the number of bytes used.
pub fn loads_prefix(data: &[u8]) -> Result<(Constant, usize), MarshalError> {
    let mut r = Reader {
        data,
        pos: 0,
        refs: Vec::new(),
        depth: 0,
    };
    let value = r.object()?;
    Ok((value, r.pos))
}

/// Reads one object; trailing bytes are ignored (as `marshal.loads` does).
pub fn loads(data: &[u8]) -> Result<Constant, MarshalError> {
    loads_prefix(data).map(|(v, _)| v)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Option<Constant>>,
    depth: usize,
}

fn bad(msg: &str) -> MarshalError {
    MarshalError(msg.to_string())
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], MarshalError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or_else(|| bad("marshal data too short"))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        Ok(self.bytes(1)?[0])
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn i32(&mut self) -> Result<i32, MarshalError> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn size(&mut self) -> Result<usize, MarshalError> {
        let n = self.i32()?;
        usize::try_from(n).map_err(|_| bad("bad marshal data (size out of range)"))
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    fn text_float(&mut self) -> Result<f64, MarshalError> {
        let n = usize::from(self.byte()?);
        let s = std::str::from_utf8(self.bytes(n)?).map_err(|_| bad("bad marshal data (float)"))?;
        let s = s.trim();
        match s {
            "inf" | "+inf" => Ok(f64::INFINITY),
            "-inf" => Ok(f64::NEG_INFINITY),
            "nan" | "+nan" | "-nan" => Ok(f64::NAN),
            _ => s.parse().map_err(|_| bad("bad marshal data (float)")),
        }
    }

    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn insert(&mut self, slot: Option<usize>, value: &Constant) {
        if let Some(i) = slot {
            self.refs[i] = Some(value.clone());
        }
    }

    fn object(&mut self) -> Result<Constant, MarshalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(bad("recursion limit exceeded"));
        }
        // Nesting is bounded by MAX_DEPTH; grow the stack rather than trust the caller's.
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.object_inner());
        self.depth -= 1;
        result
    }

    fn str_of(&mut self, n: usize, ascii: bool) -> Result<PyStr, MarshalError> {
        let b = self.bytes(n)?;
        if ascii {
            // Marshal's ASCII forms are decoded as Latin-1 (bytes < 128 in practice).
            return Ok(PyStr::Text(b.iter().map(|&c| char::from(c)).collect()));
        }
        PyStr::from_utf8_surrogatepass(b).ok_or_else(|| bad("bad marshal data (invalid UTF-8)"))
    }

    fn sequence(&mut self, n: usize) -> Result<Vec<Constant>, MarshalError> {
        let mut items = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            items.push(self.object()?);
        }
        Ok(items)
    }

    fn object_inner(&mut self) -> Result<Constant, MarshalError> {
        let code = self.byte()?;
        let flag = code & tag::FLAG_REF != 0;
        let t = code & !tag::FLAG_REF;
        let value = match t {
            tag::NONE => Constant::None,
            tag::ELLIPSIS => Constant::Ellipsis,
            tag::STOPITER => Constant::StopIteration,
            tag::FALSE => Constant::Bool(false),
            tag::TRUE => Constant::Bool(true),
            tag::INT => Constant::Int(BigInt::from(self.i32()?)),
            tag::INT64 => {
                let b = self.bytes(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                Constant::Int(BigInt::from(i64::from_le_bytes(a)))
            }
            tag::LONG => {
                let n = self.i32()?;
                let count = n.unsigned_abs() as usize;
                let mut digits = Vec::with_capacity(count.min(1 << 16));
                for _ in 0..count {
                    let b = self.bytes(2)?;
                    let d = u16::from_le_bytes([b[0], b[1]]);
                    if d >= 1 << 15 {
                        return Err(bad("bad marshal data (digit out of range in long)"));
                    }
                    digits.push(d);
                }
                if digits.last() == Some(&0) {
                    return Err(bad("bad marshal data (unnormalized long data)"));
                }
                let mut v = BigInt::from(0);
                for &d in digits.iter().rev() {
                    v = (v << 15u32) + BigInt::from(d);
                }
                if n < 0 {
                    v = -v;
                }
                Constant::Int(v)
            }
            tag::BINARY_FLOAT => Constant::Float(self.f64()?),
            tag::FLOAT => Constant::Float(self.text_float()?),
            tag::BINARY_COMPLEX => {
                let real = self.f64()?;
                Constant::Complex {
                    real,
                    imag: self.f64()?,
                }
            }
            tag::COMPLEX => {
                let real = self.text_float()?;
                Constant::Complex {
                    real,
                    imag: self.text_float()?,
                }
            }
            tag::STRING => {
                let n = self.size()?;
                Constant::Bytes(self.bytes(n)?.to_vec())
            }
            tag::UNICODE | tag::INTERNED => {
                let n = self.size()?;
                Constant::Str(self.str_of(n, false)?)
            }
            tag::ASCII | tag::ASCII_INTERNED => {
                let n = self.size()?;
                Constant::Str(self.str_of(n, true)?)
            }
            tag::SHORT_ASCII | tag::SHORT_ASCII_INTERNED => {
                let n = usize::from(self.byte()?);
                Constant::Str(self.str_of(n, true)?)
            }
            tag::SMALL_TUPLE | tag::TUPLE => {
                let n = if t == tag::SMALL_TUPLE {
                    usize::from(self.byte()?)
                } else {
                    self.size()?
                };
                let slot = self.reserve(flag);
                let v = Constant::Tuple(self.sequence(n)?);
                self.insert(slot, &v);
                return Ok(v);
            }
            tag::FROZENSET => {
                let n = self.size()?;
                let slot = self.reserve(flag);
                let v = Constant::FrozenSet(self.sequence(n)?);
                self.insert(slot, &v);
                return Ok(v);
            }
            tag::LIST | tag::SET => {
                let n = self.size()?;
                let slot = self.reserve(flag);
                let items = self.sequence(n)?;
                let v = if t == tag::LIST { Constant::List(items) } else { Constant::Set(items) };
                self.insert(slot, &v);
                return Ok(v);
            }
            tag::DICT => {
                let slot = self.reserve(flag);
                let mut pairs = Vec::new();
                loop {
                    if self.peek() == Some(tag::NULL) {
                        self.byte()?;
                        break;
                    }
                    let k = self.object()?;
                    let v = self.object()?;
                    pairs.push((k, v));
                }
                let v = Constant::Dict(pairs);
                self.insert(slot, &v);
                return Ok(v);
            }
            tag::SLICE => {
                let slot = self.reserve(flag);
                let start = self.object()?;
                let stop = self.object()?;
                let step = self.object()?;
                let v = Constant::Slice(Box::new([start, stop, step]));
                self.insert(slot, &v);
                return Ok(v);
            }
            tag::CODE => {
                let slot = self.reserve(flag);
                let code = self.code()?;
                let v = Constant::Code(Rc::new(code));
                self.insert(slot, &v);
                return Ok(v);
            }
            tag::REF => {
                let n = self.size()?;
                return match self.refs.get(n) {
                    Some(Some(v)) => Ok(v.clone()),
                    _ => Err(bad("bad marshal data (invalid reference)")),
                };
            }
            tag::NULL => return Err(bad("NULL object in marshal data for object")),
            _ => return Err(bad("bad marshal data (unknown type code)")),
        };
        if flag {
            self.refs.push(Some(value.clone()));
        }
        Ok(value)
    }

    fn code(&mut self) -> Result<CodeObject, MarshalError> {
        let argcount = self.u32_field()?;
        let posonlyargcount = self.u32_field()?;
        let kwonlyargcount = self.u32_field()?;
        let stacksize = self.u32_field()?;
        let flags = self.i32()? as u32;
        let code = self.bytes_field()?;
        let consts = match self.object()? {
            Constant::Tuple(items) => items,
            _ => return Err(bad("bad marshal data (co_consts is not a tuple)")),
        };
        let names = self.str_tuple()?;
        let localsplusnames = self.str_tuple()?;
        let localspluskinds = self.bytes_field()?;
        let filename = self.str_field()?;
        let name = self.str_field()?;
        let qualname = self.str_field()?;
        let firstlineno = self.i32()?;
        let linetable = self.bytes_field()?;
        let exceptiontable = self.bytes_field()?;
        if localspluskinds.len() != localsplusnames.len() {
            return Err(bad("bad marshal data (localsplus sizes differ)"));
        }
        Ok(CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        })
    }

    fn u32_field(&mut self) -> Result<u32, MarshalError> {
        u32::try_from(self.i32()?).map_err(|_| bad("bad marshal data (negative count)"))
    }

    fn bytes_field(&mut self) -> Result<Vec<u8>, MarshalError> {
        match self.object()? {
            Constant::Bytes(b) => Ok(b),
            _ => Err(bad("bad marshal data (expected bytes)")),
        }
    }

    fn str_field(&mut self) -> Result<PyStr, MarshalError> {
        match self.object()? {
            Constant::Str(s) => Ok(s),
            _ => Err(bad("bad marshal data (expected str)")),
        }
    }

    fn str_tuple(&mut self) -> Result<Vec<PyStr>, MarshalError> {
        match self.object()? {
            Constant::Tuple(items) => items
                .into_iter()
                .map(|c| match c {
                    Constant::Str(s) => Ok(s),
                    _ => Err(bad("bad marshal data (expected a tuple of str)")),
                })
                .collect(),
            _ => Err(bad("bad marshal data (expected a tuple)")),
        }
    }
}
