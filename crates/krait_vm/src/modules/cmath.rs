//! `cmath`: CPython 3.14's complex math module — every function and constant, with
//! C99 Annex G's results for infinities and NaNs (tables in `cmath_special.rs`), CPython's
//! formulas for the finite cases (scaling that avoids spurious overflow and underflow), the
//! elementary real functions as musl's libm computes them (the pinned oracle's), and
//! its errors: "math domain error" (ValueError) and "math range error" (OverflowError).
//!
//! Each function computes `(result, Errno)` as CPython's C code computes a result and sets
//! `errno`; the Python wrapper turns a set errno into the exception.

use super::cmath_special::{self as sv, lookup};
use super::math::{m_asinh, m_cosh};
use super::util::float_arg;
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::builtins::methods::{complex_parts, new_complex};
use crate::builtins::slots::unwrap_native;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::f64::consts::{LN_10, LN_2, PI};

type C = (f64, f64);

/// What C's `errno` would say after a computation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    /// EDOM: "math domain error".
    Domain,
    /// ERANGE: "math range error".
    Range,
}

const LARGE: f64 = f64::MAX / 4.0;
const MANT_DIG: i32 = 53;
/// An odd power of two that makes a subnormal normal, and the matching scale back.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large() -> f64 {
    f64::sqrt(LARGE)
}

fn log_large() -> f64 {
    f64::ln(LARGE)
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn neg(z: C) -> C {
    (-z.0, -z.1)
}

/// `i*z`'s counterpart used by the trigonometric identities: (-im, re).
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

/// The inverse: from `f(i*z)` back to `-i * f(i*z)`.
fn times_minus_i(z: C) -> C {
    (z.1, -z.0)
}

fn c_sqrt(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&sv::SQRT, z.0, z.1), Errno::Ok);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = libm::scalbn(ax, SCALE_UP);
        libm::scalbn(f64::sqrt(ax + libm::hypot(ax, libm::scalbn(ay, SCALE_UP))), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * f64::sqrt(ax + libm::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 { (s, d.copysign(z.1)) } else { (d, s.copysign(z.1)) };
    (r, Errno::Ok)
}

fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&sv::LOG, z.0, z.1), Errno::Ok);
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE || ay > LARGE {
        f64::ln(libm::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot would be subnormal: scale up first.
            f64::ln(libm::hypot(libm::scalbn(ax, MANT_DIG), libm::scalbn(ay, MANT_DIG))) - f64::from(MANT_DIG) * LN_2
        } else {
            return ((f64::NEG_INFINITY, libm::atan2(z.1, z.0)), Errno::Domain);
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            f64::ln(h)
        }
    };
    ((re, libm::atan2(z.1, z.0)), Errno::Ok)
}

fn c_acos(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&sv::ACOS, z.0, z.1), Errno::Ok);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = libm::atan2(z.1.abs(), z.0);
        let im = -(f64::ln(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0).copysign(z.1);
        return ((re, im), Errno::Ok);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
    let s2 = c_sqrt((1.0 + z.0, z.1)).0;
    ((2.0 * libm::atan2(s1.0, s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0)), Errno::Ok)
}

fn c_acosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&sv::ACOSH, z.0, z.1), Errno::Ok);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = f64::ln(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0;
        return ((re, libm::atan2(z.1, z.0)), Errno::Ok);
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
    let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
    ((m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * libm::atan2(s1.1, s2.0)), Errno::Ok)
}

fn c_asinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&sv::ASINH, z.0, z.1), Errno::Ok);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = f64::ln(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0;
        let re = if z.1 >= 0.0 { l.copysign(z.0) } else { -l.copysign(-z.0) };
        return ((re, libm::atan2(z.1, z.0.abs())), Errno::Ok);
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
    let s2 = c_sqrt((1.0 - z.1, z.0)).0;
    let re = m_asinh(s1.0 * s2.1 - s2.0 * s1.1);
    let im = libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1);
    ((re, im), Errno::Ok)
}

fn c_asin(z: C) -> (C, Errno) {
    let (r, e) = c_asinh(times_i(z));
    (times_minus_i(r), e)
}

fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (lookup(&sv::ATANH, z.0, z.1), Errno::Ok);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        // |z| large: atanh(z) ~ 1/z +/- i*pi/2.
        let h = libm::hypot(z.0 / 2.0, z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, (PI / 2.0).copysign(z.1)), Errno::Ok);
    }
    if z.0 == 1.0 && ay < f64::sqrt(f64::MIN_POSITIVE) {
        if ay == 0.0 {
            return ((f64::INFINITY, z.1), Errno::Domain);
        }
        let re = -f64::ln(f64::sqrt(ay) / f64::sqrt(libm::hypot(ay, 2.0)));
        return ((re, (libm::atan2(2.0, -ay) / 2.0).copysign(z.1)), Errno::Ok);
    }
    let re = libm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
    let im = -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    ((re, im), Errno::Ok)
}

