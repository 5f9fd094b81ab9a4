//! Arithmetic on `Dec` under a context: every operation returns the correctly rounded
//! result and ORs the conditions it raised into a status word (the Python layer turns them
//! into flags and trapped exceptions). NaN propagation, infinities and the special cases
//! follow the General Decimal Arithmetic Specification.

use super::number::*;
use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};
use std::cmp::Ordering;

/// The invalid-operation result.
pub fn invalid(st: &mut u32) -> Dec {
    *st |= INVALID_OPERATION;
    Dec::nan()
}

/// The NaN result when an operand is a NaN (signaling ones first, then quiet ones).
pub fn nan_operand(a: &Dec, b: Option<&Dec>, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    let quiet = |d: &Dec| ctx.fix_nan(Dec { kind: Kind::NaN, ..d.clone() });
    if a.kind == Kind::SNaN {
        *st |= INVALID_OPERATION;
        return Some(quiet(a));
    }
    if let Some(b) = b
        && b.kind == Kind::SNaN
    {
        *st |= INVALID_OPERATION;
        return Some(quiet(b));
    }
    if a.kind == Kind::NaN {
        return Some(quiet(a));
    }
    if let Some(b) = b
        && b.kind == Kind::NaN
    {
        return Some(quiet(b));
    }
    None
}

/// Compares two non-NaN numbers.
pub fn cmp(a: &Dec, b: &Dec) -> Ordering {
    match (a.is_inf(), b.is_inf()) {
        (true, true) => return b.neg.cmp(&a.neg),
        (true, false) => return if a.neg { Ordering::Less } else { Ordering::Greater },
        (false, true) => return if b.neg { Ordering::Greater } else { Ordering::Less },
        _ => {}
    }
    let (az, bz) = (a.coef.is_zero(), b.coef.is_zero());
    if az && bz {
        return Ordering::Equal;
    }
    if az {
        return if b.neg { Ordering::Greater } else { Ordering::Less };
    }
    if bz {
        return if a.neg { Ordering::Less } else { Ordering::Greater };
    }
    if a.neg != b.neg {
        return if a.neg { Ordering::Less } else { Ordering::Greater };
    }
    let mag = cmp_mag(a, b);
    if a.neg { mag.reverse() } else { mag }
}

/// Compares the absolute values of two nonzero finite numbers.
pub fn cmp_mag(a: &Dec, b: &Dec) -> Ordering {
    match a.adjusted().cmp(&b.adjusted()) {
        Ordering::Equal => {
            let e = a.exp.min(b.exp);
            a.coef_at(e).cmp(&b.coef_at(e))
        }
        o => o,
    }
}

pub fn add(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    if a.is_inf() {
        if b.is_inf() && a.neg != b.neg {
            return invalid(st);
        }
        return a.clone();
    }
    if b.is_inf() {
        return b.clone();
    }
    let exp = a.exp.min(b.exp);
    let (az, bz) = (a.coef.is_zero(), b.coef.is_zero());
    if az && bz {
        let neg = (a.neg && b.neg) || (a.neg != b.neg && ctx.rounding == Rounding::Floor);
        return ctx.fix(Dec::finite(neg, BigUint::zero(), exp), st);
    }
    if az || bz {
        let (z, other) = if az { (a, b) } else { (b, a) };
        let e = z.exp.min(other.exp).max(other.exp - ctx.prec - 1);
        let r = if e < other.exp { Dec::finite(other.neg, other.coef_at(e), e) } else { other.clone() };
        return ctx.fix(r, st);
    }
    // Bring the smaller operand, when it lies far below the larger one's last place, up
    // to a stand-in that rounds the same way (keeps the scaled coefficients small).
    let (hi, lo) = if a.exp >= b.exp { (a, b) } else { (b, a) };
    let mut lo = lo.clone();
    let limit = hi.exp + (-1i64).min(hi.digits() - ctx.prec - 2);
    if lo.digits() + lo.exp - 1 < limit {
        lo.coef = BigUint::one();
        lo.exp = limit;
    }
    let e = lo.exp.min(hi.exp);
    let (ca, cb) = (hi.coef_at(e), lo.coef_at(e));
    let r = if hi.neg == lo.neg {
        Dec::finite(hi.neg, ca + cb, e)
    } else {
        match ca.cmp(&cb) {
            Ordering::Equal => Dec::finite(ctx.rounding == Rounding::Floor, BigUint::zero(), e),
            Ordering::Greater => Dec::finite(hi.neg, ca - cb, e),
            Ordering::Less => Dec::finite(lo.neg, cb - ca, e),
        }
    };
    ctx.fix(r, st)
}

