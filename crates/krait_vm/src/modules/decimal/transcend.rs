//! exp, ln, log10 and powers with non-integer exponents, correctly rounded: each is
//! evaluated in fixed point (a big integer scaled by 10**w) with an error bound, and the
//! precision grows until both ends of the error interval round to the same result (Ziv's
//! strategy). Exact cases (exp(0), ln(1), log10 of a power of ten) are answered directly.

use super::arith::{invalid, nan_operand};
use super::number::*;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

fn p10(n: u64) -> BigInt {
    BigInt::from(pow10(n))
}

/// `d` in fixed point: round(d * 10**w) (d finite).
fn to_fixed(d: &Dec, w: u64) -> BigInt {
    let c = BigInt::from(d.coef.clone());
    let shift = d.exp + w as i64;
    let m = if shift >= 0 { c * p10(shift as u64) } else { div_round(&c, &p10((-shift) as u64)) };
    if d.neg { -m } else { m }
}

/// a / b rounded to nearest (b > 0).
fn div_round(a: &BigInt, b: &BigInt) -> BigInt {
    let two: BigInt = a * 2 + b;
    two.div_floor_big(&(b * 2))
}

trait DivFloor {
    fn div_floor_big(&self, b: &BigInt) -> BigInt;
}

impl DivFloor for BigInt {
    fn div_floor_big(&self, b: &BigInt) -> BigInt {
        num_integer::Integer::div_floor(self, b)
    }
}

/// exp(t / 10**w) * 10**w for 0 <= t, with the number of squarings used (error grows with
/// them).
fn exp_fixed(t: &BigInt, w: u64) -> (BigInt, u32) {
    let s = p10(w);
    // Halve the argument until it is below 1/16.
    let mut k = 0u32;
    let limit = &s / 16;
    let mut y = t.clone();
    while y > limit {
        y = div_round(&y, &BigInt::from(2));
        k += 1;
    }
    let mut sum = s.clone();
    let mut term = s.clone();
    let mut i = 1u64;
    loop {
        term = (&term * &y) / (&s * BigInt::from(i));
        if term.is_zero() {
            break;
        }
        sum += &term;
        i += 1;
    }
    for _ in 0..k {
        sum = (&sum * &sum) / &s;
    }
    (sum, k)
}

/// ln(a) * 10**w for a finite a > 0: ln of the coefficient scaled into [1, 10) plus
/// adjusted * ln 10 (so huge and tiny exponents cost nothing).
fn ln_fixed(a: &Dec, w: u64) -> BigInt {
    let e = a.adjusted();
    // Guard digits for the multiple of ln 10.
    let g = ndigits(&BigUint::from(e.unsigned_abs())) as u64 + 2;
    let wg = w + g;
    let s = p10(wg);
    let m = to_fixed(&Dec::finite(false, a.coef.clone(), -(a.digits() - 1)), wg);
    let mut l = ln_unit(&m, wg, &s);
    if e != 0 {
        l += ln_unit(&(&s * 10), wg, &s) * BigInt::from(e);
    }
    div_round(&l, &p10(g))
}

/// ln(m / s) * s for m / s in [1, 10].
fn ln_unit(m: &BigInt, w: u64, s: &BigInt) -> BigInt {
    let approx = m.to_f64().unwrap_or(1.0) / s.to_f64().unwrap_or(1.0);
    let mut y = to_fixed(&Dec::from_f64(approx.ln()), w);
    // Newton: y <- y + 2 (m - e^y) / (m + e^y), cubically convergent.
    for _ in 0..64 {
        let ey = if y.sign() == Sign::Minus { (s * s) / exp_fixed(&(-&y), w).0 } else { exp_fixed(&y, w).0 };
        let num: BigInt = (m - &ey) * 2 * s;
        let den: BigInt = m + &ey;
        let delta = num / den;
        y += &delta;
        if delta.abs() <= BigInt::from(1) {
            break;
        }
    }
    y
}

/// Rounds the interval [m - err, m + err] * 10**-w with `neg`; Some when both ends agree.
fn settle(m: &BigInt, err: &BigInt, exp: i64, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    let neg = m.sign() == Sign::Minus;
    let mag = m.abs();
    let lo = (&mag - err).max(BigInt::zero());
    let hi = &mag + err;
    let mk = |v: &BigInt| Dec::finite(neg, v.magnitude().clone(), exp);
    let (mut s1, mut s2) = (0, 0);
    let a = ctx.fix(mk(&lo), &mut s1);
    let b = ctx.fix(mk(&hi), &mut s2);
    if a.kind == b.kind && a.coef == b.coef && a.exp == b.exp && a.neg == b.neg {
        *st |= s2 | INEXACT | ROUNDED;
        return Some(b);
    }
    None
}

/// Runs `f(w)` (a fixed-point value and its error in units of 10**-w) at growing precision
/// until its rounding is settled.
fn ziv(ctx: &Ctx, st: &mut u32, mut f: impl FnMut(u64) -> Option<(BigInt, BigInt, i64)>) -> Dec {
    let mut w = ctx.prec as u64 + 12;
    let mut last = None;
    for _ in 0..6 {
        match f(w) {
            Some((m, err, e)) => {
                if let Some(d) = settle(&m, &err, e, ctx, st) {
                    return d;
                }
                last = Some((m, e));
            }
            None => break,
        }
        w = w * 2 + 10;
    }
    match last {
        Some((m, e)) => {
            *st |= INEXACT | ROUNDED;
            ctx.fix(Dec::finite(m.sign() == Sign::Minus, m.magnitude().clone(), e), st)
        }
        None => Dec::nan(),
    }
}