fn c_atan(z: C) -> (C, Errno) {
    let (r, e) = c_atanh(times_i(z));
    (times_minus_i(r), e)
}

/// exp, cosh and sinh share this shape for an infinite real part and finite nonzero
/// imaginary part: infinities (or zeros) whose signs follow cos(y) and sin(y).
fn inf_real_finite_imag(z: C) -> bool {
    z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0
}

fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if inf_real_finite_imag(z) {
            let im = f64::INFINITY.copysign(libm::sin(z.1));
            (f64::INFINITY.copysign(libm::cos(z.1)), if z.0 > 0.0 { im } else { -im })
        } else {
            lookup(&sv::COSH, z.0, z.1)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        // cosh(x) overflows where cosh(z) need not.
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (libm::cos(z.1) * m_cosh(x1) * std::f64::consts::E, libm::sin(z.1) * libm::sinh(x1) * std::f64::consts::E)
    } else {
        (libm::cos(z.1) * m_cosh(z.0), libm::sin(z.1) * libm::sinh(z.0))
    };
    (r, overflow_check(r))
}

fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if inf_real_finite_imag(z) {
            let re = f64::INFINITY.copysign(libm::cos(z.1));
            (if z.0 > 0.0 { re } else { -re }, f64::INFINITY.copysign(libm::sin(z.1)))
        } else {
            lookup(&sv::SINH, z.0, z.1)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (libm::cos(z.1) * libm::sinh(x1) * std::f64::consts::E, libm::sin(z.1) * m_cosh(x1) * std::f64::consts::E)
    } else {
        (libm::cos(z.1) * libm::sinh(z.0), libm::sin(z.1) * m_cosh(z.0))
    };
    (r, overflow_check(r))
}

fn overflow_check(r: C) -> Errno {
    if r.0.is_infinite() || r.1.is_infinite() { Errno::Range } else { Errno::Ok }
}

fn c_cos(z: C) -> (C, Errno) {
    c_cosh(times_i(z))
}

fn c_sin(z: C) -> (C, Errno) {
    let (r, e) = c_sinh(times_i(z));
    (times_minus_i(r), e)
}

fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if inf_real_finite_imag(z) {
            let mag = if z.0 > 0.0 { f64::INFINITY } else { 0.0 };
            (mag.copysign(libm::cos(z.1)), mag.copysign(libm::sin(z.1)))
        } else {
            lookup(&sv::EXP, z.0, z.1)
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || z.0 == f64::INFINITY) { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = f64::exp(z.0 - 1.0);
        (l * libm::cos(z.1) * std::f64::consts::E, l * libm::sin(z.1) * std::f64::consts::E)
    } else {
        let l = f64::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    (r, overflow_check(r))
}

fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if inf_real_finite_imag(z) {
            let im = 0.0f64.copysign(2.0 * libm::sin(z.1) * libm::cos(z.1));
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(&sv::TANH, z.0, z.1)
        };
        let e = if z.1.is_infinite() && z.0.is_finite() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    if z.0.abs() > log_large() {
        let im = 4.0 * libm::sin(z.1) * libm::cos(z.1) * f64::exp(-2.0 * z.0.abs());
        return ((1.0f64.copysign(z.0), im), Errno::Ok);
    }
    // tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
    // with 1-tanh(x)^2 computed as 1/cosh(x)^2.
    let tx = libm::tanh(z.0);
    let ty = libm::tan(z.1);
    let cx = 1.0 / m_cosh(z.0);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), Errno::Ok)
}

fn c_tan(z: C) -> (C, Errno) {
    let (r, e) = c_tanh(times_i(z));
    (times_minus_i(r), e)
}

fn c_log10(z: C) -> (C, Errno) {
    let ((re, im), e) = c_log(z);
    ((re / LN_10, im / LN_10), e)
}

/// Complex division (Smith's method, with C11 Annex G's recovery of infinities and zeros);
/// a zero divisor is a domain error.
fn c_quot(a: C, b: C) -> (C, Errno) {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    let mut e = Errno::Ok;
    let mut r = if abr >= abi {
        if abr == 0.0 {
            e = Errno::Domain;
            (0.0, 0.0)
        } else {
            let ratio = b.1 / b.0;
            let denom = b.0 + b.1 * ratio;
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
        }
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        let unit = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0f64 }).copysign(x);
        if (a.0.is_infinite() || a.1.is_infinite()) && finite(b) {
            let (x, y) = (unit(a.0), unit(a.1));
            r = (f64::INFINITY * (x * b.0 + y * b.1), f64::INFINITY * (y * b.0 - x * b.1));
        } else if (abr.is_infinite() || abi.is_infinite()) && finite(a) {
            let (x, y) = (unit(b.0), unit(b.1));
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    (r, e)
}

/// `abs(z)` as C99: infinite if either part is, NaN if either part is (otherwise); an
/// overflowing hypot is a range error.
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() {
            return (z.0.abs(), Errno::Ok);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = libm::hypot(z.0, z.1);
    (r, if r.is_finite() { Errno::Ok } else { Errno::Range })
}

