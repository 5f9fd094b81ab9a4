//! Python semantics for the flowgraph's constant folding: what CPython 3.14's
//! `eval_const_binop`, `eval_const_unaryop` and the `const_folding_safe_*` guards compute for
//! constant operands (`Python/flowgraph.c`), with the number, str, bytes and tuple behaviour of
//! `Objects/longobject.c`, `floatobject.c`, `complexobject.c`.
//!
//! Every function returns `None` exactly where CPython's folding gives up: the operation raises
//! (`TypeError`, `ZeroDivisionError`, `OverflowError`, `IndexError`, ...) or a size guard refuses
//! it (ints over 128 bits, strings over 4096 characters, tuples over 256 items or 1024 nested
//! items, `%` on str/bytes). Float results are bit-exact where CPython's are (IEEE arithmetic,
//! correctly rounded int-to-float and int true division); `**` uses the platform's `pow`,
//! `exp` and `log` (glibc's agree with the oracle's musl, both from ARM's optimized
//! routines) and musl's `sin`, `cos`, `atan2`, `hypot` (the `libm` crate, where glibc's
//! differ in the last bit), so complex powers agree to the bit. Sizes that depend on
//! `Py_ssize_t` use the oracle's (32-bit wasm).

use krait_bytecode::constant::{Constant, PyStr};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `MAX_INT_SIZE`: folded int operations stay within 128 bits.
pub const MAX_INT_SIZE: u64 = 128;
/// `MAX_COLLECTION_SIZE`: a repeated tuple has at most 256 items.
pub const MAX_COLLECTION_SIZE: i64 = 256;
/// `MAX_STR_SIZE`: a repeated str/bytes has at most 4096 characters.
pub const MAX_STR_SIZE: i64 = 4096;
/// `MAX_TOTAL_ITEMS`: a repeated tuple has at most 1024 items including nested tuples.
pub const MAX_TOTAL_ITEMS: i64 = 1024;
/// The oracle's `sys.maxsize` (CPython on wasm32); sequence repetition counts and indexes
/// must fit in it.
pub const PY_SSIZE_T_MAX: i64 = i32::MAX as i64;
/// A C `long` on the oracle's platform (wasm32): what `PyLong_AsLong` accepts.
const C_LONG_MAX: i64 = i32::MAX as i64;

/// `BINARY_OP` opargs (`NB_*`).
pub mod nb {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    pub const SUBSCR: u32 = 26;
}

/// The unary operations the flowgraph folds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Negative,
    Invert,
    Not,
    /// `CALL_INTRINSIC_1 INTRINSIC_UNARY_POSITIVE`.
    Positive,
}

/// `PyObject_IsTrue` of a constant.
pub fn is_true(value: &Constant) -> bool {
    match value {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(items) | Constant::FrozenSet(items) | Constant::List(items) | Constant::Set(items) => !items.is_empty(),
        Constant::Dict(pairs) => !pairs.is_empty(),
        Constant::Ellipsis | Constant::StopIteration | Constant::Slice(_) | Constant::Code(_) => true,
    }
}

/// Python's `==` between constants (numbers compare across int/float/complex/bool). Used to
/// build frozensets, which keep the first of equal elements.
pub fn py_eq(a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            // Tuple comparison tries identity first; equal constants are shared objects in
            // CPython's constant cache, so bitwise-equal floats (a NaN) count as equal.
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p == q || py_eq(p, q))
        }
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| p == q || py_eq(p, q)))
        }
        (Constant::None, Constant::None)
        | (Constant::Ellipsis, Constant::Ellipsis)
        | (Constant::StopIteration, Constant::StopIteration) => true,
        (Constant::Slice(x), Constant::Slice(y)) => x.iter().zip(y.iter()).all(|(p, q)| p == q || py_eq(p, q)),
        (Constant::Code(x), Constant::Code(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `frozenset(items)` as the compiler's constant: equal elements collapse to the first one
/// seen, in insertion order. When the code object is made, `intern_constants` rebuilds a
/// frozenset from its iteration order if interning replaced one of its strings (a string of
/// `[A-Za-z0-9_]` whose text was interned before, which krait assumes always happens), so
/// the insertion order becomes the first set's iteration order (in the oracle's hashing).
/// Only `dis`'s listing of colliding elements depends on this order.
pub fn frozenset(items: Vec<Constant>) -> Constant {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !out.iter().any(|seen| seen == &item || py_eq(seen, &item)) {
            out.push(item);
        }
    }
    let internable = |c: &Constant| match c {
        Constant::Str(s) => s.as_str().is_some_and(|t| t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')),
        _ => false,
    };
    if out.iter().any(internable) {
        out = krait_bytecode::hash::frozenset_order_wasm32(&out);
    }
    Constant::FrozenSet(out)
}

/// `const_folding_check_complexity`: `limit` minus the items of `value` and of the tuples
/// nested in it; negative once the limit is exceeded.
pub fn check_complexity(value: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) = value {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = check_complexity(item, limit);
            if limit < 0 {
                return limit;
            }
        }
    }
    limit
}

