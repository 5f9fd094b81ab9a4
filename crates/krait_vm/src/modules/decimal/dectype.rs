//! The Python `Decimal` type over `Dec`: construction (str, int, float, tuple, Decimal,
//! with the context's FloatOperation and ConversionSyntax rules), the operators with int
//! operands (floats are refused; comparisons are in `compare.rs`), conversions (int,
//! float, round, floor, ceil, trunc, as_tuple, as_integer_ratio) and the methods;
//! `Context`'s arithmetic methods share the operation table (`binary`/`unary`).

use super::arith;
use super::context::{self, apply, ctx_arg, current};
use super::number::*;
use super::text;
use super::transcend;
use super::{Args, Kwargs, classes};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::Value;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

pub fn dec_of(v: &Value) -> Option<Dec> {
    native::with_state::<Dec, _>(v, |d| d.clone())
}

pub fn new_dec(vm: &Vm, d: Dec) -> Value {
    native::wrap(&classes(vm).decimal, d)
}

fn ctx_of(vm: &Vm, cv: &Value) -> (Ctx, bool) {
    let s = context::state(cv).unwrap_or_else(|| context::state(&current(vm)).unwrap_or_else(context::default_state));
    (s.ctx, s.capitals)
}

/// An operand as a Decimal: a Decimal or an int (exactly); None for other types.
pub fn operand(v: &Value) -> Option<Dec> {
    match v {
        Value::Int(i) => Some(Dec::from_i64(*i)),
        Value::Bool(b) => Some(Dec::from_i64(i64::from(*b))),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => Some(Dec::from_bigint(b)),
            _ => dec_of(v),
        },
    }
}

/// An operand of a method: a Decimal or an int, else CPython's TypeError.
pub fn operand_raise(vm: &Vm, v: &Value) -> Result<Dec, PyErr> {
    operand(v).ok_or_else(|| vm.type_error(format!("conversion from {} to Decimal is not supported", vm.type_name(v))))
}

/// `Decimal(value)` exactly (`ctx` receives the conditions; `round` rounds to it as
/// create_decimal does).
pub fn convert_value(vm: &mut Vm, v: &Value, cv: &Value, round: bool) -> Result<Dec, PyErr> {
    let (ctx, _) = ctx_of(vm, cv);
    let mut st = 0u32;
    let d = if let Some(s) = v.as_str() {
        match text::parse(s) {
            Ok(d) => {
                if d.is_nan() && !d.coef.is_zero() && round && d.digits() > ctx.prec - i64::from(ctx.clamp) {
                    st |= CONVERSION_SYNTAX;
                    Dec::nan()
                } else {
                    d
                }
            }
            Err(c) => {
                st |= c;
                Dec::nan()
            }
        }
    } else if let Value::Float(f) = v {
        st |= FLOAT_OPERATION;
        Dec::from_f64(*f)
    } else if let Some(d) = operand(v) {
        d
    } else if let Some(Payload::Tuple(_) | Payload::List(_)) = v.payload() {
        from_tuple(vm, v)?
    } else {
        return Err(vm.type_error(format!("conversion from {} to Decimal is not supported", vm.type_name(v))));
    };
    let d = if round { ctx.fix(d, &mut st) } else { d };
    apply(vm, cv, st)?;
    Ok(d)
}

fn from_tuple(vm: &mut Vm, v: &Value) -> Result<Dec, PyErr> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    if items.len() != 3 {
        return Err(vm.error("ValueError", "argument must be a sequence of length 3"));
    }
    let neg = match &items[0] {
        Value::Int(0) | Value::Bool(false) => false,
        Value::Int(1) | Value::Bool(true) => true,
        _ => return Err(vm.error("ValueError", "sign must be an integer with the value 0 or 1")),
    };
    let kind = match &items[2] {
        Value::Int(_) | Value::Bool(_) => Kind::Finite,
        x if matches!(x.payload(), Some(Payload::BigInt(_))) => Kind::Finite,
        x => match x.as_str() {
            Some("F") => Kind::Inf,
            Some("n") => Kind::NaN,
            Some("N") => Kind::SNaN,
            Some(_) => return Err(vm.error("ValueError", "string argument in the third position must be 'F', 'n' or 'N'")),
            None => return Err(vm.error("ValueError", "exponent must be an integer")),
        },
    };
    let digits: Vec<Value> = match items[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => return Err(vm.error("ValueError", "coefficient must be a tuple of digits")),
    };
    let mut s = String::new();
    for d in &digits {
        match d {
            Value::Int(i) if (0..=9).contains(i) => s.push(char::from(b'0' + *i as u8)),
            _ => return Err(vm.error("ValueError", "coefficient must be a tuple of digits")),
        }
    }
    let coef: BigUint = if s.is_empty() { BigUint::zero() } else { s.parse().unwrap_or_default() };
    match kind {
        Kind::Inf => Ok(Dec::inf(neg)),
        Kind::NaN | Kind::SNaN => Ok(Dec { neg, kind, coef, exp: 0 }),
        Kind::Finite => {
            let exp = match &items[2] {
                Value::Int(i) => *i,
                Value::Bool(b) => i64::from(*b),
                _ => return Err(vm.error("ValueError", "exponent must be an integer")),
            };
            Ok(Dec::finite(neg, coef, exp))
        }
    }
}

