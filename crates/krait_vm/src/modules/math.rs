//! `math`: CPython 3.14's math module in Rust — every function, with CPython's results
//! (its own gamma/lgamma, fsum, hypot/dist and remainder algorithms; the platform libm for
//! the elementary functions), its domain and range errors and its exact integer functions
//! (comb, perm, factorial, isqrt, gcd, lcm) on big ints.

#![allow(clippy::excessive_precision)]

use super::util::{big_frexp, exactly_one, exactly_one_in, float_arg, frexp, index_arg, ldexp, no_more_kwargs, positional, take_kwarg};
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::builtins::slots::unwrap_native;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::int::{from_big, to_big};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn repr_f(x: f64) -> String {
    krait_syntax::ast::repr::float_repr(x)
}

fn domain(vm: &Vm) -> PyErr {
    vm.error("ValueError", "math domain error")
}

fn range_err(vm: &Vm) -> PyErr {
    vm.error("OverflowError", "math range error")
}

/// How a one-argument function reports errors: its message for a domain error (with the
/// argument's repr) and whether an infinite result from a finite argument is an overflow.
struct Spec {
    msg: Option<&'static str>,
    can_overflow: bool,
}

/// CPython's `math_1`: `f(x)` with its error rules.
fn math_1(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs, f: fn(f64) -> f64, spec: Spec) -> PyResult {
    exactly_one_in(vm, "math", name, args, kwargs)?;
    let x = float_arg(vm, &args[0])?;
    let r = f(x);
    let dom = |vm: &Vm| match spec.msg {
        Some(m) => vm.error("ValueError", m.replace("%s", &repr_f(x))),
        None => domain(vm),
    };
    if r.is_nan() && !x.is_nan() {
        return Err(dom(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if spec.can_overflow { range_err(vm) } else { dom(vm) });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $msg:expr, $ovf:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
                math_1(vm, stringify!($name), &args, &kwargs, $f, Spec { msg: $msg, can_overflow: $ovf })
            }
        )*
    };
}

const FINITE: Option<&str> = Some("expected a finite input, got %s");
const UNIT: Option<&str> = Some("expected a number in range from -1 up to 1, got %s");
const GAMMA_MSG: Option<&str> = Some("expected a noninteger or positive integer, got %s");

unary! {
    sqrt => f64::sqrt, Some("expected a nonnegative input, got %s"), false;
    exp => f64::exp, None, true;
    exp2 => f64::exp2, None, true;
    expm1 => libm::expm1, None, true;
    sin => libm::sin, FINITE, false;
    cos => libm::cos, FINITE, false;
    tan => libm::tan, FINITE, false;
    asin => libm::asin, UNIT, false;
    acos => libm::acos, UNIT, false;
    atan => libm::atan, None, false;
    sinh => libm::sinh, None, true;
    cosh => m_cosh, None, true;
    tanh => libm::tanh, None, false;
    asinh => m_asinh, None, false;
    acosh => m_acosh, Some("expected argument value not less than 1, got %s"), false;
    atanh => libm::atanh, Some("expected a number between -1 and 1, got %s"), false;
    log1p => libm::log1p, Some("expected argument value > -1, got %s"), false;
    fabs => f64::abs, None, false;
    cbrt => m_cbrt, None, false;
    erf => super::erf::erf, None, false;
    erfc => super::erf::erfc, None, false;
}

/// cosh as musl computes it (exp and expm1 of the platform's new-style libm).
pub(crate) fn m_cosh(x: f64) -> f64 {
    let x = x.abs();
    let w = x.to_bits() >> 32;
    if w < 0x3fe6_2e42 {
        if w < 0x3ff0_0000 - (26 << 20) {
            return 1.0;
        }
        let t = libm::expm1(x);
        return 1.0 + t * t / (2.0 * (1.0 + t));
    }
    if w < 0x4086_2e42 {
        let t = x.exp();
        return 0.5 * (t + 1.0 / t);
    }
    // exp(x)/2 for x >= log(DBL_MAX): exp(x - k ln2) * 2**(k-1), k = 2043.
    let kln2 = f64::from_bits(0x4096_2066_151a_dd8b);
    let scale = f64::from_bits(((0x3ff + 2043 / 2) as u64) << 52);
    (x - kln2).exp() * scale * scale
}

