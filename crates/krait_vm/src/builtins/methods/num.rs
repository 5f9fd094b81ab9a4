//! The methods and attributes of `int`, `float` and `complex`, CPython's rounding
//! (`round(x, n)`, exact on the binary value), and complex parsing and repr.

use super::{Args, Kwargs, Table, bind_args, opt_index};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::int::{from_big, is_int, to_big, to_f64};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub const INT_METHODS: Table = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("to_bytes", to_bytes),
    ("as_integer_ratio", int_ratio),
    ("conjugate", int_pos),
    ("is_integer", int_is_integer),
    ("__round__", int_round),
    ("__trunc__", int_pos),
    ("__floor__", int_pos),
    ("__ceil__", int_pos),
    ("__format__", num_format),
    ("__getnewargs__", getnewargs),
];

pub const INT_CLASS_METHODS: Table = &[("from_bytes", from_bytes)];

pub const INT_ATTRS: Table = &[("real", int_pos), ("imag", int_zero), ("numerator", int_pos), ("denominator", int_one)];

pub const FLOAT_METHODS: Table = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_ratio),
    ("hex", float_hex),
    ("conjugate", float_self),
    ("__round__", float_round),
    ("__trunc__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__format__", num_format),
    ("__getnewargs__", getnewargs),
];

pub const FLOAT_CLASS_METHODS: Table = &[("fromhex", fromhex), ("__getformat__", getformat), ("from_number", float_from_number)];

/// `float.__getformat__(typestr)`.
fn getformat(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    match args.get(1).and_then(|v| v.as_str()) {
        Some("double" | "float") => Ok(Value::str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" })),
        Some(_) => Err(vm.error("ValueError", "__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            args.get(1).map_or("NoneType".to_string(), |v| vm.type_name(v))
        ))),
    }
}

/// `float.from_number(x)` (3.14): a real number as a float, never a string.
fn float_from_number(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(x) = args.get(1) else { return Err(vm.type_error("from_number() takes exactly one argument (0 given)")) };
    if x.as_str().is_some() || bytes_like_value(x) {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(x))));
    }
    let float_type = Value::Obj(vm.types.float.clone());
    let f = crate::builtins::construct_builtin(vm, &float_type, crate::objects::types::Kind::Float, smallvec::smallvec![x.clone()], vec![])?;
    match args.first() {
        Some(cls) if !cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.float)) => vm.call(cls.clone(), vec![f], vec![]),
        _ => Ok(f),
    }
}

fn bytes_like_value(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
}

pub const FLOAT_ATTRS: Table = &[("real", float_self), ("imag", float_zero)];

pub const COMPLEX_METHODS: Table = &[("conjugate", complex_conjugate), ("__format__", num_format), ("__getnewargs__", complex_getnewargs)];

pub const COMPLEX_ATTRS: Table = &[("real", complex_real), ("imag", complex_imag)];

fn recv(args: &[Value]) -> Value {
    crate::builtins::slots::unwrap_native(&args[0])
}

fn recv_big(args: &[Value]) -> BigInt {
    to_big(&recv(args)).unwrap_or_default()
}

fn recv_f64(args: &[Value]) -> f64 {
    to_f64(&recv(args)).unwrap_or(0.0)
}

fn plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        _ => v.clone(),
    }
}

fn int_pos(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(plain_int(&recv(&args)))
}

fn int_zero(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(0))
}

fn int_one(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(1))
}

fn int_is_integer(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(true))
}

fn int_ratio(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple([plain_int(&recv(&args)), Value::Int(1)]))
}

fn bit_length(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(recv_big(&args).abs().bits() as i64))
}

fn bit_count(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let b = recv_big(&args).abs();
    Ok(Value::Int(b.to_bytes_le().1.iter().map(|x| i64::from(x.count_ones())).sum()))
}

fn getnewargs(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple([plain_int(&recv(&args))]))
}

fn num_format(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "__format__", &args, &kwargs, &["format_spec"], 1)?;
    let spec = p[0].as_ref().and_then(|v| v.as_str()).unwrap_or("").to_string();
    Ok(Value::str(vm.format(&recv(&args), &spec)?))
}

fn byteorder(vm: &Vm, v: &Option<Value>) -> Result<bool, PyErr> {
    match v.as_ref().map(|v| v.as_str()) {
        None => Ok(false),
        Some(Some("big")) => Ok(false),
        Some(Some("little")) => Ok(true),
        Some(Some(_)) => Err(vm.error("ValueError", "byteorder must be either 'little' or 'big'")),
        Some(None) => Err(vm.type_error("to_bytes() argument 'byteorder' must be str")),
    }
}