pub fn sub(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if b.is_nan() {
        return add(a, b, ctx, st);
    }
    add(a, &b.negated(), ctx, st)
}

pub fn mul(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    let neg = a.neg != b.neg;
    if a.is_inf() || b.is_inf() {
        if a.is_zero() || b.is_zero() {
            return invalid(st);
        }
        return Dec::inf(neg);
    }
    ctx.fix(Dec::finite(neg, &a.coef * &b.coef, a.exp + b.exp), st)
}

pub fn div(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    let neg = a.neg != b.neg;
    if a.is_inf() {
        if b.is_inf() {
            return invalid(st);
        }
        return Dec::inf(neg);
    }
    if b.is_inf() {
        *st |= CLAMPED;
        return Dec::finite(neg, BigUint::zero(), ctx.etiny());
    }
    if b.coef.is_zero() {
        if a.coef.is_zero() {
            *st |= DIVISION_UNDEFINED;
            return Dec::nan();
        }
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(neg);
    }
    if a.coef.is_zero() {
        return ctx.fix(Dec::finite(neg, BigUint::zero(), a.exp - b.exp), st);
    }
    let shift = b.digits() - a.digits() + ctx.prec + 1;
    let mut exp = a.exp - b.exp - shift;
    let (mut q, r) = if shift >= 0 {
        (&a.coef * pow10(shift as u64)).div_rem(&b.coef)
    } else {
        a.coef.div_rem(&(&b.coef * pow10((-shift) as u64)))
    };
    if !r.is_zero() {
        if (&q % 5u32).is_zero() {
            q += 1u32;
        }
    } else {
        let ideal = a.exp - b.exp;
        while exp < ideal && (&q % 10u32).is_zero() {
            q /= 10u32;
            exp += 1;
        }
    }
    ctx.fix(Dec::finite(neg, q, exp), st)
}

/// `divmod` on finite or infinite non-NaN operands: (integer quotient, remainder), or the
/// conditions that make them invalid.
pub fn divmod(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> (Dec, Dec) {
    divmod_parts(a, b, ctx, st, true)
}

/// divmod, rounding the remainder to the context only when `fix_rem` (`//` alone does not).
fn divmod_parts(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32, fix_rem: bool) -> (Dec, Dec) {
    let mut rst = 0u32;
    let fix = |r: Dec, rst: &mut u32| if fix_rem { ctx.fix(r, rst) } else { r };
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return (n.clone(), n);
    }
    let neg = a.neg != b.neg;
    if a.is_inf() {
        if b.is_inf() {
            let n = invalid(st);
            return (n.clone(), n);
        }
        return (Dec::inf(neg), invalid(st));
    }
    if b.coef.is_zero() && !b.is_inf() {
        if a.coef.is_zero() {
            *st |= DIVISION_UNDEFINED;
            return (Dec::nan(), Dec::nan());
        }
        *st |= DIVISION_BY_ZERO | INVALID_OPERATION;
        return (Dec::inf(neg), Dec::nan());
    }
    let ideal = if b.is_inf() { a.exp } else { a.exp.min(b.exp) };
    let expdiff = a.adjusted() - b.adjusted();
    if a.coef.is_zero() || b.is_inf() || expdiff <= -2 {
        let r = rescale(a, ideal, ctx.rounding);
        let r = fix(r, &mut rst);
        *st |= rst;
        return (Dec::finite(neg, BigUint::zero(), 0), r);
    }
    if expdiff <= ctx.prec {
        let e = a.exp.min(b.exp);
        let (q, r) = a.coef_at(e).div_rem(&b.coef_at(e));
        if ndigits(&q) <= ctx.prec {
            let r = fix(Dec::finite(a.neg, r, ideal), &mut rst);
            *st |= rst;
            return (Dec::finite(neg, q, 0), r);
        }
    }
    *st |= DIVISION_IMPOSSIBLE;
    (Dec::nan(), Dec::nan())
}

