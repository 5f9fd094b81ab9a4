//! Argument helpers shared by the Rust modules: CPython's conversions of arguments to
//! floats (`__float__`, `__index__`), to integers (`__index__`), arity and keyword checks
//! with CPython's messages, and exact big-int to float conversion.

use super::Kwargs;
use crate::builtins::slots::unwrap_native;
use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use crate::objects::int::to_big;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// `(m, e)` with `b == m * 2**e` and `0.5 <= |m| < 1`, `m` correctly rounded to 53 bits
/// (as CPython's `_PyLong_Frexp`); `(0.0, 0)` for zero.
pub fn big_frexp(b: &BigInt) -> (f64, i64) {
    if b.is_zero() {
        return (0.0, 0);
    }
    let neg = b.is_negative();
    let mag = b.abs();
    let bits = mag.bits() as i64;
    let (top, shift) = if bits <= 62 {
        (mag.to_u64().unwrap_or(0), 0)
    } else {
        let shift = bits - 62;
        let top: BigInt = &mag >> (shift as usize);
        let mut t = top.to_u64().unwrap_or(0);
        let back: BigInt = BigInt::from(t) << (shift as usize);
        if back != mag {
            t |= 1;
        }
        (t, shift)
    };
    // `top` has at most 62 significant bits; the conversion rounds half-even, and the sticky
    // bit keeps ties that are not ties from rounding down.
    let f = top as f64;
    let (m, e) = frexp(f);
    (if neg { -m } else { m }, e + shift)
}

/// C's frexp.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// C's ldexp (correct rounding of subnormal results, overflow to infinity).
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let total = me.saturating_add(e.clamp(-5000, 5000));
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        return m * 2.0 * pow2(total - 1);
    }
    let shift = total + 1074;
    if shift < -2 {
        return 0.0f64.copysign(x);
    }
    // One rounding, half to even, at the subnormal grid.
    let y = (m * pow2(shift)).round_ties_even();
    (y * pow2(-1074)).copysign(x)
}

/// 2**e for -1022 <= e <= 1023 (0.0 / inf beyond).
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

/// An int's value as a float, correctly rounded; None when it overflows.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        return Some(i as f64);
    }
    let (m, e) = big_frexp(b);
    if e > 1024 {
        return None;
    }
    let r = ldexp(m, e);
    if r.is_finite() { Some(r) } else { None }
}

/// An argument as a float, as CPython's `PyFloat_AsDouble`.
pub fn float_arg(vm: &mut Vm, v: &Value) -> Result<f64, PyErr> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    match v.payload() {
        Some(Payload::BigInt(b)) => big_to_f64(b).ok_or_else(|| vm.error("OverflowError", "int too large to convert to float")),
        Some(Payload::Instance(_)) => {
            if let Some(r) = vm.call_dunder(v, "__float__", vec![]) {
                let r = r?;
                return match unwrap_native(&r) {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r)))),
                };
            }
            if let Some(r) = vm.call_dunder(v, "__index__", vec![]) {
                let r = r?;
                return match to_big(&unwrap_native(&r)) {
                    Some(b) => big_to_f64(&b).ok_or_else(|| vm.error("OverflowError", "int too large to convert to float")),
                    None => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
                };
            }
            let n = unwrap_native(v);
            if !n.is(v) && matches!(n, Value::Float(_) | Value::Int(_)) {
                return float_arg(vm, &n);
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// An argument as an integer (`operator.index`).
pub fn index_arg(vm: &mut Vm, v: &Value) -> Result<BigInt, PyErr> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if let Some(Payload::Instance(_)) = v.payload() {
        let n = unwrap_native(v);
        if let Some(b) = to_big(&n) {
            return Ok(b);
        }
        if let Some(r) = vm.call_dunder(v, "__index__", vec![]) {
            let r = r?;
            return match to_big(&unwrap_native(&r)) {
                Some(b) => Ok(b),
                None => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
            };
        }
    }
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// An argument as an i64 index, with `OverflowError(msg)` when it does not fit.
pub fn index_i64(vm: &mut Vm, v: &Value) -> Result<i64, PyErr> {
    let b = index_arg(vm, v)?;
    b.to_i64().ok_or_else(|| vm.error("OverflowError", "Python int too large to convert to C ssize_t"))
}

/// "math.sqrt() takes exactly one argument (N given)" (METH_O functions).
pub fn exactly_one(vm: &Vm, qualname: &str, args: &[Value], kwargs: &Kwargs) -> Result<(), PyErr> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!("{qualname}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(())
}

/// [`exactly_one`] for `module.name`: the qualified name is made only for the error (it was
/// formatted on every call of `math.sqrt` and the like).
#[inline]
pub fn exactly_one_in(vm: &Vm, module: &str, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<(), PyErr> {
    if kwargs.is_empty() && args.len() == 1 {
        return Ok(());
    }
    exactly_one(vm, &format!("{module}.{name}"), args, kwargs)
}

/// "name expected N arguments, got M" style checks (`_PyArg_CheckPositional`).
pub fn positional(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs, min: usize, max: usize) -> Result<(), PyErr> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(vm.type_error(if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", plural(max))
    }))
}

