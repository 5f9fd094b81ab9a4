//! Comparisons and hashing of Decimals: the rich comparisons with ints, floats (setting or
//! trapping FloatOperation as CPython's `_decimal` does), complex numbers (equality only) and
//! rationals such as Fraction (exactly, through numerator and denominator), NaN rules
//! (InvalidOperation for ordering and for signaling NaNs), and CPython's numeric hash
//! (equal to the hash of an equal int, float or Fraction).

use super::arith;
use super::context::{self, apply, current};
use super::dectype::{dec_of, operand};
use super::number::*;
use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::Value;
use num_bigint::{BigInt, BigUint};
use num_traits::{Signed, ToPrimitive};
use std::cmp::Ordering;

fn this(vm: &Vm, args: &[Value]) -> Result<Dec, PyErr> {
    args.first().and_then(dec_of).ok_or_else(|| vm.type_error("descriptor requires a 'decimal.Decimal' object"))
}

/// The other operand of a comparison.
enum Cmp {
    Dec(Dec),
    /// numerator, denominator (> 0)
    Ratio(BigInt, BigInt),
}

fn cmp_operand(vm: &mut Vm, v: &Value, equality: bool) -> Result<Option<Cmp>, PyErr> {
    if let Some(d) = operand(v) {
        return Ok(Some(Cmp::Dec(d)));
    }
    let float_op = |vm: &mut Vm| -> Result<(), PyErr> {
        let cv = current(vm);
        if equality {
            native::with_state::<context::CtxState, _>(&cv, |s| s.flags |= FLOAT_OPERATION);
            Ok(())
        } else {
            apply(vm, &cv, FLOAT_OPERATION)
        }
    };
    match v {
        Value::Float(f) => {
            float_op(vm)?;
            return Ok(Some(Cmp::Dec(Dec::from_f64(*f))));
        }
        Value::Obj(_) => {}
        _ => return Ok(None),
    }
    if let Some(Payload::Complex { re, im }) = v.payload() {
        if !equality || *im != 0.0 {
            return Ok(if equality { Some(Cmp::Dec(Dec::nan())) } else { None });
        }
        float_op(vm)?;
        return Ok(Some(Cmp::Dec(Dec::from_f64(*re))));
    }
    if matches!(v.payload(), Some(Payload::Instance(_))) {
        let n = vm.getattr_opt(v, "numerator")?;
        let d = vm.getattr_opt(v, "denominator")?;
        if let (Some(n), Some(d)) = (n, d)
            && let (Some(n), Some(d)) = (crate::objects::int::to_big(&n), crate::objects::int::to_big(&d))
            && d.is_positive()
        {
            return Ok(Some(Cmp::Ratio(n, d)));
        }
    }
    Ok(None)
}

/// `a` compared with n/d exactly (a not a NaN).
fn cmp_ratio(a: &Dec, n: &BigInt, d: &BigInt) -> Ordering {
    if a.is_inf() {
        return if a.neg { Ordering::Less } else { Ordering::Greater };
    }
    let c = BigInt::from(a.coef.clone());
    let c = if a.neg { -c } else { c };
    let (lhs, rhs) = if a.exp >= 0 {
        (c * BigInt::from(pow10(a.exp as u64)) * d, n.clone())
    } else {
        (c * d, n * BigInt::from(pow10((-a.exp) as u64)))
    };
    lhs.cmp(&rhs)
}

/// The rich comparisons (OP: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=).
pub fn richcmp<const OP: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let equality = OP == 2 || OP == 3;
    let Some(b) = cmp_operand(vm, args.get(1).unwrap_or(&Value::None), equality)? else {
        return Ok(Value::not_implemented());
    };
    let b_nan = matches!(&b, Cmp::Dec(d) if d.is_nan());
    if a.is_nan() || b_nan {
        let snan = a.kind == Kind::SNaN || matches!(&b, Cmp::Dec(d) if d.kind == Kind::SNaN);
        if snan || !equality {
            let cv = current(vm);
            apply(vm, &cv, INVALID_OPERATION)?;
        }
        return Ok(Value::Bool(OP == 3));
    }
    let o = match &b {
        Cmp::Dec(d) => arith::cmp(&a, d),
        Cmp::Ratio(n, d) => cmp_ratio(&a, n, d),
    };
    Ok(Value::Bool(match OP {
        0 => o == Ordering::Less,
        1 => o != Ordering::Greater,
        2 => o == Ordering::Equal,
        3 => o != Ordering::Equal,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }))
}

pub fn hash(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    match a.kind {
        Kind::SNaN => Err(vm.type_error("Cannot hash a signaling NaN value")),
        Kind::NaN => Ok(Value::Int(crate::objects::dict::identity_hash(&args[0]) as i64)),
        Kind::Inf => Ok(Value::Int(if a.neg { -314_159 } else { 314_159 })),
        Kind::Finite => {
            const P: u64 = (1 << 61) - 1;
            let p = BigUint::from(P);
            // 10**-k mod P through the inverse of 10.
            let inv10 = BigUint::from(10u32).modpow(&BigUint::from(P - 2), &p);
            let e = if a.exp >= 0 { BigUint::from(10u32).modpow(&BigUint::from(a.exp as u64), &p) } else { inv10.modpow(&BigUint::from((-a.exp) as u64), &p) };
            let h = ((&a.coef % &p) * e % &p).to_i64().unwrap_or(0);
            let h = if a.neg { -h } else { h };
            Ok(Value::Int(if h == -1 { -2 } else { h }))
        }
    }
}