/// Binds arguments as CPython's `PyArg_ParseTupleAndKeywords` without a function name
/// does, with its messages ("function takes at most 2 arguments (3 given)").
pub fn parse(vm: &Vm, args: &[Value], kwargs: &Kwargs, names: &[&str], required: usize) -> Result<Vec<Option<Value>>, PyErr> {
    let total = args.len() + kwargs.len();
    if total > names.len() {
        let n = names.len();
        let how = if required == n { "exactly" } else { "at most" };
        return Err(vm.type_error(format!("function takes {how} {n} argument{} ({total} given)", if n == 1 { "" } else { "s" })));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => return Err(vm.type_error(format!("argument for function given by name ('{k}') and position ({})", i + 1))),
            None => return Err(vm.type_error(format!("this function got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(vm.type_error(format!("function missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}

/// A method of no arguments called with some: CPython's METH_NOARGS message.
pub fn no_args(vm: &Vm, qualname: &str, args: &[Value]) -> Result<(), PyErr> {
    if args.len() > 1 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(())
}

pub fn decimal_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("Decimal.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    let p = parse(vm, &args, &kwargs, &["value", "context"], 0)?;
    let cv = ctx_arg(vm, p[1].as_ref())?;
    let Some(cls) = cls.as_obj().cloned() else { return Err(vm.type_error("Decimal.__new__(X): X is not a type object")) };
    // Decimal(d) for an exact Decimal is d itself.
    if let Some(v) = &p[0]
        && std::rc::Rc::ptr_eq(&cls, &classes(vm).decimal)
        && std::rc::Rc::ptr_eq(&vm.types.type_of(v), &cls)
    {
        return Ok(v.clone());
    }
    let d = match &p[0] {
        None => Dec::zero(),
        Some(v) => convert_value(vm, v, &cv, false)?,
    };
    Ok(native::wrap(&cls, d))
}

fn this(vm: &Vm, args: &[Value]) -> Result<Dec, PyErr> {
    args.first().and_then(dec_of).ok_or_else(|| vm.type_error("descriptor requires a 'decimal.Decimal' object"))
}

// ---- the operation tables ----

pub const ADD: u8 = 0;
pub const SUB: u8 = 1;
pub const MUL: u8 = 2;
pub const DIV: u8 = 3;
pub const FLOORDIV: u8 = 4;
pub const MOD: u8 = 5;
pub const POW: u8 = 6;
pub const COMPARE: u8 = 7;
pub const MAX: u8 = 8;
pub const MIN: u8 = 9;
pub const MAX_MAG: u8 = 10;
pub const MIN_MAG: u8 = 11;
pub const REM_NEAR: u8 = 12;
pub const NEXT_TOWARD: u8 = 13;
pub const QUANTIZE: u8 = 14;
pub const COMPARE_SIGNAL: u8 = 15;
pub const SCALEB: u8 = 16;
pub const LOGICAL_AND: u8 = 17;
pub const LOGICAL_OR: u8 = 18;
pub const LOGICAL_XOR: u8 = 19;
pub const SHIFT: u8 = 20;
pub const ROTATE: u8 = 21;

/// A binary operation under `ctx`.
pub fn binary(k: u8, a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    match k {
        ADD => arith::add(a, b, ctx, st),
        SUB => arith::sub(a, b, ctx, st),
        MUL => arith::mul(a, b, ctx, st),
        DIV => arith::div(a, b, ctx, st),
        FLOORDIV => arith::floordiv(a, b, ctx, st),
        MOD => arith::rem(a, b, ctx, st),
        POW => arith::pow(a, b, ctx, st).unwrap_or_else(|| transcend::pow(a, b, ctx, st)),
        COMPARE | COMPARE_SIGNAL => {
            if a.is_nan() || b.is_nan() {
                if k == COMPARE_SIGNAL {
                    *st |= INVALID_OPERATION;
                }
                return arith::nan_operand(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
            }
            Dec::from_i64(match arith::cmp(a, b) {
                Ordering::Less => -1,
                Ordering::Equal => 0,
                Ordering::Greater => 1,
            })
        }
        MAX => arith::max_min(a, b, Ordering::Greater, false, ctx, st),
        MIN => arith::max_min(a, b, Ordering::Less, false, ctx, st),
        MAX_MAG => arith::max_min(a, b, Ordering::Greater, true, ctx, st),
        MIN_MAG => arith::max_min(a, b, Ordering::Less, true, ctx, st),
        REM_NEAR => arith::rem_near(a, b, ctx, st),
        NEXT_TOWARD => arith::next_toward(a, b, ctx, st),
        QUANTIZE => arith::quantize(a, b, ctx.rounding, ctx, st),
        SCALEB => scaleb(a, b, ctx, st),
        LOGICAL_AND | LOGICAL_OR | LOGICAL_XOR => super::digitwise::logical(k - LOGICAL_AND, a, b, ctx, st),
        SHIFT | ROTATE => super::digitwise::shift(a, b, k == ROTATE, ctx, st),
        _ => Dec::nan(),
    }
}

fn scaleb(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = arith::nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    if b.is_inf() || !b.is_integer() || b.exp != 0 && b.trunc_int().abs() > BigInt::from(2 * (ctx.emax + ctx.prec)) {
        return arith::invalid(st);
    }
    let n = b.trunc_int();
    let lim = BigInt::from(2 * (ctx.emax + ctx.prec));
    if n.abs() > lim {
        return arith::invalid(st);
    }
    if a.is_inf() {
        return a.clone();
    }
    let mut d = a.clone();
    d.exp += n.to_i64().unwrap_or(0);
    ctx.fix(d, st)
}

pub const NEG: u8 = 0;
pub const POS: u8 = 1;
pub const ABS: u8 = 2;
pub const SQRT: u8 = 3;
pub const EXP: u8 = 4;
pub const LN: u8 = 5;
pub const LOG10: u8 = 6;
pub const NORMALIZE: u8 = 7;
pub const NEXT_PLUS: u8 = 8;
pub const NEXT_MINUS: u8 = 9;
pub const TO_INTEGRAL: u8 = 10;
pub const TO_INTEGRAL_EXACT: u8 = 11;
pub const LOGB: u8 = 12;
pub const LOGICAL_INVERT: u8 = 13;

pub fn unary(k: u8, a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    match k {
        NEG => arith::minus(a, ctx, st),
        POS => arith::plus(a, ctx, st),
        ABS => arith::abs(a, ctx, st),
        SQRT => arith::sqrt(a, ctx, st),
        EXP => transcend::exp(a, ctx, st),
        LN => transcend::ln(a, ctx, st),
        LOG10 => transcend::log10(a, ctx, st),
        NORMALIZE => arith::normalize(a, ctx, st),
        NEXT_PLUS => arith::next(a, true, ctx, st),
        NEXT_MINUS => arith::next(a, false, ctx, st),
        TO_INTEGRAL => arith::to_integral(a, ctx.rounding, false, ctx, st),
        TO_INTEGRAL_EXACT => arith::to_integral(a, ctx.rounding, true, ctx, st),
        LOGB => logb(a, ctx, st),
        LOGICAL_INVERT => super::digitwise::invert(a, ctx, st),
        _ => Dec::nan(),
    }
}

fn logb(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = arith::nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return Dec::inf(false);
    }
    if a.is_zero() {
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(true);
    }
    ctx.fix(Dec::from_i64(a.adjusted()), st)
}

/// Runs a binary operation under the context value `cv` and wraps the result.
fn run_binary(vm: &mut Vm, k: u8, a: &Dec, b: &Dec, cv: &Value) -> PyResult {
    let (ctx, _) = ctx_of(vm, cv);
    let mut st = 0;
    let r = binary(k, a, b, &ctx, &mut st);
    apply(vm, cv, st)?;
    Ok(new_dec(vm, r))
}

/// `a OP b` for the operators: NotImplemented for non-Decimal, non-int operands.
pub fn op<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let Some(b) = args.get(1).and_then(operand) else { return Ok(Value::not_implemented()) };
    if K == POW && args.get(2).is_some_and(|m| !matches!(m, Value::None)) {
        return pow_mod(vm, &a, &b, &args[2]);
    }
    let cv = current(vm);
    run_binary(vm, K, &a, &b, &cv)
}

/// `b OP a` (the reflected operators).
pub fn rop<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let Some(b) = args.get(1).and_then(operand) else { return Ok(Value::not_implemented()) };
    let cv = current(vm);
    run_binary(vm, K, &b, &a, &cv)
}

fn pow_mod(vm: &mut Vm, a: &Dec, b: &Dec, m: &Value) -> PyResult {
    let Some(m) = operand(m) else { return Ok(Value::not_implemented()) };
    let cv = current(vm);
    let (ctx, _) = ctx_of(vm, &cv);
    let mut st = 0;
    let r = powmod(a, b, &m, &ctx, &mut st);
    apply(vm, &cv, st)?;
    Ok(new_dec(vm, r))
}

/// `pow(a, b, m)` as libmpdec's mpd_qpowmod: integers only, b >= 0, m nonzero with at most
/// prec digits; the sign is a's when b is odd.
fn powmod(a: &Dec, b: &Dec, m: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_special() || b.is_special() || m.is_special() {
        for d in [a, b, m] {
            if d.kind == Kind::SNaN {
                return arith::nan_operand(d, None, ctx, st).unwrap_or_else(Dec::nan);
            }
        }
        for d in [a, b, m] {
            if d.kind == Kind::NaN {
                return arith::nan_operand(d, None, ctx, st).unwrap_or_else(Dec::nan);
            }
        }
        return arith::invalid(st);
    }
    if !a.is_integer() || !b.is_integer() || !m.is_integer() || m.is_zero() || m.digits() + m.exp > ctx.prec {
        return arith::invalid(st);
    }
    let e = b.trunc_int();
    let neg = a.neg && e.is_odd();
    if b.is_zero() {
        if a.is_zero() {
            return arith::invalid(st);
        }
        let one = m.trunc_int().abs().is_one();
        return Dec::finite(neg, if one { BigUint::zero() } else { BigUint::one() }, 0);
    }
    if b.neg {
        return arith::invalid(st);
    }
    if a.is_zero() {
        return Dec::finite(neg, BigUint::zero(), 0);
    }
    let mm = m.trunc_int().abs();
    let r = a.trunc_int().abs().modpow(&e, &mm);
    Dec::finite(neg, r.magnitude().clone(), 0)
}

/// `divmod(a, b)` and its reflection.
pub fn divmod_op<const R: bool>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let Some(b) = args.get(1).and_then(operand) else { return Ok(Value::not_implemented()) };
    let (x, y) = if R { (b, a) } else { (a, b) };
    let cv = current(vm);
    divmod_values(vm, &x, &y, &cv)
}

pub fn divmod_values(vm: &mut Vm, x: &Dec, y: &Dec, cv: &Value) -> PyResult {
    let (ctx, _) = ctx_of(vm, cv);
    let mut st = 0;
    let (q, r) = arith::divmod(x, y, &ctx, &mut st);
    apply(vm, cv, st)?;
    Ok(crate::interp::call::new_tuple([new_dec(vm, q), new_dec(vm, r)]))
}

pub fn unary_op<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let cv = current(vm);
    let (ctx, _) = ctx_of(vm, &cv);
    let mut st = 0;
    let r = unary(K, &a, &ctx, &mut st);
    apply(vm, &cv, st)?;
    Ok(new_dec(vm, r))
}