/// The decimal exponent estimate of exp(x): x / ln 10.
fn exp_too_big(x: f64, ctx: &Ctx) -> Option<bool> {
    let dec_exp = x / std::f64::consts::LN_10;
    if dec_exp > (ctx.emax + 2) as f64 {
        return Some(true);
    }
    if dec_exp < (ctx.etiny() - 3) as f64 {
        return Some(false);
    }
    None
}

/// exp(t * 10**-w) as (m, err, e): the value is within (m +- err) * 10**e. The argument
/// is reduced by a multiple k of ln 10 first, so the result is 10**k * exp(r) with r in
/// [0, ln 10).
fn exp_interval(t: &BigInt, w: u64) -> (BigInt, BigInt, i64) {
    let whole = (t.abs() / p10(w)).to_string().len() as u64;
    let g = whole + 3;
    let wg = w + g;
    let s = p10(wg);
    let ln10 = ln_unit(&(&s * 10), wg, &s);
    let tg = t * p10(g);
    let k = num_integer::Integer::div_floor(&tg, &ln10);
    let r = &tg - &k * &ln10;
    let (e, sq) = exp_fixed(&r, wg);
    // The reduced argument is off by about |k| units of 10**-wg; each squaring doubles
    // the relative error of the series.
    let err = &e / p10(w.saturating_sub(2)) + (&e * (BigInt::one() << (sq as usize + 6))) / &s + 100;
    let k = k.to_i64().unwrap_or(0);
    (e, err, k - wg as i64)
}

pub fn exp(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return if a.neg { Dec::zero() } else { Dec::inf(false) };
    }
    if a.is_zero() {
        return ctx.fix(Dec::finite(false, BigUint::one(), 0), st);
    }
    let approx = if a.adjusted() > 20 { f64::INFINITY } else { super::dectype::to_f64(a).unwrap_or(0.0) };
    let approx = if a.neg && approx.is_infinite() { f64::NEG_INFINITY } else { approx };
    match exp_too_big(approx, ctx) {
        Some(true) => return ctx.overflow(false, st),
        Some(false) => return ctx.fix(Dec::finite(false, BigUint::one(), ctx.etiny() - 2), st),
        None => {}
    }
    if a.adjusted() < -(ctx.prec + 3) {
        // exp(x) = 1 + x + (far below the last place): the sum rounds the same way.
        let mut s2 = 0;
        let r = super::arith::add(&Dec::finite(false, BigUint::one(), 0), a, ctx, &mut s2);
        *st |= s2 | INEXACT | ROUNDED;
        return r;
    }
    ziv(ctx, st, |w| {
        let t = to_fixed(a, w);
        Some(exp_interval(&t, w))
    })
}

/// The results ln and log10 share for special operands: NaNs, zero (-Infinity), negative
/// numbers (invalid) and Infinity; None for a finite positive operand.
fn log_special(a: &Dec, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return Some(n);
    }
    if a.is_zero() {
        return Some(Dec::inf(true));
    }
    if a.neg {
        return Some(invalid(st));
    }
    if a.is_inf() {
        return Some(Dec::inf(false));
    }
    None
}

pub fn ln(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(r) = log_special(a, ctx, st) {
        return r;
    }
    if a.coef == pow10((-a.exp).max(0) as u64) && a.exp <= 0 {
        return Dec::zero();
    }
    ziv(ctx, st, |w| Some((ln_fixed(a, w), BigInt::from(50), -(w as i64))))
}

pub fn log10(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(r) = log_special(a, ctx, st) {
        return r;
    }
    // A power of ten: the exact integer.
    let s = a.coef.to_string();
    if s.starts_with('1') && s[1..].bytes().all(|b| b == b'0') {
        return ctx.fix(Dec::from_i64(a.adjusted()), st);
    }
    ziv(ctx, st, |w| {
        let wl = w + 5;
        let l = ln_fixed(a, wl);
        let s = p10(wl);
        let l10 = ln_unit(&(&s * 10), wl, &s);
        let q = div_round(&(l * p10(w)), &l10);
        Some((q, BigInt::from(50), -(w as i64)))
    })
}

/// `a ** b` for a non-integer `b` (a finite and positive, not one; b finite), as
/// libmpdec: exp(b * ln a) correctly rounded at a working precision of
/// max(digits, prec) + 23 with ties to even, then rounded to the context.
pub fn pow(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let wp = a.digits().max(ctx.prec) + 4 + 19;
    let work = Ctx { prec: wp, rounding: Rounding::HalfEven, emin: -(i64::MAX / 8), emax: i64::MAX / 8, clamp: false };
    let mut ws = 0;
    let l = ln(a, &work, &mut ws);
    let y = super::arith::mul(&l, b, &work, &mut ws);
    let mut es = 0;
    let guess = super::dectype::to_f64(&y).unwrap_or(0.0);
    let mut r = match exp_too_big(guess, ctx) {
        Some(true) => Dec::finite(false, BigUint::one(), 2_000_000_000_000_000_001),
        Some(false) => Dec::finite(false, BigUint::one(), ctx.etiny() - 2),
        None => exp(&y, &work, &mut es),
    };
    *st |= ws & IEEE_INVALID;
    if r.kind == Kind::Finite && r.coef == pow10((-r.exp).max(0) as u64) && r.exp <= 0 {
        r = Dec::finite(false, pow10((ctx.prec - 1) as u64), -(ctx.prec - 1));
    }
    if r.is_inf() {
        r = Dec::finite(false, BigUint::one(), 2_000_000_000_000_000_001);
    }
    let out = ctx.fix(r, st);
    *st |= INEXACT | ROUNDED;
    out
}
