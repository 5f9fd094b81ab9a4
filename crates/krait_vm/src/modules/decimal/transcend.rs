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
    let q = two.div_floor_big(&(b * 2));
    q
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

/// ln(x / 10**w) * 10**w for x > 0 (Newton's iteration on exp, from a float estimate).
fn ln_fixed(x: &BigInt, w: u64) -> BigInt {
    let s = p10(w);
    // Reduce: x = m * 10**e with m in [1, 10).
    let digits = x.to_string().len() as i64;
    let e = digits - 1 - w as i64;
    let m = if e >= 0 { x / p10(e as u64) } else { x * p10((-e) as u64) };
    let ln_m = ln_unit(&m, w, &s);
    if e == 0 {
        return ln_m;
    }
    let ln10 = ln_unit(&(&s * 10), w, &s);
    ln_m + ln10 * BigInt::from(e)
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
fn settle(m: &BigInt, err: &BigInt, w: u64, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    let neg = m.sign() == Sign::Minus;
    let mag = m.abs();
    let lo = (&mag - err).max(BigInt::zero());
    let hi = &mag + err;
    let mk = |v: &BigInt| Dec::finite(neg, v.magnitude().clone(), -(w as i64));
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
fn ziv(ctx: &Ctx, st: &mut u32, mut f: impl FnMut(u64) -> Option<(BigInt, BigInt)>) -> Dec {
    let mut w = ctx.prec as u64 + 12;
    let mut last = None;
    for _ in 0..6 {
        match f(w) {
            Some((m, err)) => {
                if let Some(d) = settle(&m, &err, w, ctx, st) {
                    return d;
                }
                last = Some((m, w));
            }
            None => break,
        }
        w = w * 2 + 10;
    }
    match last {
        Some((m, w)) => {
            *st |= INEXACT | ROUNDED;
            ctx.fix(Dec::finite(m.sign() == Sign::Minus, m.magnitude().clone(), -(w as i64)), st)
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

/// exp(t * 10**-w) as an interval, for the Ziv loop (None: t is out of range).
fn exp_interval(t: &BigInt, w: u64) -> (BigInt, BigInt) {
    let neg = t.sign() == Sign::Minus;
    let (e, k) = exp_fixed(&t.abs(), w);
    // Each squaring doubles the relative error of the reduced exponential.
    let err = (&e * (BigInt::one() << (k as usize + 6))) / p10(w) + p10((k as u64 * 3 / 10) + 3);
    if !neg {
        return (e, err);
    }
    let s2 = p10(2 * w);
    let lo = &s2 / (&e + &err);
    let hi = &s2 / (&e - &err).max(BigInt::one());
    let mid = (&lo + &hi) / 2;
    let r = (&hi - &lo) / 2 + 2;
    (mid, r)
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
    ziv(ctx, st, |w| {
        let t = to_fixed(a, w);
        Some(exp_interval(&t, w))
    })
}

pub fn ln(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.is_zero() {
        return Dec::inf(true);
    }
    if a.neg {
        return invalid(st);
    }
    if a.is_inf() {
        return Dec::inf(false);
    }
    if a.coef == pow10(0u64.max((-a.exp).max(0) as u64)) && a.exp <= 0 {
        return Dec::zero();
    }
    ziv(ctx, st, |w| {
        let x = to_fixed_rel(a, w);
        let (x, shift) = x;
        let wl = w + shift;
        let l = ln_fixed(&x, wl);
        // Back to w digits (the value of ln is at most a few thousand).
        let m = div_round(&l, &p10(shift));
        Some((m, BigInt::from(50)))
    })
}

/// `a` in fixed point with enough digits to hold its significant digits: (value, extra
/// digits beyond w used).
fn to_fixed_rel(a: &Dec, w: u64) -> (BigInt, u64) {
    // Enough places that the leading digit and w more after it are kept.
    let adj = a.adjusted();
    let extra = if adj < 0 { (-adj) as u64 } else { 0 };
    (to_fixed(a, w + extra), extra)
}

pub fn log10(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, None, ctx, st) {
        return n;
    }
    if a.is_zero() {
        return Dec::inf(true);
    }
    if a.neg {
        return invalid(st);
    }
    if a.is_inf() {
        return Dec::inf(false);
    }
    // A power of ten: the exact integer.
    let s = a.coef.to_string();
    if s.starts_with('1') && s[1..].bytes().all(|b| b == b'0') {
        return ctx.fix(Dec::from_i64(a.adjusted()), st);
    }
    ziv(ctx, st, |w| {
        let (x, shift) = to_fixed_rel(a, w);
        let wl = w + shift + 5;
        let l = ln_fixed(&(x * p10(5)), wl);
        let s = p10(wl);
        let l10 = ln_unit(&(&s * 10), wl, &s);
        let q = div_round(&(l * p10(w)), &l10);
        Some((q, BigInt::from(50)))
    })
}

/// `a ** b` for a non-integer `b` (a finite, positive; b finite): exp(b * ln a).
pub fn pow(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if a.neg || a.is_zero() || a.is_inf() || b.is_special() {
        return invalid(st);
    }
    // Exact one.
    if a.coef == pow10(0u64.max((-a.exp).max(0) as u64)) && a.exp <= 0 {
        *st |= INEXACT | ROUNDED;
        return ctx.fix(Dec::finite(false, pow10(ctx.prec as u64 - 1), -(ctx.prec - 1)), st);
    }
    let la = a.adjusted() as f64 + 1.0;
    let est = super::dectype::to_f64(b).unwrap_or(0.0) * la.max(1.0) * std::f64::consts::LN_10;
    let lnx = super::dectype::to_f64(a).map(f64::ln).unwrap_or(0.0);
    let guess = super::dectype::to_f64(b).unwrap_or(0.0) * if lnx.is_finite() { lnx } else { est };
    match exp_too_big(guess, ctx) {
        Some(true) => return ctx.overflow(false, st),
        Some(false) => return ctx.fix(Dec::finite(false, BigUint::one(), ctx.etiny() - 2), st),
        None => {}
    }
    let bmag = (b.adjusted().max(0) + 2) as u64;
    ziv(ctx, st, |w| {
        let wl = w + bmag + 5;
        let (x, shift) = to_fixed_rel(a, wl);
        let l = ln_fixed(&x, wl + shift);
        let l = div_round(&l, &p10(shift));
        // t = b * ln a at wl digits.
        let bc = BigInt::from(b.coef.clone());
        let bc = if b.neg { -bc } else { bc };
        let t = if b.exp >= 0 { l * bc * p10(b.exp as u64) } else { div_round(&(l * bc), &p10((-b.exp) as u64)) };
        let t = div_round(&t, &p10(wl - w));
        let (m, err) = exp_interval(&t, w);
        Some((m, err * 100))
    })
}