/// `eval_const_binop` with CPython's safety guards: the folded value of `lhs <op> rhs`.
pub fn binop(lhs: &Constant, op: u32, rhs: &Constant) -> Option<Constant> {
    match op {
        nb::ADD => add(lhs, rhs),
        nb::SUBTRACT => arith(lhs, rhs, Arith::Sub),
        nb::MULTIPLY => safe_multiply(lhs, rhs),
        nb::TRUE_DIVIDE => arith(lhs, rhs, Arith::TrueDiv),
        nb::FLOOR_DIVIDE => arith(lhs, rhs, Arith::FloorDiv),
        nb::REMAINDER => {
            if matches!(lhs, Constant::Str(_) | Constant::Bytes(_)) {
                None
            } else {
                arith(lhs, rhs, Arith::Mod)
            }
        }
        nb::POWER => safe_power(lhs, rhs),
        nb::LSHIFT => safe_lshift(lhs, rhs),
        nb::RSHIFT => rshift(lhs, rhs),
        nb::OR | nb::XOR | nb::AND => bitwise(lhs, op, rhs),
        nb::SUBSCR => subscript(lhs, rhs),
        _ => None,
    }
}

/// `eval_const_unaryop`: the folded value of a unary operation.
pub fn unaryop(op: UnaryOp, value: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!is_true(value))),
        UnaryOp::Negative => match Num::of(value)? {
            Num::Int(i) => Some(Constant::Int(-i)),
            Num::Float(f) => Some(Constant::Float(-f)),
            Num::Complex(re, im) => Some(Constant::Complex { real: -re, imag: -im }),
        },
        UnaryOp::Positive => match Num::of(value)? {
            Num::Int(i) => Some(Constant::Int(i)),
            Num::Float(f) => Some(Constant::Float(f)),
            Num::Complex(re, im) => Some(Constant::Complex { real: re, imag: im }),
        },
        // `~bool` is deprecated and deliberately never folded.
        UnaryOp::Invert => match value {
            Constant::Int(i) => Some(Constant::Int(-(i + BigInt::one()))),
            _ => None,
        },
    }
}

/// A number operand: bools are ints.
#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    fn of(value: &Constant) -> Option<Num> {
        match value {
            Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
            Constant::Int(i) => Some(Num::Int(i.clone())),
            Constant::Float(f) => Some(Num::Float(*f)),
            Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
            _ => None,
        }
    }

    /// The operand as a C double (`PyLong_AsDouble` for ints: `None` on overflow).
    fn to_f64(&self) -> Option<f64> {
        match self {
            Num::Int(i) => int_to_f64(i),
            Num::Float(f) => Some(*f),
            Num::Complex(..) => None,
        }
    }
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, *f),
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => match other {
            Num::Complex(re2, im2) => re == re2 && im == im2,
            Num::Float(f) => *im == 0.0 && re == f,
            Num::Int(i) => *im == 0.0 && int_eq_float(i, *re),
        },
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    float_to_int(f).is_some_and(|v| &v == i)
}