/// cbrt as musl (FreeBSD) computes it: a polynomial estimate to 23 bits, rounded to 22
/// bits, then one Newton step.
fn m_cbrt(x: f64) -> f64 {
    const B1: u32 = 715_094_163;
    const B2: u32 = 696_219_795;
    const P0: f64 = 1.875_951_824_271_770_096_43;
    const P1: f64 = -1.884_979_795_433_771_698_75;
    const P2: f64 = 1.621_429_720_105_354_466_140;
    const P3: f64 = -0.758_397_934_778_766_047_437;
    const P4: f64 = 0.145_996_192_886_612_446_982;
    let mut hx = ((x.to_bits() >> 32) as u32) & 0x7fff_ffff;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if hx < 0x0010_0000 {
        let u = x * f64::from_bits(0x4350_0000_0000_0000); // 2**54
        hx = ((u.to_bits() >> 32) as u32) & 0x7fff_ffff;
        if hx == 0 {
            return x;
        }
        hx = hx / 3 + B2;
    } else {
        hx = hx / 3 + B1;
    }
    let mut t = f64::from_bits((x.to_bits() & (1u64 << 63)) | (u64::from(hx) << 32));
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    t = f64::from_bits((t.to_bits().wrapping_add(0x8000_0000)) & 0xffff_ffff_c000_0000);
    let s = t * t;
    let mut r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t + t * r
}

