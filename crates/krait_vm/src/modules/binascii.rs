//! `binascii`: conversions between binary data and ASCII (hex, base64, uuencode) and the
//! CRC-32 / CRC-CCITT checksums, with CPython's argument handling and messages. Decoders
//! take bytes-like objects or ASCII `str`; errors are `binascii.Error` (a `ValueError`);
//! `binascii.Incomplete` exists for compatibility and is never raised.

use super::util::{bind, exactly_one, index_arg};
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::heap::Payload;
use crate::interp::types::new_class;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

thread_local! {
    static CLASSES: RefCell<Option<(ObjRef, ObjRef)>> = const { RefCell::new(None) };
}

/// `(Error, Incomplete)`, made once per thread.
fn classes(vm: &Vm) -> (ObjRef, ObjRef) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let make = |name: &str, base: ObjRef| {
        let cls = new_class(name, vec![base.clone()], None).unwrap_or(base);
        if let Payload::Type(t) = &cls.payload {
            t.dict_mut().set_str("__module__", Value::str("binascii"));
        }
        cls
    };
    let error = make("Error", vm.types.exception("ValueError"));
    let incomplete = make("Incomplete", vm.types.exception("Exception"));
    CLASSES.with(|c| *c.borrow_mut() = Some((error.clone(), incomplete.clone())));
    (error, incomplete)
}

fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let (cls, _) = classes(vm);
    PyErr(crate::interp::exceptions::new_exception(cls, vec![Value::str(msg.into())]))
}

/// The `binascii` module.
pub fn make(vm: &mut Vm) -> Value {
    let (error, incomplete) = classes(vm);
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("hexlify", b2a_hex),
        ("b2a_hex", b2a_hex),
        ("unhexlify", a2b_hex),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
    ];
    let mut items: Vec<(&'static str, Value)> = vec![
        ("Error", Value::Obj(error)),
        ("Incomplete", Value::Obj(incomplete)),
        ("__doc__", Value::str("Conversion between binary data and ASCII")),
    ];
    for (n, f) in fns {
        items.push((n, builtin(n, *f)));
    }
    module("binascii", items)
}

/// A `Py_buffer` argument: the bytes of a bytes-like object.
fn buffer(vm: &Vm, v: &Value) -> Result<Vec<u8>, PyErr> {
    bytes_like(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// An `ascii_buffer` argument: bytes-like, or a `str` of ASCII characters.
fn ascii_buffer(vm: &Vm, v: &Value) -> Result<Vec<u8>, PyErr> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(vm.error("ValueError", "string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_like(v).ok_or_else(|| vm.type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", vm.type_name(v))))
}

/// Arguments `(data, /, *, flag=default)`: the data and the flag's truth value.
fn data_and_flag(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &Kwargs, flag: &str, default: bool) -> Result<(Value, bool), PyErr> {
    let [data] = args else {
        return Err(vm.type_error(format!("{fname}() takes exactly 1 positional argument ({} given)", args.len())));
    };
    let mut value = default;
    for (k, v) in kwargs {
        if k != flag {
            return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
        }
        value = vm.truthy(v)?;
    }
    Ok((data.clone(), value))
}

/// An `unsigned_int(bitwise=True)` argument: any integer, reduced modulo 2**32.
fn bitwise_u32(vm: &mut Vm, v: &Value) -> Result<u32, PyErr> {
    let b = index_arg(vm, v)?;
    Ok((b & BigInt::from(u32::MAX)).to_u32().unwrap_or(0))
}