/// The exact integer value of an integral finite float.
fn float_to_int(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exponent = ((bits >> 52) & 0x7FF) as i64;
    let mut mantissa = bits & ((1u64 << 52) - 1);
    if exponent == 0 {
        return Some(BigInt::zero());
    }
    mantissa |= 1u64 << 52;
    let shift = exponent - 1075;
    let magnitude = if shift >= 0 {
        BigInt::from(mantissa) << (shift as usize)
    } else {
        BigInt::from(mantissa >> ((-shift).min(63) as u32))
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Arith {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
}

fn add(lhs: &Constant, rhs: &Constant) -> Option<Constant> {
    match (lhs, rhs) {
        (Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(concat_str(a, b))),
        (Constant::Bytes(a), Constant::Bytes(b)) => {
            let mut out = a.clone();
            out.extend_from_slice(b);
            Some(Constant::Bytes(out))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) => {
            let mut out = a.clone();
            out.extend(b.iter().cloned());
            Some(Constant::Tuple(out))
        }
        _ => arith(lhs, rhs, Arith::Add),
    }
}

fn concat_str(a: &PyStr, b: &PyStr) -> PyStr {
    match (a, b) {
        (PyStr::Text(x), PyStr::Text(y)) => PyStr::Text(format!("{x}{y}")),
        _ => {
            let mut points = a.code_points();
            points.extend(b.code_points());
            PyStr::from_code_points(points).unwrap_or_else(|| PyStr::new(""))
        }
    }
}

/// The arithmetic of two numbers, as `PyNumber_*` dispatches it.
fn arith(lhs: &Constant, rhs: &Constant, op: Arith) -> Option<Constant> {
    let a = Num::of(lhs)?;
    let b = Num::of(rhs)?;
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => int_arith(x, y, op),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => complex_arith(&a, &b, op),
        _ => {
            let x = a.to_f64()?;
            let y = b.to_f64()?;
            float_arith(x, y, op).map(Constant::Float)
        }
    }
}

fn int_arith(x: &BigInt, y: &BigInt, op: Arith) -> Option<Constant> {
    let value = match op {
        Arith::Add => x + y,
        Arith::Sub => x - y,
        Arith::Mul => x * y,
        Arith::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            x.div_floor(y)
        }
        Arith::Mod => {
            if y.is_zero() {
                return None;
            }
            x.mod_floor(y)
        }
        Arith::TrueDiv => return int_true_divide(x, y).map(Constant::Float),
    };
    Some(Constant::Int(value))
}

fn float_arith(x: f64, y: f64, op: Arith) -> Option<f64> {
    match op {
        Arith::Add => Some(x + y),
        Arith::Sub => Some(x - y),
        Arith::Mul => Some(x * y),
        Arith::TrueDiv => (y != 0.0).then(|| x / y),
        Arith::FloorDiv => (y != 0.0).then(|| float_div_mod(x, y).0),
        Arith::Mod => {
            if y == 0.0 {
                return None;
            }
            let m = x % y;
            Some(if m != 0.0 {
                if (y < 0.0) != (m < 0.0) { m + y } else { m }
            } else {
                0.0f64.copysign(y)
            })
        }
    }
}

/// `_float_div_mod`: floor quotient and remainder with the remainder's sign from `y` (also
/// the VM's `//` and `%` on floats, so that folded constants and run-time results agree).
pub fn float_div_mod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

type Cx = (f64, f64);

fn complex_arith(a: &Num, b: &Num, op: Arith) -> Option<Constant> {
    let real_of = |n: &Num| -> Option<Option<f64>> {
        match n {
            Num::Complex(..) => Some(None),
            other => other.to_f64().map(Some),
        }
    };
    let ra = real_of(a)?;
    let rb = real_of(b)?;
    let ca = match a {
        Num::Complex(re, im) => (*re, *im),
        _ => (0.0, 0.0),
    };
    let cb = match b {
        Num::Complex(re, im) => (*re, *im),
        _ => (0.0, 0.0),
    };
    let result: Cx = match op {
        Arith::Add => match (ra, rb) {
            (None, None) => (ca.0 + cb.0, ca.1 + cb.1),
            (Some(x), None) => (cb.0 + x, cb.1),
            (None, Some(y)) => (ca.0 + y, ca.1),
            (Some(_), Some(_)) => return None,
        },
        Arith::Sub => match (ra, rb) {
            (None, None) => (ca.0 - cb.0, ca.1 - cb.1),
            (Some(x), None) => (x - cb.0, -cb.1),
            (None, Some(y)) => (ca.0 - y, ca.1),
            (Some(_), Some(_)) => return None,
        },
        Arith::Mul => match (ra, rb) {
            (None, None) => c_prod(ca, cb),
            (Some(x), None) => (cb.0 * x, cb.1 * x),
            (None, Some(y)) => (ca.0 * y, ca.1 * y),
            (Some(_), Some(_)) => return None,
        },
        Arith::TrueDiv => match (ra, rb) {
            (None, None) => c_quot(ca, cb)?,
            (Some(x), None) => rc_quot(x, cb)?,
            (None, Some(y)) => {
                if y == 0.0 {
                    return None;
                }
                (ca.0 / y, ca.1 / y)
            }
            (Some(_), Some(_)) => return None,
        },
        // complex has no floor division or remainder.
        Arith::FloorDiv | Arith::Mod => return None,
    };
    Some(Constant::Complex { real: result.0, imag: result.1 })
}

