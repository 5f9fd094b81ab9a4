//! `_struct`: packing values to bytes and back by a format string — byte orders `@ = < > !`
//! (native `@` with C alignment and sizes of a 64-bit Linux build, the others standard
//! sizes without alignment), codes `x c b B ? h H i I l L q Q n N e f d F D s p P` with
//! repeat counts. `pack`, `pack_into`, `unpack`, `unpack_from`, `iter_unpack`, `calcsize`
//! and the `Struct` class; errors are `struct.error` with CPython's messages (range errors
//! name the code and its limits).

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::types::new_class;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::int::{from_big, to_big};
use crate::objects::native;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

/// One code of a parsed format: `count` items (or the length of an `s`/`p` field).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
struct Layout {
    items: Vec<Item>,
    little: bool,
    size: usize,
    /// The number of values `pack` takes and `unpack` gives.
    len: usize,
}

thread_local! {
    static CLASSES: RefCell<Option<(ObjRef, ObjRef)>> = const { RefCell::new(None) };
}

fn classes(vm: &mut Vm) -> (ObjRef, ObjRef) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let base = vm.types.exception("Exception");
    let error = new_class("error", vec![base.clone()], None).unwrap_or(base);
    if let Payload::Type(t) = &error.payload {
        t.dict_mut().set_str("__module__", Value::str("struct"));
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
        ("__repr__", s_repr),
    ];
    let st = native::new_type("Struct", "_struct", &vm.types.object, methods, &[], Some(s_new));
    if let Payload::Type(t) = &st.payload {
        for (name, f) in [("format", s_format as BuiltinFn), ("size", s_size)] {
            t.dict_mut().set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    }
    CLASSES.with(|c| *c.borrow_mut() = Some((error.clone(), st.clone())));
    (error, st)
}

/// The `_struct` module.
pub fn make(vm: &mut Vm) -> Value {
    let (error, st) = classes(vm);
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
        ("_clearcache", clearcache),
    ];
    let mut items: Vec<(&'static str, Value)> = vec![
        ("error", Value::Obj(error)),
        ("Struct", Value::Obj(st)),
        ("__doc__", Value::str("Functions to convert between Python values and C structs.")),
    ];
    for (n, f) in fns {
        items.push((n, builtin(n, *f)));
    }
    module("_struct", items)
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let (cls, _) = classes(vm);
    PyErr(crate::interp::exceptions::new_exception(cls, vec![Value::str(msg.into())]))
}

/// (size, alignment) of a code; None when the code is unknown for this mode.
fn code_size(code: u8, native: bool) -> Option<(usize, usize)> {
    let s = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' | b'F' => 8,
        b'D' => 16,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = match code {
        b'F' => 4,
        b'D' => 8,
        _ => s,
    };
    Some((s, align))
}

fn parse(vm: &mut Vm, fmt: &[u8]) -> Result<Layout, PyErr> {
    let (native, little, rest) = match fmt.first() {
        Some(b'@') => (true, cfg!(target_endian = "little"), &fmt[1..]),
        Some(b'=') => (false, cfg!(target_endian = "little"), &fmt[1..]),
        Some(b'<') => (false, true, &fmt[1..]),
        Some(b'>' | b'!') => (false, false, &fmt[1..]),
        _ => (true, cfg!(target_endian = "little"), fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < rest.len() && rest[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add(usize::from(rest[i] - b'0'))).ok_or_else(|| error(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= rest.len() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
            c = rest[i];
            count = n;
        }
        i += 1;
        let Some((sz, align)) = code_size(c, native) else { return Err(error(vm, "bad char in struct format")) };
        if native && align > 1 {
            size = size.div_ceil(align) * align;
        }
        let total = if matches!(c, b's' | b'p') { count } else { sz.checked_mul(count).ok_or_else(|| error(vm, "total struct size too long"))? };
        items.push(Item { code: c, count, offset: size, size: sz });
        size = size.checked_add(total).filter(|s| *s <= isize::MAX as usize).ok_or_else(|| error(vm, "total struct size too long"))?;
        len += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout { items, little, size, len })
}

fn format_bytes(vm: &mut Vm, v: &Value) -> Result<Vec<u8>, PyErr> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.to_vec());
    }
    Err(vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(v))))
}