pub fn floordiv(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if !a.is_nan() && !b.is_nan() && !a.is_inf() && !b.is_inf() && b.coef.is_zero() && !a.coef.is_zero() {
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(a.neg != b.neg);
    }
    if a.is_inf() && !b.is_inf() && !b.is_nan() {
        return Dec::inf(a.neg != b.neg);
    }
    divmod_parts(a, b, ctx, st, false).0
}

pub fn rem(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if !a.is_nan() && !b.is_nan() && !a.is_inf() && !b.is_inf() && b.coef.is_zero() && !a.coef.is_zero() {
        return invalid(st);
    }
    divmod(a, b, ctx, st).1
}

/// remainder_near: the remainder after rounding the quotient to the nearest integer.
pub fn rem_near(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    if a.is_inf() || (b.coef.is_zero() && !b.is_inf()) {
        if a.coef.is_zero() && !a.is_inf() {
            *st |= DIVISION_UNDEFINED;
            return Dec::nan();
        }
        return invalid(st);
    }
    if b.is_inf() {
        return ctx.fix(a.clone(), st);
    }
    let ideal = a.exp.min(b.exp);
    if a.coef.is_zero() {
        return ctx.fix(Dec::finite(a.neg, BigUint::zero(), ideal), st);
    }
    let expdiff = a.adjusted() - b.adjusted();
    if expdiff > ctx.prec {
        *st |= DIVISION_IMPOSSIBLE;
        return Dec::nan();
    }
    if expdiff <= -2 {
        return ctx.fix(rescale(a, ideal, ctx.rounding), st);
    }
    let e = ideal;
    let (ca, cb) = (a.coef_at(e), b.coef_at(e));
    let (mut q, mut r) = ca.div_rem(&cb);
    // Round the quotient to nearest, ties to even.
    let twice: BigUint = &r * 2u32;
    let mut rneg = a.neg;
    if twice > cb || (twice == cb && q.is_odd()) {
        r = &cb - &r;
        q += 1u32;
        rneg = !rneg;
    }
    if ndigits(&q) > ctx.prec {
        *st |= DIVISION_IMPOSSIBLE;
        return Dec::nan();
    }
    ctx.fix(Dec::finite(rneg, r, e), st)
}