fn to_bytes(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "to_bytes", &args, &kwargs, &["length", "byteorder", "*", "signed"], 0)?;
    let len = opt_index(vm, &p[0])?.unwrap_or(1);
    if len < 0 {
        return Err(vm.error("ValueError", "length argument must be non-negative"));
    }
    let little = byteorder(vm, &p[1])?;
    let signed = match &p[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = recv_big(&args);
    if n.is_negative() && !signed {
        return Err(vm.error("OverflowError", "can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    let len = len as usize;
    if bytes.len() > len {
        // A positive signed value may need its sign byte dropped only if it fits anyway.
        return Err(vm.error("OverflowError", "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::new_obj(Payload::Bytes(bytes.into_boxed_slice())))
}

fn from_bytes(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "from_bytes", &args, &kwargs, &["bytes", "byteorder", "*", "signed"], 1)?;
    let little = byteorder(vm, &p[1])?;
    let signed = match &p[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let src = p[0].clone().unwrap_or(Value::None);
    let mut bytes = super::bytes::bytes_of(vm, &src)?;
    if !little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let r = from_big(n);
    let cls = args[0].clone();
    if cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.int)) {
        return Ok(r);
    }
    vm.call(cls, vec![r], vec![])
}

fn ndigits(vm: &mut Vm, owner: &str, args: &[Value], kwargs: &Kwargs) -> Result<Option<i64>, PyErr> {
    let p = super::bind_positional(vm, owner, "__round__", args, kwargs, 1, 0)?;
    opt_index(vm, &p[0])
}

/// `round(n, ndigits)` for an int: half to even at the given (negative) decimal place.
fn int_round(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let nd = ndigits(vm, "int", &args, &kwargs)?;
    let n = recv_big(&args);
    match nd {
        Some(d) if d < 0 => {
            let Some(k) = u32::try_from(-d).ok() else { return Ok(Value::Int(0)) };
            let m = num_traits::pow::Pow::pow(BigInt::from(10), k);
            Ok(from_big(round_div_even(&n, &m) * m))
        }
        _ => Ok(from_big(n)),
    }
}

/// `a / b` rounded half to even (b > 0).
fn round_div_even(a: &BigInt, b: &BigInt) -> BigInt {
    let (q, r) = a.div_mod_floor(b);
    let twice: BigInt = &r * 2;
    match twice.cmp(b) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// The exact value of a finite float as `m * 2**e`.
fn decompose(f: f64) -> (BigInt, i64) {
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    (BigInt::from(m) * sign, e)
}

/// CPython's `round(f, n)`: the decimal rounding (half to even) of the exact binary value.
pub fn round_float(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 330 {
        return f;
    }
    if n < -330 {
        return 0.0f64.copysign(f);
    }
    let (m, e) = decompose(f);
    let ten = BigInt::from(10);
    let (mut num, mut den) = (m, BigInt::one());
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if n >= 0 {
        num *= num_traits::pow::Pow::pow(&ten, n as u32);
    } else {
        den *= num_traits::pow::Pow::pow(&ten, (-n) as u32);
    }
    let q = round_div_even(&num, &den);
    let text = format!("{q}e{}", -n);
    let r: f64 = text.parse().unwrap_or(f);
    if r == 0.0 { 0.0f64.copysign(f) } else { r }
}

fn float_round(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let nd = ndigits(vm, "float", &args, &kwargs)?;
    let f = recv_f64(&args);
    match nd {
        None => {
            let r = f.round_ties_even();
            if r.is_nan() {
                return Err(vm.error("ValueError", "cannot convert float NaN to integer"));
            }
            if r.is_infinite() {
                return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
            }
            Ok(float_to_int(r))
        }
        Some(n) => Ok(Value::float(round_float(f, n))),
    }
}

/// An integral float as an int.
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        return Value::Int(f as i64);
    }
    let (m, e) = decompose(f);
    from_big(if e >= 0 { m << e as usize } else { m >> (-e) as usize })
}

fn int_of_float(vm: &Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.error("ValueError", "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
    }
    Ok(float_to_int(f))
}

fn float_trunc(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    int_of_float(vm, recv_f64(&args).trunc())
}

fn float_floor(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    int_of_float(vm, recv_f64(&args).floor())
}

fn float_ceil(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    int_of_float(vm, recv_f64(&args).ceil())
}

fn float_self(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Float(recv_f64(&args)))
}

fn float_zero(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Float(0.0))
}

fn float_is_integer(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let f = recv_f64(&args);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_ratio(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let f = recv_f64(&args);
    if f.is_nan() {
        return Err(vm.error("ValueError", "cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = decompose(f);
    if m.is_zero() {
        return Ok(new_tuple([Value::Int(0), Value::Int(1)]));
    }
    while e < 0 && m.is_even() {
        m >>= 1;
        e += 1;
    }
    Ok(if e >= 0 {
        new_tuple([from_big(m << e as usize), Value::Int(1)])
    } else {
        new_tuple([from_big(m), from_big(BigInt::one() << (-e) as usize)])
    })
}

/// `float.hex()`.
pub fn hex_of(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{}{e}", if e >= 0 { "+" } else { "" })
}

fn float_hex(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(hex_of(recv_f64(&args))))
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = lower.strip_prefix("0x").unwrap_or(&lower);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().ok()?),
                None => (body, 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
            if ip.is_empty() && fp.is_empty() {
                return None;
            }
            let mut m = BigInt::zero();
            for c in ip.chars().chain(fp.chars()) {
                m = m * 16 + c.to_digit(16)?;
            }
            let e = exp - 4 * fp.len() as i64;
            big_times_pow2(&m, e)
        }
    };
    Some(if neg { -v } else { v })
}

/// `m * 2**e` correctly rounded to a float.
fn big_times_pow2(m: &BigInt, e: i64) -> f64 {
    if m.is_zero() {
        return 0.0;
    }
    // Keep 64 significant bits plus a sticky bit, then let the float conversion round.
    let bits = m.bits() as i64;
    let shift = bits - 64;
    let (top, e) = if shift > 0 {
        let mask: BigInt = (BigInt::one() << shift as usize) - 1;
        let sticky = !(m & mask).is_zero();
        ((m >> shift as usize) | BigInt::from(u8::from(sticky)), e + shift)
    } else {
        (m.clone(), e)
    };
    let Some(t) = top.to_u64() else { return f64::INFINITY };
    // Scale in two steps so that subnormal results round once.
    let lead = 63 - i64::from(t.leading_zeros());
    let total = lead + e;
    if total > 1023 {
        return f64::INFINITY;
    }
    if total < -1075 {
        return 0.0;
    }
    if total < -1022 {
        // Subnormal: round the integer to the 2**-1074 grid by hand.
        let sh = -1074 - e;
        if sh <= 0 {
            // Exact: scale to the 2**-1074 grid, then by the smallest subnormal.
            return t as f64 * 2f64.powi((e + 1074) as i32) * f64::from_bits(1);
        }
        if sh >= 64 {
            return 0.0;
        }
        let sh = sh as u32;
        let q = t >> sh;
        let rem = t & ((1u64 << sh) - 1);
        let half = 1u64 << (sh - 1).min(63);
        let q = if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q };
        return q as f64 * f64::from_bits(1);
    }
    let f = t as f64;
    f * 2f64.powi(e as i32)
}

fn fromhex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = super::arg_after_receiver(vm, "float.fromhex", &args, &kwargs)?.as_str().unwrap_or("").to_string();
    match parse_hex_float(&s) {
        Some(f) => {
            let cls = args[0].clone();
            if cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.float)) {
                return Ok(Value::float(f));
            }
            vm.call(cls, vec![Value::float(f)], vec![])
        }
        None => Err(vm.error("ValueError", "invalid hexadecimal floating-point string")),
    }
}