/// asinh as musl computes it.
pub(crate) fn m_asinh(x: f64) -> f64 {
    let e = (x.to_bits() >> 52) & 0x7ff;
    let a = x.abs();
    let r = if e >= 0x3ff + 26 {
        a.ln() + std::f64::consts::LN_2
    } else if e > 0x3ff {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else if e >= 0x3ff - 26 {
        libm::log1p(a + a * a / ((a * a + 1.0).sqrt() + 1.0))
    } else {
        a
    };
    r.copysign(x)
}

/// acosh as musl computes it.
fn m_acosh(x: f64) -> f64 {
    let e = (x.to_bits() >> 52) & 0x7ff;
    if e <= 0x3ff {
        return libm::log1p(x - 1.0 + ((x - 1.0) * (x - 1.0) + 2.0 * (x - 1.0)).sqrt());
    }
    if e < 0x3ff + 26 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    x.ln() + std::f64::consts::LN_2
}

// ----- gamma and lgamma (Lanczos approximation, N = 13, g = 6.024680040776729583740234375)

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate for large x.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => libm::sin(pi * y),
        1 => libm::cos(pi * (y - 0.5)),
        2 => libm::sin(pi * (1.0 - y)),
        3 => -libm::cos(pi * (y - 1.5)),
        _ => libm::sin(pi * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// Gamma: Ok(value) or Err(true) for a domain error, Err(false) for an overflow.
fn tgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(true);
    }
    if x == 0.0 {
        return Err(true);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(true);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            let mut i = 2.0;
            while i < x {
                f *= i;
                i += 1.0;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(false) } else { Ok(r) };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(false);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= f64::powf(y, absx - 0.5);
        } else {
            let sqrtpow = f64::powf(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= f64::powf(y, absx - 0.5);
        } else {
            let sqrtpow = f64::powf(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() { Err(false) } else { Ok(r) }
}

fn lgamma_f(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(true) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-f64::ln(absx));
    }
    let mut r = f64::ln(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (f64::ln(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = 1.144_729_885_849_400_174_143_427_351_353_058_711_647 - f64::ln(sinpi(absx).abs()) - f64::ln(absx) - r;
    }
    if r.is_infinite() { Err(false) } else { Ok(r) }
}

fn gamma_like(vm: &mut Vm, name: &str, args: Args, kwargs: Kwargs, f: fn(f64) -> Result<f64, bool>) -> PyResult {
    exactly_one_in(vm, "math", name, &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    match f(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(true) => Err(vm.error("ValueError", GAMMA_MSG.unwrap_or_default().replace("%s", &repr_f(x)))),
        Err(false) => Err(range_err(vm)),
    }
}

fn gamma(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    gamma_like(vm, "gamma", args, kwargs, tgamma)
}

fn lgamma(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    gamma_like(vm, "lgamma", args, kwargs, lgamma_f)
}

// ----- logarithms

/// CPython's `loghelper`: ints of any size (through frexp), other numbers through floats.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> Result<f64, PyErr> {
    let n = unwrap_native(v);
    if let Some(b) = to_big(&n) {
        if !b.is_positive() {
            return Err(vm.error("ValueError", "expected a positive input"));
        }
        if let Some(x) = super::util::big_to_f64(&b)
            && b.bits() < 1000
        {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = float_arg(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(vm.error("ValueError", format!("expected a positive input, got {}", repr_f(x))));
    }
    Ok(r)
}

fn log(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "log", &args, &kwargs, 1, 2)?;
    let num = loghelper(vm, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = loghelper(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.error("ZeroDivisionError", "division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.log2", &args, &kwargs)?;
    Ok(Value::float(loghelper(vm, &args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.log10", &args, &kwargs)?;
    Ok(Value::float(loghelper(vm, &args[0], libm::log10)?))
}

// ----- two-argument float functions

fn two(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<(f64, f64), PyErr> {
    positional(vm, name, args, kwargs, 2, 2)?;
    Ok((float_arg(vm, &args[0])?, float_arg(vm, &args[1])?))
}

fn atan2(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (y, x) = two(vm, "atan2", &args, &kwargs)?;
    Ok(Value::float(libm::atan2(y, x)))
}

fn copysign(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (x, y) = two(vm, "copysign", &args, &kwargs)?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (x, y) = two(vm, "fmod", &args, &kwargs)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(r))
}

fn remainder(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (x, y) = two(vm, "remainder", &args, &kwargs)?;
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain(vm));
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return Ok(Value::float(1.0f64.copysign(x) * r));
    }
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if y.is_nan() {
        return Ok(Value::float(y));
    }
    if x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::float(x))
}

fn mpow(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (x, y) = two(vm, "pow", &args, &kwargs)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return Err(domain(vm));
        }
        let r = f64::powf(x, y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range_err(vm) });
        }
        r
    };
    Ok(Value::float(r))
}

fn ldexp_fn(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "ldexp", &args, &kwargs, 2, 2)?;
    let x = float_arg(vm, &args[0])?;
    let e = match to_big(&unwrap_native(&args[1])) {
        Some(e) => e,
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = ldexp(x, e);
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}

fn frexp_fn(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.frexp", &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    let (m, e) = frexp(x);
    Ok(crate::interp::call::new_tuple([Value::float(m), Value::Int(e)]))
}

fn modf(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.modf", &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(crate::interp::call::new_tuple([Value::float(frac), Value::float(int)]))
}

fn fma(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "fma", &args, &kwargs, 3, 3)?;
    let x = float_arg(vm, &args[0])?;
    let y = float_arg(vm, &args[1])?;
    let z = float_arg(vm, &args[2])?;
    let r = libm::fma(x, y, z);
    if !r.is_finite() {
        if r.is_nan() {
            if !x.is_nan() && !y.is_nan() && !z.is_nan() {
                return Err(vm.error("ValueError", "invalid operation in fma"));
            }
        } else if x.is_finite() && y.is_finite() && z.is_finite() {
            return Err(vm.error("OverflowError", "overflow in fma"));
        }
    }
    Ok(Value::float(r))
}

fn nextafter_f(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

fn nextafter(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let steps = take_kwarg(&mut kwargs, "steps");
    no_more_kwargs(vm, "nextafter", &kwargs)?;
    if args.len() + usize::from(steps.is_some()) > 3 {
        return Err(vm.type_error(format!("nextafter() takes at most 3 arguments ({} given)", args.len() + usize::from(steps.is_some()))));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("nextafter() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let steps = steps.filter(|s| !matches!(s, Value::None));
    let x = float_arg(vm, &args[0])?;
    let y = float_arg(vm, &args[1])?;
    let Some(steps) = steps else { return Ok(Value::float(nextafter_f(x, y))) };
    let n = index_arg(vm, &steps)?;
    if n.is_negative() {
        return Err(vm.error("ValueError", "steps must be a non-negative integer"));
    }
    let mut n = n.to_u64().unwrap_or(u64::MAX);
    let mut r = x;
    // Walk in the ordered integer space of floats.
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(x + y));
    }
    let key = |f: f64| -> i64 {
        let b = f.to_bits() as i64;
        if b < 0 { i64::MIN - b } else { b }
    };
    let unkey = |k: i64| -> f64 { f64::from_bits((if k < 0 { i64::MIN - k } else { k }) as u64) };
    let (kx, ky) = (key(x), key(y));
    if kx == ky {
        return Ok(Value::float(y));
    }
    let dist = kx.abs_diff(ky);
    if n >= dist {
        return Ok(Value::float(y));
    }
    if n > 0 {
        let k = if ky > kx { kx + n as i64 } else { kx - n as i64 };
        r = unkey(k);
        n = 0;
    }
    let _ = n;
    Ok(Value::float(r))
}

fn ulp(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.ulp", &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = nextafter_f(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - nextafter_f(x, 0.0)));
    }
    Ok(Value::float(x2 - x))
}

// ----- float predicates and conversions

fn pred(vm: &mut Vm, name: &str, args: Args, kwargs: Kwargs, f: fn(f64) -> bool) -> PyResult {
    exactly_one(vm, name, &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    Ok(Value::Bool(f(x)))
}

fn isnan(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    pred(vm, "math.isnan", args, kwargs, f64::is_nan)
}

fn isinf(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    pred(vm, "math.isinf", args, kwargs, f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    pred(vm, "math.isfinite", args, kwargs, f64::is_finite)
}

fn degrees(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.degrees", &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.radians", &args, &kwargs)?;
    let x = float_arg(vm, &args[0])?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn float_to_int(vm: &Vm, r: f64) -> PyResult {
    if r.is_nan() {
        return Err(vm.error("ValueError", "cannot convert float NaN to integer"));
    }
    if r.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
    }
    if r.abs() < 9.0e18 {
        return Ok(Value::Int(r as i64));
    }
    let (m, e) = frexp(r);
    let mant = (m * 9007199254740992.0) as i64; // m * 2**53, exact
    let b = BigInt::from(mant);
    let shift = e - 53;
    Ok(from_big(if shift >= 0 { b << (shift as usize) } else { b >> ((-shift) as usize) }))
}

fn rounding(vm: &mut Vm, name: &str, dunder: &str, args: Args, kwargs: Kwargs, f: fn(f64) -> f64) -> PyResult {
    exactly_one_in(vm, "math", name, &args, &kwargs)?;
    let v = &args[0];
    if let Some(b) = to_big(v) {
        return Ok(from_big(b));
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, f(*x));
    }
    if let Some(r) = vm.call_dunder(v, dunder, vec![]) {
        return r;
    }
    if dunder == "__trunc__" {
        return Err(vm.type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v))));
    }
    let x = float_arg(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    rounding(vm, "floor", "__floor__", args, kwargs, f64::floor)
}