fn c_prod(z: Cx, w: Cx) -> Cx {
    let (mut a, mut b, mut c, mut d) = (z.0, z.1, w.0, w.1);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let mut r = (ac - bd, ad + bc);
    if r.0.is_nan() && r.1.is_nan() {
        let box_inf = |v: f64| if v.is_infinite() { 1.0f64.copysign(v) } else { 0.0f64.copysign(v) };
        let zero_nan = |v: f64| if v.is_nan() { 0.0f64.copysign(v) } else { v };
        let mut recalc = false;
        if a.is_infinite() || b.is_infinite() {
            a = box_inf(a);
            b = box_inf(b);
            c = zero_nan(c);
            d = zero_nan(d);
            recalc = true;
        }
        if c.is_infinite() || d.is_infinite() {
            c = box_inf(c);
            d = box_inf(d);
            a = zero_nan(a);
            b = zero_nan(b);
            recalc = true;
        }
        if !recalc && (ac.is_infinite() || bd.is_infinite() || ad.is_infinite() || bc.is_infinite()) {
            a = zero_nan(a);
            b = zero_nan(b);
            c = zero_nan(c);
            d = zero_nan(d);
            recalc = true;
        }
        if recalc {
            r = (f64::INFINITY * (a * c - b * d), f64::INFINITY * (a * d + b * c));
        }
    }
    r
}

/// `_Py_c_quot`; `None` for division by zero.
fn c_quot(a: Cx, b: Cx) -> Option<Cx> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    let mut r;
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        r = ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom);
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        r = ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom);
    } else {
        r = (f64::NAN, f64::NAN);
    }
    if r.0.is_nan() && r.1.is_nan() {
        if (a.0.is_infinite() || a.1.is_infinite()) && b.0.is_finite() && b.1.is_finite() {
            let x = (if a.0.is_infinite() { 1.0f64 } else { 0.0 }).copysign(a.0);
            let y = (if a.1.is_infinite() { 1.0f64 } else { 0.0 }).copysign(a.1);
            r = (f64::INFINITY * (x * b.0 + y * b.1), f64::INFINITY * (y * b.0 - x * b.1));
        } else if (abs_br.is_infinite() || abs_bi.is_infinite()) && a.0.is_finite() && a.1.is_finite() {
            let x = (if b.0.is_infinite() { 1.0f64 } else { 0.0 }).copysign(b.0);
            let y = (if b.1.is_infinite() { 1.0f64 } else { 0.0 }).copysign(b.1);
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    Some(r)
}

/// `_Py_rc_quot`: a real divided by a complex.
fn rc_quot(a: f64, b: Cx) -> Option<Cx> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    let mut r;
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        r = (a / denom, (-a * ratio) / denom);
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        r = ((a * ratio) / denom, (-a) / denom);
    } else {
        r = (f64::NAN, f64::NAN);
    }
    if r.0.is_nan() && r.1.is_nan() && a.is_finite() && (abs_br.is_infinite() || abs_bi.is_infinite()) {
        let x = (if b.0.is_infinite() { 1.0f64 } else { 0.0 }).copysign(b.0);
        let y = (if b.1.is_infinite() { 1.0f64 } else { 0.0 }).copysign(b.1);
        r = (0.0 * (a * x), 0.0 * (-a * y));
    }
    Some(r)
}

/// `complex_pow` (no modulus); `None` where CPython raises.
fn complex_pow(a: Cx, b: Cx) -> Option<Constant> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let p = if n > 0 { c_powu(a, n) } else { c_quot((1.0, 0.0), c_powu(a, -n))? };
        if p.0.is_infinite() || p.1.is_infinite() {
            return None;
        }
        p
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let vabs = libm::hypot(a.0, a.1);
        let mut len = vabs.powf(b.0);
        let at = libm::atan2(a.1, a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len *= (-at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        let r = (len * libm::cos(phase), len * libm::sin(phase));
        if r.0.is_infinite() || r.1.is_infinite() {
            return None;
        }
        r
    };
    Some(Constant::Complex { real: p.0, imag: p.1 })
}