/// Removes keyword `name` from `kwargs`.
pub fn take_kwarg(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(k, _)| k == name)?;
    Some(kwargs.remove(i).1)
}

/// "f() got an unexpected keyword argument 'k'" for any keyword left over.
pub fn no_more_kwargs(vm: &Vm, name: &str, kwargs: &Kwargs) -> Result<(), PyErr> {
    match kwargs.first() {
        Some((k, _)) => Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        None => Ok(()),
    }
}

use crate::value::Value;

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_) | Payload::MethodDescr { .. }) => true,
        Some(Payload::Instance(i)) => crate::objects::types::lookup(&i.class(), "__call__").is_some(),
        _ => false,
    }
}

/// `sys.modules[module].attr`, when both exist (how a Rust module finds its own classes).
pub fn loaded_attr(vm: &Vm, module: &str, attr: &str) -> Option<Value> {
    let Some(Payload::Dict(mods)) = vm.import.modules.payload() else { return None };
    let m = mods.borrow().get_str(module)?;
    let Some(Payload::Module { dict, .. }) = m.payload() else { return None };
    let Payload::Dict(d) = &dict.payload else { return None };
    d.borrow().get_str(attr)
}

/// Binds `args`/`kwargs` of a module function to `names` (the first `required` must be
/// given), with Argument Clinic's messages; unbound optional parameters are None.
pub fn bind(vm: &Vm, fname: &str, args: &[Value], kwargs: &Kwargs, names: &[&str], required: usize) -> Result<Vec<Option<Value>>, PyErr> {
    if args.len() > names.len() {
        return Err(vm.type_error(if names.len() == 1 && required == 1 {
            format!("{fname}() takes exactly one argument ({} given)", args.len())
        } else if names.is_empty() {
            format!("{fname}() takes no arguments ({} given)", args.len())
        } else {
            format!("{fname}() takes at most {} argument{} ({} given)", names.len(), if names.len() == 1 { "" } else { "s" }, args.len())
        }));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => return Err(vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1))),
            None => {
                let keywords: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                return Err(crate::builtins::methods::unexpected_keyword(vm, fname, k, &keywords));
            }
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}

/// An optional argument as a bool (its truth value); `default` when absent or None-less.
pub fn bool_arg(vm: &mut Vm, v: &Option<Value>, default: bool) -> Result<bool, PyErr> {
    match v {
        None => Ok(default),
        Some(v) => vm.truthy(v),
    }
}

/// An empty vector with room for `n` items, or CPython's MemoryError when that much memory
/// cannot be had (a huge repeat count must not abort the process).
pub fn vec_with_capacity<T>(vm: &Vm, n: usize) -> Result<Vec<T>, PyErr> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| PyErr(crate::interp::exceptions::new_exception(vm.types.exception("MemoryError"), vec![])))?;
    Ok(v)
}