fn int_value(vm: &mut Vm, v: &Value) -> Result<BigInt, PyErr> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if matches!(v.payload(), Some(Payload::Instance(_))) && vm.getattr_opt(&Value::Obj(vm.types.type_of(v)), "__index__")?.is_some() {
        return super::util::index_arg(vm, v);
    }
    Err(error(vm, "required argument is not an integer"))
}

fn float_value(vm: &mut Vm, v: &Value) -> Result<f64, PyErr> {
    match super::util::float_arg(vm, v) {
        Ok(f) => Ok(crate::value::canonical_nan(f)),
        Err(e) if vm.is_instance_of(&e.0, "TypeError") => Err(error(vm, "required argument is not a float")),
        Err(e) => Err(e),
    }
}

/// Limits of an integer code of `size` bytes.
fn limits(code: u8, size: usize) -> (BigInt, BigInt) {
    let bits = size * 8;
    if code.is_ascii_uppercase() {
        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
    } else {
        (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
    }
}

fn put(out: &mut [u8], bytes: &[u8], little: bool) {
    if little {
        out.copy_from_slice(bytes);
    } else {
        for (o, b) in out.iter_mut().zip(bytes.iter().rev()) {
            *o = *b;
        }
    }
}

fn get(data: &[u8], little: bool) -> Vec<u8> {
    if little { data.to_vec() } else { data.iter().rev().copied().collect() }
}

fn pack_one(vm: &mut Vm, it: &Item, v: &Value, out: &mut [u8], little: bool) -> Result<(), PyErr> {
    match it.code {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => out[0] = b[0],
            Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => out[0] = b.borrow()[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = u8::from(vm.truthy(v)?),
        b'e' => {
            let x = float_value(vm, v)?;
            let h = f64_to_half(x).ok_or_else(|| vm.error("OverflowError", "float too large to pack with e format"))?;
            put(out, &h.to_le_bytes(), little);
        }
        b'f' => {
            let x = float_value(vm, v)?;
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(vm.error("OverflowError", "float too large to pack with f format"));
            }
            put(out, &f.to_le_bytes(), little);
        }
        b'd' => {
            let x = float_value(vm, v)?;
            put(out, &x.to_le_bytes(), little);
        }
        b'F' | b'D' => {
            let (re, im) = match v.payload() {
                Some(Payload::Complex { re, im }) => (crate::value::canonical_nan(*re), crate::value::canonical_nan(*im)),
                _ => match super::util::float_arg(vm, v) {
                    Ok(f) => (crate::value::canonical_nan(f), 0.0),
                    Err(_) => return Err(error(vm, "required argument is not a complex")),
                },
            };
            let half = it.size / 2;
            if it.code == b'F' {
                put(&mut out[..half], &(re as f32).to_le_bytes(), little);
                put(&mut out[half..], &(im as f32).to_le_bytes(), little);
            } else {
                put(&mut out[..half], &re.to_le_bytes(), little);
                put(&mut out[half..], &im.to_le_bytes(), little);
            }
        }
        _ => {
            let n = int_value(vm, v)?;
            let (lo, hi) = limits(it.code, it.size);
            if n < lo || n > hi {
                let c = char::from(it.code);
                return Err(error(
                    vm,
                    if it.code.is_ascii_uppercase() { format!("'{c}' format requires 0 <= number <= {hi}") } else { format!("'{c}' format requires {lo} <= number <= {hi}") },
                ));
            }
            let mut bytes = n.to_signed_bytes_le();
            let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
            bytes.resize(it.size.max(bytes.len()), fill);
            put(out, &bytes[..it.size], little);
        }
    }
    Ok(())
}

fn pack_to(vm: &mut Vm, lay: &Layout, vals: &[Value], buf: &mut [u8]) -> Result<(), PyErr> {
    let mut vi = 0;
    for it in &lay.items {
        match it.code {
            b'x' => buf[it.offset..it.offset + it.count].fill(0),
            b's' | b'p' => {
                let v = &vals[vi];
                vi += 1;
                let Some(data) = (match v.payload() {
                    Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes_like(v),
                    _ => None,
                }) else {
                    return Err(error(vm, format!("argument for '{}' must be a bytes object", char::from(it.code))));
                };
                let field = &mut buf[it.offset..it.offset + it.count];
                field.fill(0);
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n as u8;
                }
            }
            _ => {
                for k in 0..it.count {
                    let v = vals[vi].clone();
                    vi += 1;
                    let at = it.offset + k * it.size;
                    pack_one(vm, it, &v, &mut buf[at..at + it.size], lay.little)?;
                }
            }
        }
    }
    Ok(())
}