/// A method `a.name(context=None)`.
pub fn unary_method<const K: u8>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["context"], 0)?;
    let cv = ctx_arg(vm, p[0].as_ref())?;
    let (ctx, _) = ctx_of(vm, &cv);
    let mut st = 0;
    let r = unary(K, &a, &ctx, &mut st);
    apply(vm, &cv, st)?;
    Ok(new_dec(vm, r))
}

/// A method `a.name(other, context=None)`.
pub fn binary_method<const K: u8>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["other", "context"], 1)?;
    let b = operand_raise(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let cv = ctx_arg(vm, p[1].as_ref())?;
    run_binary(vm, K, &a, &b, &cv)
}

/// `a.to_integral_value(rounding=None, context=None)` and friends.
pub fn integral_method<const EXACT: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["rounding", "context"], 0)?;
    let cv = ctx_arg(vm, p[1].as_ref())?;
    let (ctx, _) = ctx_of(vm, &cv);
    let rounding = match &p[0] {
        None | Some(Value::None) => ctx.rounding,
        Some(r) => context::rounding_arg(vm, r)?,
    };
    let mut st = 0;
    let r = arith::to_integral(&a, rounding, EXACT, &ctx, &mut st);
    apply(vm, &cv, st)?;
    Ok(new_dec(vm, r))
}