pub fn fma(a: &Dec, b: &Dec, c: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    // The product is exact: an unbounded context for it.
    let wide = Ctx { prec: i64::MAX / 4, rounding: ctx.rounding, emin: i64::MIN / 4, emax: i64::MAX / 4, clamp: false };
    if a.kind == Kind::SNaN || b.kind == Kind::SNaN {
        return nan_operand(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
    }
    if c.kind == Kind::SNaN && !a.is_nan() && !b.is_nan() {
        return nan_operand(c, None, ctx, st).unwrap_or_else(Dec::nan);
    }
    let mut pst = 0;
    let p = if a.is_nan() || b.is_nan() || a.is_inf() || b.is_inf() { mul(a, b, ctx, &mut pst) } else { mul(a, b, &wide, &mut pst) };
    if pst & INVALID_OPERATION != 0 {
        *st |= pst;
        return p;
    }
    add(&p, c, ctx, st)
}

pub fn plus(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    let mut d = a.clone();
    if d.is_zero() && ctx.rounding != Rounding::Floor {
        d.neg = false;
    }
    ctx.fix(d, st)
}

pub fn minus(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    let mut d = a.negated();
    if d.is_zero() && ctx.rounding != Rounding::Floor {
        d.neg = false;
    }
    ctx.fix(d, st)
}

pub fn abs(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    ctx.fix(a.with_sign(false), st)
}

pub fn quantize(a: &Dec, b: &Dec, rounding: Rounding, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    if a.is_inf() || b.is_inf() {
        if a.is_inf() && b.is_inf() {
            return a.clone();
        }
        return invalid(st);
    }
    let exp = b.exp;
    if exp < ctx.etiny() || exp > ctx.emax {
        return invalid(st);
    }
    if a.coef.is_zero() {
        return ctx.fix(Dec::finite(a.neg, BigUint::zero(), exp), st);
    }
    let adj = a.adjusted();
    if adj > ctx.emax || adj - exp + 1 > ctx.prec {
        return invalid(st);
    }
    let ans = rescale(a, exp, rounding);
    if ans.adjusted() > ctx.emax || ans.digits() > ctx.prec {
        return invalid(st);
    }
    if ans.exp > a.exp {
        if cmp(&ans, a) != Ordering::Equal {
            *st |= INEXACT;
        }
        *st |= ROUNDED;
    }
    if !ans.coef.is_zero() && ans.adjusted() < ctx.emin {
        *st |= SUBNORMAL;
    }
    ctx.fix(ans, st)
}

/// to_integral_value (exact false) or to_integral_exact (exact true).
pub fn to_integral(a: &Dec, rounding: Rounding, exact: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() || a.exp >= 0 {
        return a.clone();
    }
    if a.coef.is_zero() {
        return Dec::finite(a.neg, BigUint::zero(), 0);
    }
    let ans = rescale(a, 0, rounding);
    if exact {
        if cmp(&ans, a) != Ordering::Equal {
            *st |= INEXACT;
        }
        *st |= ROUNDED;
    }
    ans
}

pub fn normalize(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    let d = ctx.fix(a.clone(), st);
    if d.is_inf() {
        return d;
    }
    if d.coef.is_zero() {
        return Dec::finite(d.neg, BigUint::zero(), 0);
    }
    let exp_max = if ctx.clamp { ctx.etop() } else { ctx.emax };
    let (mut c, mut e) = (d.coef, d.exp);
    while e < exp_max && (&c % 10u32).is_zero() {
        c /= 10u32;
        e += 1;
    }
    Dec::finite(d.neg, c, e)
}

pub fn sqrt(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.coef.is_zero() && !a.is_inf() {
        return ctx.fix(Dec::finite(a.neg, BigUint::zero(), a.exp.div_euclid(2)), st);
    }
    if a.neg {
        return invalid(st);
    }
    if a.is_inf() {
        return a.clone();
    }
    let prec = ctx.prec + 1;
    let mut e = a.exp.div_euclid(2);
    let n = a.digits();
    let (c, l) = if a.exp.rem_euclid(2) == 1 { (&a.coef * 10u32, (n >> 1) + 1) } else { (a.coef.clone(), (n + 1) >> 1) };
    let shift = prec - l;
    let (c, mut exact) = if shift >= 0 {
        (c * pow10(2 * shift as u64), true)
    } else {
        let (q, r) = c.div_rem(&pow10(2 * (-shift) as u64));
        (q, r.is_zero())
    };
    e -= shift;
    let mut root = c.sqrt();
    exact = exact && &root * &root == c;
    if exact {
        if shift >= 0 {
            root /= pow10(shift as u64);
        } else {
            root *= pow10((-shift) as u64);
        }
        e += shift;
    } else if (&root % 5u32).is_zero() {
        root += 1u32;
    }
    let half_even = Ctx { rounding: Rounding::HalfEven, ..ctx.clone() };
    half_even.fix(Dec::finite(false, root, e), st)
}

/// max/min (`want` Greater for max) with the specification's NaN and equal-value rules.
pub fn max_min(a: &Dec, b: &Dec, want: Ordering, mag: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.is_nan() || b.is_nan() {
        if a.kind == Kind::SNaN || b.kind == Kind::SNaN {
            return nan_operand(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
        }
        // One quiet NaN: the other operand wins.
        if a.is_nan() && !b.is_nan() {
            return ctx.fix(b.clone(), st);
        }
        if b.is_nan() && !a.is_nan() {
            return ctx.fix(a.clone(), st);
        }
        return nan_operand(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
    }
    let mut c = if mag { cmp(&a.with_sign(false), &b.with_sign(false)) } else { cmp(a, b) };
    if c == Ordering::Equal && mag {
        c = cmp(a, b);
    }
    if c == Ordering::Equal {
        c = compare_total(a, b);
    }
    let pick = if c == want { a } else { b };
    ctx.fix(pick.clone(), st)
}

/// compare_total: the total order of the specification (sign, then value, then exponent,
/// with NaNs and sNaNs at the ends).
pub fn compare_total(a: &Dec, b: &Dec) -> Ordering {
    if a.neg != b.neg {
        return if a.neg { Ordering::Less } else { Ordering::Greater };
    }
    let rank = |d: &Dec| match d.kind {
        Kind::Finite => 0,
        Kind::Inf => 1,
        Kind::SNaN => 2,
        Kind::NaN => 3,
    };
    let o = match rank(a).cmp(&rank(b)) {
        Ordering::Equal => match a.kind {
            Kind::NaN | Kind::SNaN => a.coef.cmp(&b.coef),
            Kind::Inf => Ordering::Equal,
            Kind::Finite => match cmp(&a.with_sign(false), &b.with_sign(false)) {
                Ordering::Equal => a.exp.cmp(&b.exp),
                o => o,
            },
        },
        o => o,
    };
    if a.neg { o.reverse() } else { o }
}

/// next_plus (up true) or next_minus.
pub fn next(a: &Dec, up: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() {
        if a.neg == up {
            // -Inf going up or +Inf going down: the largest finite number.
            return Dec::finite(a.neg, pow10(ctx.prec as u64) - BigUint::one(), ctx.etop());
        }
        return a.clone();
    }
    let c2 = Ctx { rounding: if up { Rounding::Ceiling } else { Rounding::Floor }, ..ctx.clone() };
    let mut tmp = 0;
    let fixed = c2.fix(a.clone(), &mut tmp);
    if cmp(&fixed, a) != Ordering::Equal {
        return fixed;
    }
    let tiny = Dec::finite(!up, BigUint::one(), ctx.etiny() - 1);
    let mut tmp2 = 0;
    add(a, &tiny, &c2, &mut tmp2)
}

/// next_toward.
pub fn next_toward(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    match cmp(a, b) {
        Ordering::Equal => a.with_sign(b.neg),
        o => {
            let mut ans = next(a, o == Ordering::Less, ctx, &mut 0);
            if ans.is_inf() {
                *st |= OVERFLOW | INEXACT | ROUNDED;
            } else if !ans.is_zero() && ans.adjusted() < ctx.emin {
                *st |= UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED;
                if ans.is_zero() {
                    *st |= CLAMPED;
                }
            } else if ans.is_zero() {
                *st |= UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED | CLAMPED;
                ans.neg = a.neg;
            }
            ans
        }
    }
}

/// The number of decimal digits of |x|.
fn exp_digits(x: i64) -> i64 {
    ndigits(&BigUint::from(x.unsigned_abs()))
}

/// A lower bound of log10(|log10(x)|) (x > 0, x != 1), as libmpdec's bounds check uses.
fn lower_bound_zeta(x: &Dec) -> i64 {
    let t = x.adjusted();
    if t > 0 {
        return exp_digits(t) - 1;
    }
    if t < -1 {
        return exp_digits(t + 1) - 1;
    }
    let e = x.exp.min(0);
    let c = x.coef_at(e);
    let one = pow10((-e) as u64);
    let diff = if c > one { c - one } else { one - c };
    let u = Dec::finite(false, diff, e).adjusted();
    if t == 0 { u - 2 } else { u - 1 }
}

/// An exponent beyond every context's range (libmpdec's MPD_EXP_INF).
const EXP_INF: i64 = 2_000_000_000_000_000_001;

/// The result of a power that surely overflows or underflows, if it does.
fn pow_bounds(x: &Dec, y: &Dec, neg: bool, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    let lb_theta = y.adjusted();
    let lb_zeta = lower_bound_zeta(&x.with_sign(false));
    let grows = (x.adjusted() < 0) == y.neg;
    if grows {
        if exp_digits(ctx.emax) < lb_zeta + lb_theta {
            return Some(ctx.fix(Dec::finite(neg, BigUint::one(), EXP_INF), st));
        }
    } else if exp_digits(ctx.etiny()) < lb_zeta + lb_theta {
        return Some(ctx.fix(Dec::finite(neg, BigUint::one(), ctx.etiny() - 1), st));
    }
    None
}

/// `a ** n` for an integer `n` as libmpdec computes it: left-to-right binary powering at
/// a working precision of prec + digits(n) + 2 with ties to even (the reciprocal first for
/// negative n), then one rounding to the context.
fn int_pow(a: &Dec, b: &Dec, neg: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    let mut work = Ctx { prec: ctx.prec + b.digits() + b.exp + 2, rounding: Rounding::HalfEven, clamp: false, ..ctx.clone() };
    let base = if b.neg {
        work.prec += 1;
        let mut ws = 0;
        let r = div(&Dec::finite(false, BigUint::one(), 0), a, &work, &mut ws);
        *st |= ws;
        if ws & IEEE_INVALID != 0 {
            return ctx.fix(Dec::nan(), st);
        }
        r
    } else {
        a.clone()
    };
    let n = b.trunc_int().magnitude().clone();
    let bits = n.bits();
    let mut result = base.clone();
    let mut ws = 0;
    for i in (0..bits.saturating_sub(1)).rev() {
        result = mul(&result, &result, &work, &mut ws);
        if n.bit(i) {
            result = mul(&result, &base, &work, &mut ws);
        }
        if result.is_special() || (result.coef.is_zero() && ws & CLAMPED != 0) {
            break;
        }
    }
    *st |= ws;
    result.neg = neg;
    if result.is_inf() {
        result = Dec::finite(neg, BigUint::one(), EXP_INF);
    }
    ctx.fix(result, st)
}

/// `a ** b` (libmpdec's mpd_qpow): the special cases, powers of one, certain overflow and
/// underflow, integer exponents; None when `b` is not an integer (the caller computes
/// exp(b * ln a)).
pub fn pow(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return Some(n);
    }
    let intexp = b.is_integer();
    let neg = intexp && a.neg && b.trunc_int().is_odd();
    let one = Dec::finite(false, BigUint::one(), 0);
    if a.is_zero() {
        if b.is_zero() {
            return Some(invalid(st));
        }
        return Some(if b.neg { Dec::inf(neg) } else { Dec::finite(neg, BigUint::zero(), 0) });
    }
    if a.neg && (!intexp || b.is_inf()) {
        return Some(invalid(st));
    }
    if b.is_inf() {
        let c = cmp(a, &one);
        if c == Ordering::Equal {
            *st |= INEXACT | ROUNDED;
            return Some(Dec::finite(neg, pow10((ctx.prec - 1) as u64), -(ctx.prec - 1)));
        }
        let c = if b.neg { c.reverse() } else { c };
        return Some(if c == Ordering::Less { Dec::finite(neg, BigUint::zero(), 0) } else { Dec::inf(neg) });
    }
    if a.is_inf() {
        return Some(if b.is_zero() {
            Dec::finite(neg, BigUint::one(), 0)
        } else if b.neg {
            Dec::finite(neg, BigUint::zero(), 0)
        } else {
            Dec::inf(neg)
        });
    }
    if b.is_zero() {
        return Some(Dec::finite(neg, BigUint::one(), 0));
    }
    // |a| == 1.
    if cmp(&a.with_sign(false), &one) == Ordering::Equal {
        if intexp {
            if b.neg {
                return Some(Dec::finite(neg, BigUint::one(), 0));
            }
            let shift = b.trunc_int() * num_bigint::BigInt::from(-a.exp);
            let mut shift = shift.to_i64().unwrap_or(i64::MAX);
            if shift > ctx.prec - 1 {
                shift = ctx.prec - 1;
                *st |= ROUNDED;
            }
            return Some(Dec::finite(neg, pow10(shift as u64), -shift));
        }
        *st |= INEXACT | ROUNDED;
        return Some(Dec::finite(neg, pow10((ctx.prec - 1) as u64), -(ctx.prec - 1)));
    }
    if let Some(r) = pow_bounds(a, b, neg, ctx, st) {
        return Some(r);
    }
    if intexp {
        return Some(int_pow(a, b, neg, ctx, st));
    }
    None
}
