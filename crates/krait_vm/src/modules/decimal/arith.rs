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
        return (Dec::finite(neg, BigUint::zero(), 0), ctx.fix(r, st));
    }
    if expdiff <= ctx.prec {
        let e = a.exp.min(b.exp);
        let (q, r) = a.coef_at(e).div_rem(&b.coef_at(e));
        if ndigits(&q) <= ctx.prec {
            let r = Dec::finite(a.neg, r, ideal);
            return (Dec::finite(neg, q, 0), ctx.fix(r, st));
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
    divmod(a, b, ctx, st).0
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
    if expdiff >= ctx.prec + 1 {
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

/// The integer power `a ** n` (a finite and nonzero, n != 0).
fn int_pow(a: &Dec, n: &num_bigint::BigInt, neg: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    let mag = n.magnitude();
    let one = Dec::finite(false, BigUint::one(), 0);
    // |a| == 1 exactly (coefficient a power of ten with value one) keeps its value.
    let small = mag.to_u64().filter(|m| *m <= 1_000_000_000);
    let Some(m) = small else {
        let above_one = cmp(&a.with_sign(false), &one) == Ordering::Greater;
        if cmp(&a.with_sign(false), &one) == Ordering::Equal {
            return ctx.fix(Dec::finite(neg, BigUint::one(), 0), st);
        }
        let grows = above_one == (n.sign() != num_bigint::Sign::Minus);
        if grows {
            return ctx.overflow(neg, st);
        }
        return ctx.fix(Dec::finite(neg, BigUint::one(), ctx.etiny() - 2), st);
    };
    let digits = a.digits() as u64;
    let p = if digits.saturating_mul(m) <= 20_000 + 4 * ctx.prec as u64 {
        // Exact.
        Dec::finite(neg, num_traits::pow(a.coef.clone(), m as usize), a.exp.saturating_mul(m as i64))
    } else {
        // Binary powering at a working precision, noting any rounding as inexact.
        let wp = ctx.prec + 20 + m.ilog10() as i64;
        let (mut c, mut e) = (BigUint::one(), 0i64);
        let (mut bc, mut be) = (a.coef.clone(), a.exp);
        let mut k = m;
        let mut inexact = false;
        let trim = |c: &mut BigUint, e: &mut i64, inexact: &mut bool| {
            let nd = ndigits(c);
            if nd > wp {
                let drop = (nd - wp) as u64;
                let (q, lost) = round_off(c, drop, Rounding::Down, false);
                *inexact |= lost;
                *c = q;
                *e += drop as i64;
            }
        };
        while k > 0 {
            if k & 1 == 1 {
                c *= &bc;
                e += be;
                trim(&mut c, &mut e, &mut inexact);
            }
            k >>= 1;
            if k > 0 {
                bc = &bc * &bc;
                be *= 2;
                trim(&mut bc, &mut be, &mut inexact);
            }
        }
        if inexact {
            // A sticky digit so that the final rounding sees a non-exact value.
            c = c * 10u32 + 1u32;
            e -= 1;
        }
        Dec::finite(neg, c, e)
    };
    if n.sign() == num_bigint::Sign::Minus {
        let wide = Ctx { prec: ctx.prec + 10, ..ctx.clone() };
        let pp = if p.digits() > wide.prec { wide.fix(p, &mut 0) } else { p };
        return div(&one.with_sign(neg), &pp.with_sign(false), ctx, st);
    }
    ctx.fix(p, st)
}

/// `a ** b` for integer exponents and the special cases; None when the exponent is not an
/// integer and the result needs exp/ln (the caller goes to `transcend`).
pub fn pow(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return Some(n);
    }
    if b.is_zero() {
        if a.is_zero() {
            return Some(invalid(st));
        }
        return Some(ctx.fix(Dec::finite(false, BigUint::one(), 0), st));
    }
    let b_int = b.is_integer();
    let mut neg = false;
    let mut base = a.clone();
    if a.neg {
        if b_int {
            neg = b.trunc_int().is_odd();
        } else if !a.is_zero() {
            return Some(invalid(st));
        }
        base.neg = false;
    }
    if base.is_zero() {
        return Some(if b.neg { Dec::inf(neg) } else { Dec::finite(neg, BigUint::zero(), 0) });
    }
    if base.is_inf() {
        return Some(if b.neg { Dec::finite(neg, BigUint::zero(), 0) } else { Dec::inf(neg) });
    }
    let one = Dec::finite(false, BigUint::one(), 0);
    if b.is_inf() {
        return Some(match cmp(&base, &one) {
            Ordering::Less => if b.neg { Dec::inf(neg) } else { Dec::finite(neg, BigUint::zero(), 0) },
            Ordering::Greater => if b.neg { Dec::finite(neg, BigUint::zero(), 0) } else { Dec::inf(neg) },
            Ordering::Equal => {
                *st |= INEXACT | ROUNDED;
                Dec::finite(neg, pow10((ctx.prec - 1) as u64), -(ctx.prec - 1))
            }
        });
    }
    if b_int {
        return Some(int_pow(&base, &b.trunc_int(), neg, ctx, st));
    }
    None
}