fn ceil(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    rounding(vm, "ceil", "__ceil__", args, kwargs, f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    rounding(vm, "trunc", "__trunc__", args, kwargs, f64::trunc)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`'s arguments, for math and cmath: (a, b,
/// rel_tol, abs_tol), the two values converted by `convert`, in CPython's order and with its
/// messages.
pub(crate) fn isclose_args<T>(
    vm: &mut Vm,
    mut args: Args,
    mut kwargs: Kwargs,
    convert: fn(&mut Vm, &Value) -> Result<T, PyErr>,
) -> Result<(T, T, f64, f64), PyErr> {
    let rel = take_kwarg(&mut kwargs, "rel_tol");
    let abs = take_kwarg(&mut kwargs, "abs_tol");
    for name in ["a", "b"] {
        if let Some(v) = take_kwarg(&mut kwargs, name) {
            args.push(v);
        }
    }
    no_more_kwargs(vm, "isclose", &kwargs)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    if args.len() < 2 {
        let (n, p) = if args.is_empty() { ("a", 1) } else { ("b", 2) };
        return Err(vm.type_error(format!("isclose() missing required argument '{n}' (pos {p})")));
    }
    let a = convert(vm, &args[0])?;
    let b = convert(vm, &args[1])?;
    let rel = match rel {
        Some(v) => float_arg(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => float_arg(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.error("ValueError", "tolerances must be non-negative"));
    }
    Ok((a, b, rel, abs))
}

fn isclose(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (a, b, rel, abs) = isclose_args(vm, args, kwargs, float_arg)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool((diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs))
}

// ----- sums and norms

/// Shewchuk's exact summation with CPython's special cases; Err(msg, overflow?).
fn msum(items: &[f64]) -> Result<f64, (&'static str, bool)> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in items {
        let mut x = x0;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(("intermediate overflow in fsum", true));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(("-inf + inf in fsum", false));
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn fsum(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.fsum", &args, &kwargs)?;
    let it = vm.get_iter(&args[0])?;
    let mut xs = Vec::new();
    while let Some(v) = vm.next(&it)? {
        xs.push(float_arg(vm, &v)?);
    }
    match msum(&xs) {
        Ok(r) => Ok(Value::float(r)),
        Err((m, true)) => Err(vm.error("OverflowError", m)),
        Err((m, false)) => Err(vm.error("ValueError", m)),
    }
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative `vec`, whose maximum is `max`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let pr_hi = x * x;
        let pr_lo = x.mul_add(x, -pr_hi);
        let sm_hi = csum + pr_hi;
        let sm_lo = (csum - sm_hi) + pr_hi;
        csum = sm_hi;
        frac1 += pr_lo;
        frac2 += sm_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr_hi = -h * h;
    let pr_lo = (-h).mul_add(h, -pr_hi);
    let sm_hi = csum + pr_hi;
    let sm_lo = (csum - sm_hi) + pr_hi;
    csum = sm_hi;
    frac1 += pr_lo;
    frac2 += sm_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(args.len());
    let (mut max, mut nan) = (0.0f64, false);
    for a in &args {
        let x = float_arg(vm, a)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::float(vector_norm(&mut v, max, nan)))
}

fn dist(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "dist", &args, &kwargs, 2, 2)?;
    let p = vm.seq_items(&args[0])?;
    let q = vm.seq_items(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.error("ValueError", "both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    let (mut max, mut nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (float_arg(vm, a)? - float_arg(vm, b)?).abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::float(vector_norm(&mut v, max, nan)))
}

fn prod(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let start = take_kwarg(&mut kwargs, "start");
    no_more_kwargs(vm, "prod", &kwargs)?;
    if args.len() != 1 {
        return Err(vm.type_error(if args.len() > 2 {
            format!("prod() takes at most 2 arguments ({} given)", args.len())
        } else {
            format!("prod() takes exactly 1 positional argument ({} given)", args.len())
        }));
    }
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(5, &acc, &x)?;
    }
    Ok(acc)
}

/// A sumprod term's value for the float path: a float, or an int exactly representable.
fn exact_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) if i.unsigned_abs() <= 1 << 53 => Some(*i as f64),
        _ => None,
    }
}

fn sumprod(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "sumprod", &args, &kwargs, 2, 2)?;
    let p = vm.get_iter(&args[0])?;
    let q = vm.get_iter(&args[1])?;
    let mut total = Value::Int(0);
    let mut ints: Option<BigInt> = None;
    let mut floats: Option<Vec<f64>> = None;
    loop {
        let a = vm.next(&p)?;
        let b = vm.next(&q)?;
        let (a, b) = match (a, b) {
            (None, None) => break,
            (Some(a), Some(b)) => (a, b),
            _ => return Err(vm.error("ValueError", "Inputs are not the same length")),
        };
        let is_int = |v: &Value| matches!(v, Value::Int(_)) || matches!(v.payload(), Some(Payload::BigInt(_)));
        let both_int = is_int(&a) && is_int(&b);
        if both_int {
            if let Some(fs) = floats.take() {
                total = flush_floats(vm, total, &fs)?;
            }
            let (Some(x), Some(y)) = (to_big(&a), to_big(&b)) else { break };
            *ints.get_or_insert_with(BigInt::zero) += x * y;
            continue;
        }
        let fl = match (exact_float(&a), exact_float(&b)) {
            (Some(x), Some(y)) if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) => {
                let hi = x * y;
                if hi.is_finite() { Some((hi, x.mul_add(y, -hi))) } else { None }
            }
            _ => None,
        };
        if let Some((hi, lo)) = fl {
            if let Some(i) = ints.take() {
                total = vm.binary_op(0, &total, &from_big(i))?;
            }
            let fs = floats.get_or_insert_with(Vec::new);
            fs.push(hi);
            fs.push(lo);
            continue;
        }
        if let Some(i) = ints.take() {
            total = vm.binary_op(0, &total, &from_big(i))?;
        }
        if let Some(fs) = floats.take() {
            total = flush_floats(vm, total, &fs)?;
        }
        let prod = vm.binary_op(5, &a, &b)?;
        total = vm.binary_op(0, &total, &prod)?;
    }
    if let Some(i) = ints.take() {
        total = vm.binary_op(0, &total, &from_big(i))?;
    }
    if let Some(fs) = floats.take() {
        total = flush_floats(vm, total, &fs)?;
    }
    Ok(total)
}

fn flush_floats(vm: &mut Vm, total: Value, fs: &[f64]) -> PyResult {
    let s = msum(fs).unwrap_or(f64::NAN);
    vm.binary_op(0, &total, &Value::float(s))
}

// ----- integer functions

fn factorial(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.factorial", &args, &kwargs)?;
    if matches!(args[0], Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = index_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.error("ValueError", "factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i32::MAX as u64) else {
        return Err(vm.error("OverflowError", "factorial() argument should not exceed 2147483647"));
    };
    Ok(from_big(product_range(1, n)))
}

/// lo * (lo+1) * ... * hi by binary splitting (1 when empty).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        let mut acc: u64 = 1;
        for i in lo..=hi {
            match acc.checked_mul(i) {
                Some(a) => acc = a,
                None => {
                    r *= acc;
                    acc = i;
                }
            }
        }
        return r * acc;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn comb_perm_args(vm: &mut Vm, args: &[Value]) -> Result<(BigInt, Option<BigInt>), PyErr> {
    let n = index_arg(vm, &args[0])?;
    let k = match args.get(1) {
        Some(Value::None) | None => None,
        Some(k) => Some(index_arg(vm, k)?),
    };
    if n.is_negative() {
        return Err(vm.error("ValueError", "n must be a non-negative integer"));
    }
    if let Some(k) = &k
        && k.is_negative()
    {
        return Err(vm.error("ValueError", "k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1).
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if let Some(nn) = n.to_u64() {
        return product_range(nn - k + 1, nn);
    }
    let mut r = BigInt::one();
    for i in 0..k {
        r *= n - i;
    }
    r
}

fn perm(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "perm", &args, &kwargs, 1, 2)?;
    let (n, k) = comb_perm_args(vm, &args)?;
    let Some(k) = k else {
        let Some(n) = n.to_u64() else { return Err(vm.error("OverflowError", "factorial() argument should not exceed 2147483647")) };
        return Ok(from_big(product_range(1, n)));
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.error("OverflowError", "k must not exceed 9223372036854775807"));
    };
    Ok(from_big(falling(&n, k)))
}

fn comb(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "comb", &args, &kwargs, 2, 2)?;
    let (n, k) = comb_perm_args(vm, &args)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.error("OverflowError", "min(n - k, k) must not exceed 9223372036854775807"));
    };
    Ok(from_big(falling(&n, k) / product_range(1, k)))
}

fn gcd(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for a in &args {
        let x = index_arg(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(from_big(g))
}

fn lcm(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for a in &args {
        let x = index_arg(vm, a)?;
        l = if l.is_zero() || x.is_zero() { BigInt::zero() } else { l.lcm(&x) };
    }
    Ok(from_big(l.abs()))
}

fn isqrt(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "math.isqrt", &args, &kwargs)?;
    let n = index_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.error("ValueError", "isqrt() argument must be nonnegative"));
    }
    Ok(from_big(n.sqrt()))
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fma", fma),
        ("fmod", fmod),
        ("frexp", frexp_fn),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp_fn),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", mpow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("sumprod", sumprod),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.push(("pi", Value::Float(std::f64::consts::PI)));
    items.push(("e", Value::Float(std::f64::consts::E)));
    items.push(("tau", Value::Float(std::f64::consts::TAU)));
    items.push(("inf", Value::Float(f64::INFINITY)));
    items.push(("nan", Value::float(f64::NAN)));
    module("math", items)
}