pub fn quantize_method(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["exp", "rounding", "context"], 1)?;
    let b = operand_raise(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let cv = ctx_arg(vm, p[2].as_ref())?;
    let (ctx, _) = ctx_of(vm, &cv);
    let rounding = match &p[1] {
        None | Some(Value::None) => ctx.rounding,
        Some(r) => context::rounding_arg(vm, r)?,
    };
    let mut st = 0;
    let r = arith::quantize(&a, &b, rounding, &ctx, &mut st);
    apply(vm, &cv, st)?;
    Ok(new_dec(vm, r))
}

pub fn fma_method(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["other", "third", "context"], 2)?;
    let b = operand_raise(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let c = operand_raise(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let cv = ctx_arg(vm, p[2].as_ref())?;
    fma_values(vm, &a, &b, &c, &cv)
}

pub fn fma_values(vm: &mut Vm, a: &Dec, b: &Dec, c: &Dec, cv: &Value) -> PyResult {
    let (ctx, _) = ctx_of(vm, cv);
    let mut st = 0;
    let r = arith::fma(a, b, c, &ctx, &mut st);
    apply(vm, cv, st)?;
    Ok(new_dec(vm, r))
}

/// compare_total / compare_total_mag (MAG) / copy_sign (2) / same_quantum (3): no context.
pub fn total_method<const K: u8>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["other", "context"], 1)?;
    let b = operand_raise(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    ctx_arg(vm, p[1].as_ref())?;
    Ok(total_values(vm, K, &a, &b))
}