fn rect_values(r: f64, phi: f64) -> (C, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (f64::INFINITY.copysign(libm::cos(phi)), f64::INFINITY.copysign(libm::sin(phi)));
            if r > 0.0 { (re, im) } else { (-re, -im) }
        } else {
            lookup(&sv::RECT, r, phi)
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() { Errno::Domain } else { Errno::Ok };
        return (z, e);
    }
    if phi == 0.0 {
        return ((r, r * phi), Errno::Ok);
    }
    ((r * libm::cos(phi), r * libm::sin(phi)), Errno::Ok)
}

// ---- the Python side

fn raise(vm: &Vm, e: Errno) -> Result<(), PyErr> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Domain => Err(vm.error("ValueError", "math domain error")),
        Errno::Range => Err(vm.error("OverflowError", "math range error")),
    }
}

/// An argument as a complex, as CPython's `PyComplex_AsCComplex`: a complex, an object
/// with `__complex__` (which must return a complex), else a real number (`__float__`,
/// `__index__`).
fn complex_arg(vm: &mut Vm, v: &Value) -> Result<C, PyErr> {
    if let Some(c) = complex_parts(v) {
        return Ok(c);
    }
    if let Some(Payload::Instance(_)) = v.payload() {
        if let Some(r) = vm.call_dunder(v, "__complex__", vec![]) {
            let r = r?;
            return complex_parts(&unwrap_native(&r))
                .ok_or_else(|| vm.type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r))));
        }
        if let Some(c) = complex_parts(&unwrap_native(v)) {
            return Ok(c);
        }
    }
    Ok((float_arg(vm, v)?, 0.0))
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<C, PyErr> {
    super::util::exactly_one_in(vm, "cmath", name, args, kwargs)?;
    complex_arg(vm, &args[0])
}

macro_rules! complex_fns {
    ($($py:ident => $f:ident;)*) => {
        $(
            fn $py(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
                let z = one_arg(vm, stringify!($py), &args, &kwargs)?;
                let ((re, im), e) = $f(z);
                raise(vm, e)?;
                Ok(new_complex(re, im))
            }
        )*
    };
}

complex_fns! {
    acos => c_acos;
    acosh => c_acosh;
    asin => c_asin;
    asinh => c_asinh;
    atan => c_atan;
    atanh => c_atanh;
    cos => c_cos;
    cosh => c_cosh;
    exp => c_exp;
    log10 => c_log10;
    sin => c_sin;
    sinh => c_sinh;
    sqrt => c_sqrt;
    tan => c_tan;
    tanh => c_tanh;
}

/// `log(z[, base])`: as CPython, the error state is the last logarithm's (`log(0, 2)` is
/// `-inf+nanj`) plus a zero divisor's.
fn log(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "log", &args, &kwargs, 1, 2)?;
    let z = complex_arg(vm, &args[0])?;
    let (mut r, mut e) = c_log(z);
    if let Some(b) = args.get(1) {
        let b = complex_arg(vm, b)?;
        let (lb, eb) = c_log(b);
        let (q, eq) = c_quot(r, lb);
        r = q;
        e = if eq == Errno::Ok { eb } else { eq };
    }
    raise(vm, e)?;
    Ok(new_complex(r.0, r.1))
}

fn phase(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let z = one_arg(vm, "phase", &args, &kwargs)?;
    Ok(Value::float(libm::atan2(z.1, z.0)))
}

fn polar(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let z = one_arg(vm, "polar", &args, &kwargs)?;
    let phi = libm::atan2(z.1, z.0);
    let (r, e) = c_abs(z);
    raise(vm, e)?;
    Ok(crate::interp::call::new_tuple([Value::float(r), Value::float(phi)]))
}

fn rect(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "rect", &args, &kwargs, 2, 2)?;
    let r = float_arg(vm, &args[0])?;
    let phi = float_arg(vm, &args[1])?;
    let ((re, im), e) = rect_values(r, phi);
    raise(vm, e)?;
    Ok(new_complex(re, im))
}

fn isfinite(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let z = one_arg(vm, "isfinite", &args, &kwargs)?;
    Ok(Value::Bool(finite(z)))
}

fn isnan(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let z = one_arg(vm, "isnan", &args, &kwargs)?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let z = one_arg(vm, "isinf", &args, &kwargs)?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (a, b, rel, abs) = super::math::isclose_args(vm, args, kwargs, complex_arg)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    Ok(Value::Bool(diff <= rel * c_abs(b).0 || diff <= rel * c_abs(a).0 || diff <= abs))
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.push(("pi", Value::Float(PI)));
    items.push(("e", Value::Float(std::f64::consts::E)));
    items.push(("tau", Value::Float(std::f64::consts::TAU)));
    items.push(("inf", Value::Float(f64::INFINITY)));
    items.push(("infj", new_complex(0.0, f64::INFINITY)));
    items.push(("nan", Value::float(f64::NAN)));
    items.push(("nanj", new_complex(0.0, f64::NAN)));
    module("cmath", items)
}