// ---- complex ----

/// The (real, imag) parts of a complex value.
pub fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex { re, im }) => Some((*re, *im)),
        _ => None,
    }
}

/// A number as a complex (ints, floats, complexes).
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    if let Some(c) = complex_parts(v) {
        return Some(c);
    }
    if is_int(v) || matches!(v, Value::Float(_)) {
        return to_f64(v).map(|f| (f, 0.0));
    }
    None
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::new_obj(Payload::Complex { re, im })
}

fn complex_real(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::float(complex_parts(&recv(&args)).map_or(0.0, |c| c.0)))
}

fn complex_imag(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::float(complex_parts(&recv(&args)).map_or(0.0, |c| c.1)))
}

fn complex_conjugate(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (re, im) = complex_parts(&recv(&args)).unwrap_or((0.0, 0.0));
    Ok(new_complex(re, -im))
}

fn complex_getnewargs(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (re, im) = complex_parts(&recv(&args)).unwrap_or((0.0, 0.0));
    Ok(new_tuple([Value::float(re), Value::float(im)]))
}

fn part_repr(f: f64) -> String {
    let r = krait_syntax::ast::repr::float_repr(f);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let ims = part_repr(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{ims}j");
    }
    let sign = if im.is_nan() || im.is_sign_positive() { "+" } else { "" };
    format!("({}{sign}{ims}j)", part_repr(re))
}

fn parse_float_text(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => Some(f64::NAN),
        t if t.is_empty() || t.starts_with(['+', '-']) => None,
        _ => {
            if s.contains("__") || s.starts_with('_') || s.ends_with('_') {
                return None;
            }
            s.replace('_', "").parse::<f64>().ok()
        }
    }
}