pub fn total_values(vm: &Vm, k: u8, a: &Dec, b: &Dec) -> Value {
    let ord = |o: Ordering| Dec::from_i64(o as i64);
    match k {
        0 => new_dec(vm, ord(arith::compare_total(a, b))),
        1 => new_dec(vm, ord(arith::compare_total(&a.with_sign(false), &b.with_sign(false)))),
        2 => new_dec(vm, a.with_sign(b.neg)),
        _ => Value::Bool(match (a.kind, b.kind) {
            (Kind::Finite, Kind::Finite) => a.exp == b.exp,
            (Kind::Inf, Kind::Inf) => true,
            (x, y) => (x == Kind::NaN || x == Kind::SNaN) && (y == Kind::NaN || y == Kind::SNaN),
        }),
    }
}

// ---- predicates and simple accessors ----

pub fn predicate<const K: u8>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let cv = if K >= 8 {
        let p = parse(vm, &args[1..], &kwargs, &["context"], 0)?;
        ctx_arg(vm, p[0].as_ref())?
    } else {
        Value::None
    };
    Ok(Value::Bool(predicate_value(vm, K, &a, &cv)))
}

pub fn predicate_value(vm: &Vm, k: u8, a: &Dec, cv: &Value) -> bool {
    match k {
        0 => a.kind == Kind::Finite,
        1 => a.is_inf(),
        2 => a.is_nan(),
        3 => a.kind == Kind::NaN,
        4 => a.kind == Kind::SNaN,
        5 => a.neg,
        6 => a.is_zero(),
        7 => true,
        8 => {
            let (ctx, _) = ctx_of(vm, cv);
            a.kind == Kind::Finite && !a.is_zero() && a.adjusted() >= ctx.emin
        }
        _ => {
            let (ctx, _) = ctx_of(vm, cv);
            a.kind == Kind::Finite && !a.is_zero() && a.adjusted() < ctx.emin
        }
    }
}