fn unpack_at(lay: &Layout, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(lay.len);
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' => out.push(new_bytes(data[it.offset..it.offset + it.count].to_vec(), false)),
            b'p' => {
                let field = &data[it.offset..it.offset + it.count];
                let n = field.first().map_or(0, |n| usize::from(*n)).min(it.count.saturating_sub(1));
                out.push(new_bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec(), false));
            }
            _ => {
                for k in 0..it.count {
                    let at = it.offset + k * it.size;
                    out.push(unpack_one(it, &data[at..at + it.size], lay.little));
                }
            }
        }
    }
    out
}

fn unpack_one(it: &Item, raw: &[u8], little: bool) -> Value {
    let b = get(raw, little);
    let f32_of = |b: &[u8]| f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let f64_of = |b: &[u8]| f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
    match it.code {
        b'c' => new_bytes(vec![raw[0]], false),
        b'?' => Value::Bool(raw[0] != 0),
        b'e' => Value::float(half_to_f64(u16::from_le_bytes([b[0], b[1]]))),
        b'f' => Value::float(f64::from(f32_of(&b))),
        b'd' => Value::float(f64_of(&b)),
        b'F' => {
            let (lo, hi) = (get(&raw[..4], little), get(&raw[4..], little));
            crate::builtins::methods::new_complex(f64::from(f32_of(&lo)), f64::from(f32_of(&hi)))
        }
        b'D' => {
            let (lo, hi) = (get(&raw[..8], little), get(&raw[8..], little));
            crate::builtins::methods::new_complex(f64_of(&lo), f64_of(&hi))
        }
        c => {
            let n = if c.is_ascii_uppercase() { BigInt::from_bytes_le(num_bigint::Sign::Plus, &b) } else { BigInt::from_signed_bytes_le(&b) };
            match n.to_i64() {
                Some(i) => Value::Int(i),
                None => from_big(n),
            }
        }
    }
}

/// IEEE half precision, rounding half to even; None on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let (mut f, mut e) = super::util::frexp(a);
    f *= 2.0;
    e -= 1;
    if e >= 16 {
        return None;
    }
    if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f = super::util::ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | bits)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i64::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    if e == 0x1f {
        return if m == 0.0 { sign * f64::INFINITY } else { f64::NAN.copysign(sign) };
    }
    if e == 0 {
        return sign * super::util::ldexp(m, -24);
    }
    sign * super::util::ldexp(1.0 + m / 1024.0, e - 15)
}

/// The layout of a `Struct` instance or a format argument.
fn layout_of(vm: &mut Vm, fmt: &Value) -> Result<(Layout, Value), PyErr> {
    if let Some(r) = native::with_state::<(Vec<u8>, Value), _>(fmt, |(f, s)| (f.clone(), s.clone())) {
        return Ok((parse(vm, &r.0)?, r.1));
    }
    let f = format_bytes(vm, fmt)?;
    Ok((parse(vm, &f)?, fmt.clone()))
}

