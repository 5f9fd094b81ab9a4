//! `math`: CPython's math module in Rust (a first part of it).

use super::{module, Args, Kwargs};
use crate::objects::int::{from_big, to_big, to_f64};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use crate::builtins::builtin;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;

fn num(vm: &Vm, args: &Args, i: usize, fname: &str) -> Result<f64, PyErr> {
    match args.get(i) {
        Some(v) => match to_f64(v) {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
        None => Err(vm.type_error(format!("{fname}() takes exactly one argument (0 given)"))),
    }
}

macro_rules! unary_math {
    ($($fname:ident => $f:expr),* $(,)?) => {
        $(
            fn $fname(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
                let x = num(vm, &args, 0, stringify!($fname))?;
                let f: fn(f64) -> f64 = $f;
                let r = f(x);
                if r.is_nan() && !x.is_nan() {
                    return Err(vm.error("ValueError", "math domain error"));
                }
                Ok(Value::Float(r))
            }
        )*
    };
}

unary_math! {
    sqrt => f64::sqrt,
    exp => f64::exp,
    sin => f64::sin,
    cos => f64::cos,
    tan => f64::tan,
    atan => f64::atan,
    fabs => f64::abs,
    log2 => f64::log2,
    log10 => f64::log10,
}

fn log(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let x = num(vm, &args, 0, "log")?;
    if x <= 0.0 {
        return Err(vm.error("ValueError", "math domain error"));
    }
    let r = match args.get(1) {
        Some(_) => x.ln() / num(vm, &args, 1, "log")?.ln(),
        None => x.ln(),
    };
    Ok(Value::Float(r))
}

fn rounding(vm: &mut Vm, args: Args, f: fn(f64) -> f64, name: &str) -> PyResult {
    if let Some(v) = args.first()
        && to_big(v).is_some()
    {
        return Ok(from_big(to_big(v).unwrap_or_default()));
    }
    let x = num(vm, &args, 0, name)?;
    if !x.is_finite() {
        return Err(vm.error(
            if x.is_nan() { "ValueError" } else { "OverflowError" },
            if x.is_nan() { "cannot convert float NaN to integer" } else { "cannot convert float infinity to integer" },
        ));
    }
    let r = f(x);
    Ok(if r.abs() < 9.0e18 { Value::Int(r as i64) } else { from_big(BigInt::from(r.to_i128().unwrap_or(0))) })
}

fn floor(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    rounding(vm, args, f64::floor, "floor")
}

fn ceil(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    rounding(vm, args, f64::ceil, "ceil")
}

fn trunc(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    rounding(vm, args, f64::trunc, "trunc")
}

fn atan2(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Float(num(vm, &args, 0, "atan2")?.atan2(num(vm, &args, 1, "atan2")?)))
}

fn hypot(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let mut s = 0.0f64;
    for i in 0..args.len() {
        let x = num(vm, &args, i, "hypot")?;
        s = s.hypot(x);
    }
    Ok(Value::Float(s))
}

fn mpow(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Float(num(vm, &args, 0, "pow")?.powf(num(vm, &args, 1, "pow")?)))
}

fn int_arg(vm: &Vm, args: &Args, i: usize) -> Result<BigInt, PyErr> {
    match args.get(i).and_then(to_big) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args.get(i).map(|v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

fn gcd(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    use num_integer::Integer;
    let mut g = BigInt::zero();
    for i in 0..args.len() {
        g = g.gcd(&int_arg(vm, &args, i)?);
    }
    Ok(from_big(g))
}

fn factorial(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let n = int_arg(vm, &args, 0)?;
    if n.is_negative() {
        return Err(vm.error("ValueError", "factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(from_big(r))
}

fn isqrt(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let n = int_arg(vm, &args, 0)?;
    if n.is_negative() {
        return Err(vm.error("ValueError", "isqrt() argument must be nonnegative"));
    }
    Ok(from_big(n.sqrt()))
}

fn isnan(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(num(vm, &args, 0, "isnan")?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(num(vm, &args, 0, "isinf")?.is_infinite()))
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("atan", atan),
        ("atan2", atan2),
        ("fabs", fabs),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("hypot", hypot),
        ("pow", mpow),
        ("gcd", gcd),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("isnan", isnan),
        ("isinf", isinf),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.push(("pi", Value::Float(std::f64::consts::PI)));
    items.push(("e", Value::Float(std::f64::consts::E)));
    items.push(("tau", Value::Float(std::f64::consts::TAU)));
    items.push(("inf", Value::Float(f64::INFINITY)));
    items.push(("nan", Value::Float(f64::NAN)));
    module("math", items)
}