pub fn number_class_of(a: &Dec, ctx: &Ctx) -> &'static str {
    let s = a.neg;
    match a.kind {
        Kind::SNaN => "sNaN",
        Kind::NaN => "NaN",
        Kind::Inf => if s { "-Infinity" } else { "+Infinity" },
        Kind::Finite => {
            if a.is_zero() {
                if s { "-Zero" } else { "+Zero" }
            } else if a.adjusted() < ctx.emin {
                if s { "-Subnormal" } else { "+Subnormal" }
            } else if s {
                "-Normal"
            } else {
                "+Normal"
            }
        }
    }
}

pub fn number_class(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["context"], 0)?;
    let cv = ctx_arg(vm, p[0].as_ref())?;
    let (ctx, _) = ctx_of(vm, &cv);
    Ok(Value::str(number_class_of(&a, &ctx)))
}

pub fn adjusted(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    no_args(vm, "Decimal.adjusted", &args)?;
    Ok(Value::Int(if a.is_special() { 0 } else { a.adjusted() }))
}

pub fn copy_abs(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    Ok(new_dec(vm, a.with_sign(false)))
}

pub fn copy_negate(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    Ok(new_dec(vm, a.negated()))
}

pub fn identity(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    this(vm, &args)?;
    Ok(args[0].clone())
}

pub fn radix(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_dec(vm, Dec::from_i64(10)))
}

pub fn imag(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    this(vm, &args)?;
    Ok(new_dec(vm, Dec::zero()))
}

// ---- text ----

pub fn to_str(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let cv = current(vm);
    let (_, caps) = ctx_of(vm, &cv);
    Ok(Value::str(text::to_string(&a, false, caps)))
}

pub fn repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let cv = current(vm);
    let (_, caps) = ctx_of(vm, &cv);
    Ok(Value::str(format!("Decimal('{}')", text::to_string(&a, false, caps))))
}

pub fn to_eng(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let p = parse(vm, &args[1..], &kwargs, &["context"], 0)?;
    let cv = ctx_arg(vm, p[0].as_ref())?;
    let (_, caps) = ctx_of(vm, &cv);
    Ok(Value::str(text::to_string(&a, true, caps)))
}

pub fn format(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let Some(spec) = args.get(1).and_then(|s| s.as_str().map(str::to_string)) else {
        return Err(vm.type_error("format arg must be str"));
    };
    let cv = current(vm);
    let (ctx, caps) = ctx_of(vm, &cv);
    match text::format(&a, &spec, caps, ctx.rounding) {
        Some(s) => Ok(Value::str(s)),
        None => Err(vm.error("ValueError", format!("Invalid format specifier '{spec}' for object of type 'Decimal'"))),
    }
}

// ---- conversions ----

fn int_value(vm: &Vm, a: &Dec, mode: Rounding) -> Result<BigInt, PyErr> {
    match a.kind {
        Kind::NaN | Kind::SNaN => Err(vm.error("ValueError", "cannot convert NaN to integer")),
        Kind::Inf => Err(vm.error("OverflowError", "cannot convert Infinity to integer")),
        Kind::Finite => {
            let r = if a.exp >= 0 { a.clone() } else { rescale(a, 0, mode) };
            Ok(r.trunc_int())
        }
    }
}

pub fn to_int<const MODE: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let mode = [Rounding::Down, Rounding::Floor, Rounding::Ceiling][usize::from(MODE).min(2)];
    Ok(crate::objects::int::from_big(int_value(vm, &a, mode)?))
}

pub fn round(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    match args.get(1) {
        None | Some(Value::None) => Ok(crate::objects::int::from_big(int_value(vm, &a, Rounding::HalfEven)?)),
        Some(n) => {
            let n = match operand(n) {
                Some(d) if d.exp == 0 && !n.payload().is_some_and(|p| matches!(p, Payload::Instance(_))) => d.trunc_int(),
                _ => return Err(vm.type_error("optional arg must be an integer")),
            };
            let e = -n.to_i64().unwrap_or(i64::MAX / 2);
            let q = Dec::finite(false, BigUint::one(), e);
            let cv = current(vm);
            let (ctx, _) = ctx_of(vm, &cv);
            let mut st = 0;
            let r = arith::quantize(&a, &q, ctx.rounding, &ctx, &mut st);
            apply(vm, &cv, st)?;
            Ok(new_dec(vm, r))
        }
    }
}