fn c_powu(x: Cx, n: i64) -> Cx {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `float_pow` (no modulus); `None` where CPython raises.
fn float_pow(iv: f64, iw: f64) -> Option<Constant> {
    let is_odd = |x: f64| (x.abs() % 2.0) == 1.0;
    if iw == 0.0 {
        return Some(Constant::Float(1.0));
    }
    if iv.is_nan() {
        return Some(Constant::Float(iv));
    }
    if iw.is_nan() {
        return Some(Constant::Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let v = iv.abs();
        return Some(Constant::Float(if v == 1.0 {
            1.0
        } else if (iw > 0.0) == (v > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd(iw);
        return Some(Constant::Float(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return Some(Constant::Float(if is_odd(iw) { iv } else { 0.0 }));
    }
    let mut v = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complex_pow((iv, 0.0), (iw, 0.0));
        }
        v = -iv;
        negate = is_odd(iw);
    }
    if v == 1.0 {
        return Some(Constant::Float(if negate { -1.0 } else { 1.0 }));
    }
    let ix = v.powf(iw);
    if ix.is_infinite() {
        return None;
    }
    Some(Constant::Float(if negate { -ix } else { ix }))
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

/// `const_folding_safe_multiply`.
fn safe_multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    let as_int = |c: &Constant| -> Option<BigInt> {
        match c {
            Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
            Constant::Int(i) => Some(i.clone()),
            _ => None,
        }
    };
    match (as_int(v), as_int(w)) {
        (Some(x), Some(y)) => {
            if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > MAX_INT_SIZE {
                return None;
            }
            Some(Constant::Int(x * y))
        }
        (Some(n), None) => repeat(&n, w),
        (None, Some(n)) => repeat(&n, v),
        (None, None) => arith(v, w, Arith::Mul),
    }
}

/// `n * seq` for a str, bytes or tuple `seq` with the size guards; numbers otherwise.
fn repeat(n: &BigInt, seq: &Constant) -> Option<Constant> {
    let size = match seq {
        Constant::Str(s) => s.len() as i64,
        Constant::Bytes(b) => b.len() as i64,
        Constant::Tuple(items) => items.len() as i64,
        _ => return arith(&Constant::Int(n.clone()), seq, Arith::Mul),
    };
    if size != 0 {
        // `PyLong_AsLong` fails (and folding gives up) outside a C long.
        let count = n.to_i64().filter(|c| (-C_LONG_MAX - 1..=C_LONG_MAX).contains(c))?;
        let limit = if matches!(seq, Constant::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
        if count < 0 || count > limit / size {
            return None;
        }
        if let Constant::Tuple(_) = seq
            && count != 0
            && check_complexity(seq, MAX_TOTAL_ITEMS / count) < 0
        {
            return None;
        }
    }
    // `sequence * n` needs an index-sized count; a negative count gives the empty sequence.
    let count = n.to_i64().filter(|c| (-PY_SSIZE_T_MAX - 1..=PY_SSIZE_T_MAX).contains(c))?;
    let count = usize::try_from(count.max(0)).ok()?;
    if size != 0 && count > 0 && (size as usize).checked_mul(count)? > PY_SSIZE_T_MAX as usize {
        return None;
    }
    Some(match seq {
        Constant::Str(s) => Constant::Str(repeat_str(s, count)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(count)),
        Constant::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Constant::Tuple(out)
        }
        _ => return None,
    })
}

fn repeat_str(s: &PyStr, count: usize) -> PyStr {
    match s {
        PyStr::Text(t) => PyStr::Text(t.repeat(count)),
        PyStr::WithSurrogates(points) => PyStr::WithSurrogates(points.repeat(count)),
    }
}

/// `const_folding_safe_power`.
fn safe_power(v: &Constant, w: &Constant) -> Option<Constant> {
    let a = Num::of(v)?;
    let b = Num::of(w)?;
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            if x.is_zero() && y.is_positive() {
                return Some(Constant::Int(BigInt::zero()));
            }
            if !x.is_zero() && y.is_positive() {
                // `PyLong_AsSize_t` of the exponent: a 32-bit size_t on the oracle.
                let wbits = y.to_u32()?;
                if bits(x) > MAX_INT_SIZE / u64::from(wbits) {
                    return None;
                }
            }
            if y.is_negative() {
                // int ** negative int is computed in floats.
                return float_pow(int_to_f64(x)?, int_to_f64(y)?);
            }
            let e = y.to_u32()?;
            Some(Constant::Int(num_traits::pow::Pow::pow(x, e)))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let to_c = |n: &Num| -> Option<Cx> {
                match n {
                    Num::Complex(re, im) => Some((*re, *im)),
                    other => other.to_f64().map(|f| (f, 0.0)),
                }
            };
            complex_pow(to_c(&a)?, to_c(&b)?)
        }
        _ => float_pow(a.to_f64()?, b.to_f64()?),
    }
}

fn int_pair(v: &Constant, w: &Constant) -> Option<(BigInt, BigInt, bool)> {
    let both_bool = matches!((v, w), (Constant::Bool(_), Constant::Bool(_)));
    match (Num::of(v)?, Num::of(w)?) {
        (Num::Int(x), Num::Int(y)) => Some((x, y, both_bool)),
        _ => None,
    }
}

/// `const_folding_safe_lshift`.
fn safe_lshift(v: &Constant, w: &Constant) -> Option<Constant> {
    let (x, y, _) = int_pair(v, w)?;
    if !x.is_zero() && !y.is_zero() {
        let wbits = y.to_u32()?;
        if u64::from(wbits) > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - u64::from(wbits) {
            return None;
        }
    }
    if y.is_negative() {
        return None;
    }
    if x.is_zero() {
        return Some(Constant::Int(x));
    }
    let shift = y.to_usize()?;
    Some(Constant::Int(x << shift))
}

fn rshift(v: &Constant, w: &Constant) -> Option<Constant> {
    let (x, y, _) = int_pair(v, w)?;
    if y.is_negative() {
        return None;
    }
    let shift = y.to_u64().unwrap_or(u64::MAX);
    if shift >= bits(&x) {
        return Some(Constant::Int(if x.is_negative() { BigInt::from(-1) } else { BigInt::zero() }));
    }
    // Python's `>>` floors; BigInt's shift of a negative value rounds toward negative infinity.
    Some(Constant::Int(x >> (shift as usize)))
}

fn bitwise(v: &Constant, op: u32, w: &Constant) -> Option<Constant> {
    let (x, y, both_bool) = int_pair(v, w)?;
    let r = match op {
        nb::OR => x | y,
        nb::XOR => x ^ y,
        _ => x & y,
    };
    if both_bool {
        return Some(Constant::Bool(!r.is_zero()));
    }
    Some(Constant::Int(r))
}

/// `PyObject_GetItem` on a constant str, bytes or tuple.
fn subscript(container: &Constant, key: &Constant) -> Option<Constant> {
    let len = match container {
        Constant::Str(s) => s.len(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(items) => items.len(),
        _ => return None,
    };
    match key {
        Constant::Int(_) | Constant::Bool(_) => {
            let Some(Num::Int(i)) = Num::of(key) else { return None };
            // An index that does not fit Py_ssize_t raises IndexError.
            let i = i.to_i64().filter(|i| (-PY_SSIZE_T_MAX - 1..=PY_SSIZE_T_MAX).contains(i))?;
            let idx = if i < 0 { i + len as i64 } else { i };
            if idx < 0 || idx >= len as i64 {
                return None;
            }
            let idx = idx as usize;
            match container {
                Constant::Str(s) => {
                    let c = *s.code_points().get(idx)?;
                    PyStr::from_code_points(vec![c]).map(Constant::Str)
                }
                Constant::Bytes(b) => Some(Constant::Int(BigInt::from(*b.get(idx)?))),
                Constant::Tuple(items) => items.get(idx).cloned(),
                _ => None,
            }
        }
        Constant::Slice(parts) => {
            let indices = slice_indices(parts, len)?;
            match container {
                Constant::Str(s) => {
                    let points = s.code_points();
                    PyStr::from_code_points(indices.iter().map(|&i| points[i]).collect()).map(Constant::Str)
                }
                Constant::Bytes(b) => Some(Constant::Bytes(indices.iter().map(|&i| b[i]).collect())),
                Constant::Tuple(items) => Some(Constant::Tuple(indices.iter().map(|&i| items[i].clone()).collect())),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The positions `slice.indices(len)` selects (`PySlice_Unpack` + `PySlice_AdjustIndices`).
fn slice_indices(parts: &[Constant; 3], len: usize) -> Option<Vec<usize>> {
    // `_PyEval_SliceIndex`: None, or an int clamped to the Py_ssize_t range.
    let index = |c: &Constant| -> Option<Option<i64>> {
        match c {
            Constant::None => Some(None),
            other => match Num::of(other)? {
                Num::Int(i) => {
                    let clamped = if i > BigInt::from(PY_SSIZE_T_MAX) {
                        PY_SSIZE_T_MAX
                    } else if i < BigInt::from(-PY_SSIZE_T_MAX - 1) {
                        -PY_SSIZE_T_MAX - 1
                    } else {
                        i.to_i64()?
                    };
                    Some(Some(clamped))
                }
                _ => None,
            },
        }
    };
    let start = index(&parts[0])?;
    let stop = index(&parts[1])?;
    let step = index(&parts[2])?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    // PySlice_Unpack keeps step > -PY_SSIZE_T_MAX so that -step cannot overflow.
    let step = step.max(-PY_SSIZE_T_MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < lower {
                        v = lower;
                    }
                } else if v > upper {
                    v = upper;
                }
                v
            }
        }
    };
    let start = adjust(start, if step < 0 { upper } else { lower });
    let stop = adjust(stop, if step < 0 { lower } else { upper });
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(usize::try_from(i).ok()?);
            i = i.checked_add(step)?;
        }
    } else {
        while i > stop {
            out.push(usize::try_from(i).ok()?);
            i = i.checked_add(step)?;
        }
    }
    Some(out)
}

/// `PyLong_AsDouble`: correctly rounded (half to even); `None` when the int overflows a
/// double.
pub fn int_to_f64(i: &BigInt) -> Option<f64> {
    ratio_to_f64(i.magnitude(), &BigUint::one(), i.sign() == Sign::Minus)
}

/// `long_true_divide`: `x / y` correctly rounded; `None` for division by zero or overflow.
fn int_true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    if y.is_zero() {
        return None;
    }
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    ratio_to_f64(x.magnitude(), y.magnitude(), negative)
}

/// The double nearest to `num / den` (ties to even), negated when `negative`; `None` when
/// it rounds beyond the largest finite double.
fn ratio_to_f64(num: &BigUint, den: &BigUint, negative: bool) -> Option<f64> {
    let signed = |f: f64| if negative { -f } else { f };
    if num.is_zero() {
        return Some(signed(0.0));
    }
    let n_bits = num.bits() as i64;
    let d_bits = den.bits() as i64;
    // Scale so the integer quotient has at least 55 significant bits.
    let scale = 56 - (n_bits - d_bits);
    let (q, r) = if scale >= 0 {
        (num << (scale as usize)).div_rem(den)
    } else {
        num.div_rem(&(den << ((-scale) as usize)))
    };
    let sticky = !r.is_zero();
    // value = (q + sticky fraction) * 2^-scale, with q >= 2^54.
    let q_bits = q.bits() as i64;
    let exponent = q_bits - 1 - scale; // value in [2^exponent, 2^(exponent+1))
    if exponent > 1023 {
        return None;
    }
    // Significant bits available: 53 for normal results, fewer for subnormals.
    let precision = if exponent >= -1022 { 53 } else { 53 - (-1022 - exponent) };
    if precision < 0 {
        // Below half the smallest subnormal: rounds to zero.
        return Some(signed(0.0));
    }
    let drop = q_bits - precision;
    let drop_u = drop as usize;
    let mut keep = &q >> drop_u;
    let rest = &q - (&keep << drop_u);
    let half = BigUint::one() << (drop_u - 1);
    let round_up = rest > half || (rest == half && (sticky || keep.is_odd()));
    if round_up {
        keep += 1u32;
    }
    let mantissa = keep.to_u64()? as f64;
    let result = ldexp(mantissa, drop - scale);
    if result.is_infinite() {
        return None;
    }
    Some(signed(result))
}

/// `m * 2^e` for an exactly representable result.
fn ldexp(mut m: f64, mut e: i64) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> Constant {
        Constant::Int(BigInt::from(v))
    }
    fn s(v: &str) -> Constant {
        Constant::Str(PyStr::new(v))
    }

    #[test]
    fn int_to_float_rounds_half_to_even() {
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins.
        assert_eq!(int_to_f64(&(BigInt::from(1u64 << 53) + 1)), Some(9007199254740992.0));
        assert_eq!(int_to_f64(&(BigInt::from(1u64 << 53) + 3)), Some(9007199254740996.0));
        assert_eq!(int_to_f64(&(BigInt::one() << 1024usize)), None);
        assert_eq!(int_true_divide(&BigInt::from(1), &BigInt::from(3)), Some(1.0 / 3.0));
        assert_eq!(int_true_divide(&BigInt::from(0), &BigInt::from(-3)).map(f64::to_bits), Some((-0.0f64).to_bits()));
        // 10**400 / 10**399 is exactly 10.
        let big = num_traits::pow::Pow::pow(BigInt::from(10), 400u32);
        let big2 = num_traits::pow::Pow::pow(BigInt::from(10), 399u32);
        assert_eq!(int_true_divide(&big, &big2), Some(10.0));
        // Subnormal: 1 / 2**1074 is the smallest subnormal.
        assert_eq!(int_true_divide(&BigInt::one(), &(BigInt::one() << 1074usize)), Some(f64::from_bits(1)));
        assert_eq!(int_true_divide(&BigInt::one(), &(BigInt::one() << 1076usize)), Some(0.0));
    }

    #[test]
    fn guards_match_cpython() {
        assert_eq!(binop(&int(2), nb::POWER, &int(128)), None);
        assert_eq!(binop(&int(2), nb::POWER, &int(64)), Some(Constant::Int(BigInt::one() << 64usize)));
        assert_eq!(binop(&int(1), nb::LSHIFT, &int(128)), None);
        assert_eq!(binop(&int(1), nb::LSHIFT, &int(127)), Some(Constant::Int(BigInt::one() << 127usize)));
        assert_eq!(binop(&s("ab"), nb::MULTIPLY, &int(2048)), Some(Constant::Str(PyStr::new("ab".repeat(2048)))));
        assert_eq!(binop(&s("ab"), nb::MULTIPLY, &int(2049)), None);
        assert_eq!(binop(&s("ab"), nb::MULTIPLY, &int(-1)), None);
        assert_eq!(binop(&s(""), nb::MULTIPLY, &int(-1)), Some(s("")));
        assert_eq!(binop(&s("%s"), nb::REMAINDER, &int(1)), None);
        assert_eq!(binop(&int(7), nb::REMAINDER, &int(-2)), Some(int(-1)));
        assert_eq!(binop(&int(-7), nb::FLOOR_DIVIDE, &int(2)), Some(int(-4)));
        assert_eq!(binop(&int(1), nb::TRUE_DIVIDE, &int(0)), None);
        assert_eq!(binop(&Constant::Bool(true), nb::AND, &Constant::Bool(true)), Some(Constant::Bool(true)));
        assert_eq!(binop(&Constant::Bool(true), nb::ADD, &Constant::Bool(true)), Some(int(2)));
        assert_eq!(binop(&int(2), nb::POWER, &int(-1)), Some(Constant::Float(0.5)));
        assert_eq!(binop(&int(-8), nb::RSHIFT, &int(1)), Some(int(-4)));
        assert_eq!(binop(&int(-1), nb::RSHIFT, &int(100)), Some(int(-1)));
        assert_eq!(binop(&s("abc"), nb::SUBSCR, &int(-1)), Some(s("c")));
        assert_eq!(binop(&s("abc"), nb::SUBSCR, &int(3)), None);
        let rev = Constant::Slice(Box::new([Constant::None, Constant::None, int(-1)]));
        assert_eq!(binop(&s("abc"), nb::SUBSCR, &rev), Some(s("cba")));
        assert_eq!(unaryop(UnaryOp::Invert, &Constant::Bool(true)), None);
        assert_eq!(unaryop(UnaryOp::Negative, &Constant::Bool(true)), Some(int(-1)));
        assert_eq!(unaryop(UnaryOp::Not, &s("")), Some(Constant::Bool(true)));
        let t = Constant::Tuple(vec![int(1), int(2)]);
        assert!(binop(&t, nb::MULTIPLY, &int(128)).is_some());
        assert_eq!(binop(&t, nb::MULTIPLY, &int(129)), None);
    }

    #[test]
    fn float_semantics() {
        assert_eq!(binop(&Constant::Float(-7.5), nb::FLOOR_DIVIDE, &int(2)), Some(Constant::Float(-4.0)));
        assert_eq!(binop(&Constant::Float(-7.5), nb::REMAINDER, &int(2)), Some(Constant::Float(0.5)));
        assert_eq!(binop(&Constant::Float(1e308), nb::POWER, &int(2)), None);
        assert!(matches!(binop(&Constant::Float(-8.0), nb::POWER, &Constant::Float(0.5)), Some(Constant::Complex { .. })));
        assert_eq!(binop(&int(1), nb::ADD, &Constant::Complex { real: 0.0, imag: 2.0 }), Some(Constant::Complex { real: 1.0, imag: 2.0 }));
        assert_eq!(frozenset(vec![int(1), Constant::Bool(true), Constant::Float(1.0), int(2)]), Constant::FrozenSet(vec![int(1), int(2)]));
    }
}