fn do_pack(vm: &mut Vm, lay: &Layout, vals: &[Value]) -> PyResult {
    if vals.len() != lay.len {
        return Err(error(vm, format!("pack expected {} items for packing (got {})", lay.len, vals.len())));
    }
    let mut buf = super::util::vec_with_capacity(vm, lay.size)?;
    buf.resize(lay.size, 0u8);
    pack_to(vm, lay, vals, &mut buf)?;
    Ok(new_bytes(buf, false))
}

fn buffer(vm: &mut Vm, v: &Value) -> Result<Vec<u8>, PyErr> {
    bytes_like(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn do_unpack(vm: &mut Vm, lay: &Layout, buf: &Value) -> PyResult {
    let data = buffer(vm, buf)?;
    if data.len() != lay.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", lay.size)));
    }
    Ok(new_tuple(unpack_at(lay, &data)))
}

fn do_unpack_from(vm: &mut Vm, lay: &Layout, args: &[Value], kwargs: Kwargs) -> PyResult {
    let mut with_receiver = vec![Value::None];
    with_receiver.extend_from_slice(args);
    let p = crate::builtins::methods::bind_args(vm, "unpack_from", &with_receiver, &kwargs, &["buffer", "offset"], 1)?;
    let buf = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &buf)?;
    let mut offset = match &p[1] {
        Some(o) => super::util::index_i64(vm, o)?,
        None => 0,
    };
    let len = data.len() as i64;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        if offset + (lay.size as i64) > 0 {
            return Err(error(vm, format!("not enough data to unpack {} bytes at offset {offset}", lay.size)));
        }
        offset += len;
    }
    if len - offset < lay.size as i64 {
        return Err(error(
            vm,
            format!("unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {offset} (actual buffer size is {len})", lay.size as i64 + offset, lay.size),
        ));
    }
    let o = offset as usize;
    Ok(new_tuple(unpack_at(lay, &data[o..o + lay.size])))
}

fn do_pack_into(vm: &mut Vm, lay: &Layout, args: &[Value]) -> PyResult {
    match args.len() {
        0 => return Err(error(vm, "pack_into expected buffer argument")),
        1 => return Err(error(vm, "pack_into expected offset argument")),
        n if n - 2 != lay.len => return Err(error(vm, format!("pack_into expected {} items for packing (got {})", lay.len, n - 2))),
        _ => {}
    }
    let target = crate::builtins::slots::unwrap_native(&args[0]);
    let Some(Payload::ByteArray(cell)) = target.payload() else {
        return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(&args[0]))));
    };
    let mut offset = super::util::index_i64(vm, &args[1])?;
    let mut buf = super::util::vec_with_capacity(vm, lay.size)?;
    buf.resize(lay.size, 0u8);
    pack_to(vm, lay, &args[2..], &mut buf)?;
    let len = cell.borrow().len() as i64;
    if offset < 0 {
        if offset + (lay.size as i64) > 0 {
            return Err(error(vm, format!("no space to pack {} bytes at offset {offset}", lay.size)));
        }
        if offset + len < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len;
    }
    if len - offset < lay.size as i64 {
        return Err(error(
            vm,
            format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {offset} (actual buffer size is {len})", lay.size as i64 + offset, lay.size),
        ));
    }
    let o = offset as usize;
    cell.borrow_mut()[o..o + lay.size].copy_from_slice(&buf);
    Ok(Value::None)
}