pub fn to_f64(a: &Dec) -> Option<f64> {
    match a.kind {
        Kind::SNaN => None,
        Kind::NaN => Some(if a.neg { -f64::NAN } else { f64::NAN }),
        _ => text::to_string(a, false, true).parse::<f64>().ok(),
    }
}

pub fn to_float(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    match to_f64(&a) {
        Some(f) => Ok(Value::float(f)),
        None => Err(vm.error("ValueError", "cannot convert signaling NaN to float")),
    }
}

pub fn to_complex(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    match to_f64(&a) {
        Some(f) => Ok(Value::new_obj(Payload::Complex { re: f, im: 0.0 })),
        None => Err(vm.error("ValueError", "cannot convert signaling NaN to float")),
    }
}

pub fn to_bool(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    Ok(Value::Bool(!a.is_zero()))
}

pub fn as_tuple(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let digits: Vec<Value> = match a.kind {
        Kind::Inf => vec![Value::Int(0)],
        Kind::NaN | Kind::SNaN if a.coef.is_zero() => Vec::new(),
        _ => a.coef.to_string().bytes().map(|b| Value::Int(i64::from(b - b'0'))).collect(),
    };
    let exp = match a.kind {
        Kind::Finite => Value::Int(a.exp),
        Kind::Inf => Value::str("F"),
        Kind::NaN => Value::str("n"),
        Kind::SNaN => Value::str("N"),
    };
    let parts = vec![Value::Int(i64::from(a.neg)), crate::interp::call::new_tuple(digits), exp];
    let tuple_type = classes(vm).decimal_tuple.clone();
    if matches!(tuple_type, Value::None) {
        return Ok(crate::interp::call::new_tuple(parts));
    }
    vm.call(tuple_type, parts, vec![])
}

pub fn as_integer_ratio(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    match a.kind {
        Kind::NaN | Kind::SNaN => return Err(vm.error("ValueError", "cannot convert NaN to integer ratio")),
        Kind::Inf => return Err(vm.error("OverflowError", "cannot convert Infinity to integer ratio")),
        Kind::Finite => {}
    }
    let c = BigInt::from(a.coef.clone());
    let (mut n, mut d) = if a.exp >= 0 { (c * BigInt::from(pow10(a.exp as u64)), BigInt::one()) } else { (c, BigInt::from(pow10((-a.exp) as u64))) };
    let g = n.gcd(&d);
    if !g.is_zero() {
        n /= &g;
        d /= &g;
    }
    if a.neg {
        n = -n;
    }
    Ok(crate::interp::call::new_tuple([crate::objects::int::from_big(n), crate::objects::int::from_big(d)]))
}

pub fn reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let cls = Value::Obj(vm.types.type_of(&args[0]));
    let s = Value::str(text::to_string(&a, false, true));
    Ok(crate::interp::call::new_tuple([cls, crate::interp::call::new_tuple([s])]))
}

pub fn from_float(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let d = match args.get(1) {
        Some(Value::Float(f)) => Dec::from_f64(*f),
        Some(v) if crate::objects::int::is_int(v) => operand(v).unwrap_or_else(Dec::zero),
        _ => return Err(vm.type_error("argument must be int or float")),
    };
    make_of_class(vm, &cls, d)
}

pub fn from_number(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let d = match &v {
        Value::Float(f) => Dec::from_f64(*f),
        _ => match operand(&v) {
            Some(d) => d,
            None => return Err(vm.type_error(format!("conversion from {} to Decimal is not supported", vm.type_name(&v)))),
        },
    };
    make_of_class(vm, &cls, d)
}

fn make_of_class(vm: &mut Vm, cls: &Value, d: Dec) -> PyResult {
    let dec_cls = classes(vm).decimal.clone();
    match cls.as_obj() {
        Some(c) if std::rc::Rc::ptr_eq(c, &dec_cls) => Ok(new_dec(vm, d)),
        _ => {
            let v = new_dec(vm, d);
            vm.call(cls.clone(), vec![v], vec![])
        }
    }
}