fn b2a_hex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind(vm, "b2a_hex", &args, &kwargs, &["data", "sep", "bytes_per_sep"], 1)?;
    let data = p[0].as_ref().map(|d| buffer(vm, d)).transpose()?.unwrap_or_default();
    let digits: Vec<u8> = data.iter().flat_map(|b| format!("{b:02x}").into_bytes()).collect();
    let Some(sep) = &p[1] else { return Ok(new_bytes(digits, false)) };
    let sep = match sep.as_str() {
        Some(s) => s.chars().map(|c| c as u32).collect::<Vec<u32>>(),
        None => match bytes_like(sep) {
            Some(b) => b.into_iter().map(u32::from).collect(),
            None => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(sep)))),
        },
    };
    let per = match &p[2] {
        Some(v) => index_arg(vm, v)?.to_i64().ok_or_else(|| vm.error("OverflowError", "Python int too large to convert to C int"))?,
        None => 1,
    };
    let [sep] = sep.as_slice() else { return Err(vm.error("ValueError", "sep must be length 1.")) };
    let Ok(sep) = u8::try_from(*sep) else { return Err(vm.error("ValueError", "sep must be ASCII.")) };
    if data.is_empty() || per == 0 {
        return Ok(new_bytes(digits, false));
    }
    let n = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX).min(data.len());
    // Groups of `n` bytes (two digits each), counted from the right when `per` > 0.
    let first = if per > 0 { data.len() % n } else { 0 };
    let mut out = Vec::with_capacity(digits.len() * 2);
    for (i, pair) in digits.chunks(2).enumerate() {
        if i > 0 && (i + n - first) % n == 0 {
            out.push(sep);
        }
        out.extend_from_slice(pair);
    }
    Ok(new_bytes(out, false))
}

fn a2b_hex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "binascii.a2b_hex", &args, &kwargs)?;
    let s = ascii_buffer(vm, &args[0])?;
    if s.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        let digit = |c: u8| char::from(c).to_digit(16);
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out, false))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn b2a_base64(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (data, newline) = data_and_flag(vm, "b2a_base64", &args, &kwargs, "newline", true)?;
    let data = buffer(vm, &data)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out, false))
}

fn a2b_base64(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (data, strict) = data_and_flag(vm, "a2b_base64", &args, &kwargs, "strict_mode", false)?;
    let data = ascii_buffer(vm, &data)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad, mut left, mut pads) = (0u8, 0u8, 0usize);
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            pads += 1;
            if quad >= 2 && usize::from(quad) + pads <= 4 {
                continue;
            }
            if !strict {
                continue;
            }
            if quad == 1 {
                break;
            }
            return Err(error(vm, if quad == 0 && i == 0 { "Leading padding not allowed" } else { "Excess padding not allowed" }));
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if pads > 0 && strict {
            return Err(error(vm, if usize::from(quad) + pads == 4 { "Excess data after padding" } else { "Discontinuous padding not allowed" }));
        }
        pads = 0;
        match quad {
            0 => left = v,
            1 => {
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => out.push((left << 6) | v),
        }
        quad = (quad + 1) % 4;
    }
    if quad == 1 {
        return Err(error(
            vm,
            format!("Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4", out.len() / 3 * 4 + 1),
        ));
    }
    if quad != 0 && usize::from(quad) + pads < 4 {
        return Err(error(vm, "Incorrect padding"));
    }
    Ok(new_bytes(out, false))
}

fn b2a_uu(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (data, backtick) = data_and_flag(vm, "b2a_uu", &args, &kwargs, "backtick", false)?;
    let data = buffer(vm, &data)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut out = vec![enc(data.len() as u8)];
    for chunk in data.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            out.push(enc(((n >> (18 - 6 * k)) & 63) as u8));
        }
    }
    out.push(b'\n');
    Ok(new_bytes(out, false))
}

fn a2b_uu(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "binascii.a2b_uu", &args, &kwargs)?;
    let data = ascii_buffer(vm, &args[0])?;
    // An empty line reads its length byte as NUL, as CPython does (32 bytes).
    let len_byte = data.first().copied().unwrap_or(0);
    let mut want = usize::from(len_byte.wrapping_sub(b' ') & 0o77);
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    while want > 0 {
        let v = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err(error(vm, "Illegal char")),
            Some(&c) => (c - b' ') & 0o77,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    if rest.any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error(vm, "Trailing garbage"));
    }
    Ok(new_bytes(out, false))
}

/// The table of the reflected CRC-32 (polynomial 0xEDB88320), as zlib computes it.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-32 of `data` continuing from `crc` (zlib's `crc32`).
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC32_TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "crc32", &args, &kwargs, 1, 2)?;
    let data = buffer(vm, &args[0])?;
    let crc = match args.get(1) {
        Some(v) => bitwise_u32(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(i64::from(crc32_update(crc, &data))))
}

fn crc_hqx(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "crc_hqx", &args, &kwargs, 2, 2)?;
    let data = buffer(vm, &args[0])?;
    let mut crc = bitwise_u32(vm, &args[1])? & 0xffff;
    for &b in &data {
        crc ^= u32::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xffff;
    }
    Ok(Value::Int(i64::from(crc)))
}