fn do_iter_unpack(vm: &mut Vm, lay: &Layout, buf: &Value) -> PyResult {
    if lay.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let data = buffer(vm, buf)?;
    if data.len() % lay.size != 0 {
        return Err(error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", lay.size)));
    }
    let items: Vec<Value> = data.chunks(lay.size).map(|c| new_tuple(unpack_at(lay, c))).collect();
    vm.get_iter(&new_list(items))
}

fn split_fmt(vm: &mut Vm, name: &str, args: &[Value]) -> Result<(Layout, Vec<Value>), PyErr> {
    let Some(fmt) = args.first() else { return Err(vm.type_error(format!("{name}() missing required argument 'format' (pos 1)"))) };
    let (lay, _) = layout_of(vm, fmt)?;
    Ok((lay, args[1..].to_vec()))
}

fn pack(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let (lay, rest) = split_fmt(vm, "pack", &args)?;
    do_pack(vm, &lay, &rest)
}

fn pack_into(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("pack_into expected at least 1 argument, got 0"));
    }
    let (lay, rest) = split_fmt(vm, "pack_into", &args)?;
    do_pack_into(vm, &lay, &rest)
}

fn unpack(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "unpack", &args, &kwargs, 2, 2)?;
    let (lay, rest) = split_fmt(vm, "unpack", &args)?;
    do_unpack(vm, &lay, &rest[0])
}

fn unpack_from(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (lay, rest) = split_fmt(vm, "unpack_from", &args)?;
    do_unpack_from(vm, &lay, &rest, kwargs)
}

fn iter_unpack(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "iter_unpack", &args, &kwargs, 2, 2)?;
    let (lay, rest) = split_fmt(vm, "iter_unpack", &args)?;
    do_iter_unpack(vm, &lay, &rest[0])
}

fn calcsize(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "calcsize", &args, &kwargs)?;
    let (lay, _) = layout_of(vm, &args[0])?;
    Ok(Value::Int(lay.size as i64))
}

fn clearcache(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn s_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let fmt = match args.get(1).cloned().or_else(|| super::util::take_kwarg(&mut kwargs, "format")) {
        Some(f) => f,
        None => return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)")),
    };
    let raw = format_bytes(vm, &fmt)?;
    parse(vm, &raw)?;
    let shown = match fmt.payload() {
        Some(Payload::Bytes(b)) => Value::str(String::from_utf8_lossy(b).into_owned()),
        _ => fmt,
    };
    let (_, cls) = classes(vm);
    let cls = args.first().and_then(Value::as_obj).cloned().unwrap_or(cls);
    Ok(native::wrap(&cls, (raw, shown)))
}

fn this_layout(vm: &mut Vm, args: &[Value]) -> Result<(Layout, Value), PyErr> {
    let Some(me) = args.first() else { return Err(vm.type_error("descriptor needs a 'Struct' object")) };
    if native::with_state::<(Vec<u8>, Value), _>(me, |_| ()).is_none() {
        return Err(vm.type_error("descriptor needs a 'Struct' object"));
    }
    layout_of(vm, me)
}

fn s_pack(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (lay, _) = this_layout(vm, &args)?;
    do_pack(vm, &lay, &args[1..])
}

fn s_pack_into(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (lay, _) = this_layout(vm, &args)?;
    do_pack_into(vm, &lay, &args[1..])
}

fn s_unpack(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (lay, _) = this_layout(vm, &args)?;
    super::util::positional(vm, "unpack", &args, &kwargs, 2, 2)?;
    do_unpack(vm, &lay, &args[1])
}

fn s_unpack_from(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (lay, _) = this_layout(vm, &args)?;
    do_unpack_from(vm, &lay, &args[1..], kwargs)
}

fn s_iter_unpack(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (lay, _) = this_layout(vm, &args)?;
    super::util::positional(vm, "iter_unpack", &args, &kwargs, 2, 2)?;
    do_iter_unpack(vm, &lay, &args[1])
}

fn s_format(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(this_layout(vm, &args)?.1)
}

fn s_size(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(this_layout(vm, &args)?.0.size as i64))
}

fn s_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, f) = this_layout(vm, &args)?;
    let r = vm.repr(&f)?;
    Ok(Value::str(format!("Struct({r})")))
}