/// Parses `complex('1+2j')`.
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let mut t = text.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_float_text(t).map(|f| (f, 0.0));
    };
    // Find the split between real and imaginary parts: the last sign not after an 'e'.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_float_text(s),
        }
    };
    match split {
        Some(i) => Some((parse_float_text(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

/// `complex(real=0, imag=0)` and `complex(str)`.
pub fn construct_complex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut full = vec![Value::None];
    full.extend(args);
    let p = bind_args(vm, "complex", &full, &kwargs, &["real", "imag"], 0)?;
    let part = |vm: &mut Vm, v: &Value, which: &str| -> Result<(f64, f64), PyErr> {
        if let Some(c) = as_complex(v) {
            return Ok(c);
        }
        if let Some(r) = vm.call_dunder(v, "__complex__", vec![]) {
            let r = r?;
            return complex_parts(&r).ok_or_else(|| vm.type_error("__complex__ returned non-complex"));
        }
        if let Some(r) = vm.call_dunder(v, "__float__", vec![]) {
            let r = r?;
            return Ok((to_f64(&r).unwrap_or(0.0), 0.0));
        }
        if let Some(r) = vm.index_int(v)? {
            return Ok((to_f64(&r).unwrap_or(0.0), 0.0));
        }
        Err(vm.type_error(format!("complex() argument '{which}' must be a real number, not {}", vm.type_name(v))))
    };
    let (re, im) = match (&p[0], &p[1]) {
        (Some(v), None) if v.as_str().is_some() => {
            let s = v.as_str().unwrap_or("");
            return match parse_complex(s) {
                Some((a, b)) => Ok(new_complex(a, b)),
                None => Err(vm.error("ValueError", "complex() arg is a malformed string")),
            };
        }
        (Some(v), Some(_)) if v.as_str().is_some() => {
            return Err(vm.type_error("complex() argument 'real' must be a real number, not str"));
        }
        (_, Some(w)) if w.as_str().is_some() => {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        (a, b) => {
            let (ar, ai) = match a {
                Some(v) => part(vm, v, "real")?,
                None => (0.0, 0.0),
            };
            let a_complex = a.as_ref().is_some_and(|v| complex_parts(v).is_some());
            match b {
                // As CPython: the parts combine only where an argument is complex, so the
                // signs of zeros survive (complex(-0.0, -0.0)).
                Some(v) => {
                    let b_complex = complex_parts(v).is_some();
                    let (br, bi) = part(vm, v, "imag")?;
                    let re = if b_complex { ar - bi } else { ar };
                    let im = if a_complex { ai + br } else { br };
                    (re, im)
                }
                None => (ar, ai),
            }
        }
    };
    Ok(new_complex(re, im))
}

/// Complex arithmetic for BINARY_OP `op` when either side is complex.
pub fn complex_binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
    if complex_parts(a).is_none() && complex_parts(b).is_none() {
        return Ok(None);
    }
    let (Some((ar, ai)), Some((br, bi))) = (as_complex(a), as_complex(b)) else { return Ok(None) };
    let (re, im) = match op {
        0 => (ar + br, ai + bi),
        10 => (ar - br, ai - bi),
        5 => (ar * br - ai * bi, ar * bi + ai * br),
        11 => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.error("ZeroDivisionError", "division by zero"));
            }
            complex_div(ar, ai, br, bi)
        }
        8 => {
            if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.error("ZeroDivisionError", "zero to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
                // Repeated multiplication for small integral exponents, as CPython.
                let n = br.abs() as u32;
                let (mut rr, mut ri) = (1.0, 0.0);
                let (mut xr, mut xi) = (ar, ai);
                let mut k = n;
                while k > 0 {
                    if k & 1 == 1 {
                        let t = rr * xr - ri * xi;
                        ri = rr * xi + ri * xr;
                        rr = t;
                    }
                    let t = xr * xr - xi * xi;
                    xi *= 2.0 * xr;
                    xr = t;
                    k >>= 1;
                }
                if br < 0.0 { complex_div(1.0, 0.0, rr, ri) } else { (rr, ri) }
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        2 | 6 => {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op == 2 { "//" } else { "%" },
                vm.type_name(a),
                vm.type_name(b)
            )));
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(re, im)))
}

fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    // Smith's algorithm.
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// `hash(complex)` as CPython: hash(real) + 1000003 * hash(imag).
pub fn complex_hash(re: f64, im: f64) -> u64 {
    let h = |f: f64| crate::objects::dict::hash_key(&Value::Float(f)).unwrap_or(0);
    h(re).wrapping_add(h(im).wrapping_mul(1_000_003))
}
