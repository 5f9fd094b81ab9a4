//! Operations on the digits of the coefficient rather than on the value: the logical
//! operations (operands whose digits are all 0 or 1, sign 0, exponent 0, taken as the
//! last `prec` digits) and shift/rotate by a whole number of places within `prec` digits.

use super::arith::{invalid, nan_operand};
use super::number::*;
use num_bigint::BigUint;
use num_traits::ToPrimitive;

/// The coefficient's digits, left-padded with zeros or cut to the last `prec`.
fn fill(c: &BigUint, prec: usize) -> Vec<u8> {
    let s = c.to_string().into_bytes();
    if s.len() >= prec {
        s[s.len() - prec..].to_vec()
    } else {
        let mut v = vec![b'0'; prec - s.len()];
        v.extend(s);
        v
    }
}

/// A number from digit characters (leading zeros dropped).
fn from_digits(neg: bool, digits: &[u8], exp: i64) -> Dec {
    let t: &[u8] = match digits.iter().position(|d| *d != b'0') {
        Some(i) => &digits[i..],
        None => b"0",
    };
    let coef = std::str::from_utf8(t).ok().and_then(|s| s.parse::<BigUint>().ok()).unwrap_or_default();
    Dec::finite(neg, coef, exp)
}

fn is_logical(d: &Dec) -> bool {
    d.kind == Kind::Finite && !d.neg && d.exp == 0 && d.coef.to_string().bytes().all(|b| b == b'0' || b == b'1')
}

/// logical_and (0), logical_or (1), logical_xor (2).
pub fn logical(op: u8, a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if !is_logical(a) || !is_logical(b) {
        return invalid(st);
    }
    let p = ctx.prec as usize;
    let (x, y) = (fill(&a.coef, p), fill(&b.coef, p));
    let r: Vec<u8> = x
        .iter()
        .zip(&y)
        .map(|(l, r)| {
            let (l, r) = (*l == b'1', *r == b'1');
            let v = match op {
                0 => l && r,
                1 => l || r,
                _ => l != r,
            };
            if v { b'1' } else { b'0' }
        })
        .collect();
    from_digits(false, &r, 0)
}

pub fn invert(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let ones = Dec::finite(false, (pow10(ctx.prec as u64) - 1u32) / 9u32, 0);
    logical(2, a, &ones, ctx, st)
}

/// shift (rotate false) or rotate `a` by `b` places.
pub fn shift(a: &Dec, b: &Dec, rotate: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_operand(a, Some(b), ctx, st) {
        return n;
    }
    if b.kind != Kind::Finite || b.exp != 0 {
        return invalid(st);
    }
    let n = b.trunc_int().to_i64().unwrap_or(i64::MAX);
    if !(-ctx.prec..=ctx.prec).contains(&n) {
        return invalid(st);
    }
    if a.is_inf() {
        return a.clone();
    }
    let p = ctx.prec as usize;
    let digits = fill(&a.coef, p);
    let out: Vec<u8> = if rotate {
        let k = n.rem_euclid(p as i64) as usize;
        let mut v = digits[k..].to_vec();
        v.extend_from_slice(&digits[..k]);
        v
    } else if n < 0 {
        digits[..p - (-n) as usize].to_vec()
    } else {
        let mut v = digits.clone();
        v.extend(std::iter::repeat_n(b'0', n as usize));
        v[v.len() - p..].to_vec()
    };
    from_digits(a.neg, &out, a.exp)
}
