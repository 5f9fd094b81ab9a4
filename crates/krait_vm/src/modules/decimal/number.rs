//! The decimal number representation: sign, arbitrary-precision coefficient, exponent and
//! the special values (Infinity, quiet and signaling NaN with a diagnostic payload); the
//! context parameters an operation needs (`Ctx`), the condition bits operations report
//! (libmpdec's status bits, which the Python layer maps to the signal classes), and the
//! one rounding step every operation ends with (`Ctx::fix`: precision, exponent limits,
//! overflow, underflow, subnormal results and clamping, as the General Decimal Arithmetic
//! Specification defines them).

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

// Condition bits, in libmpdec's order (the order the flags of a Context's repr follow).
pub const CLAMPED: u32 = 1;
pub const CONVERSION_SYNTAX: u32 = 2;
pub const DIVISION_BY_ZERO: u32 = 4;
pub const DIVISION_IMPOSSIBLE: u32 = 8;
pub const DIVISION_UNDEFINED: u32 = 16;
pub const INEXACT: u32 = 64;
pub const INVALID_CONTEXT: u32 = 128;
pub const INVALID_OPERATION: u32 = 256;
pub const FLOAT_OPERATION: u32 = 1024;
pub const OVERFLOW: u32 = 2048;
pub const ROUNDED: u32 = 4096;
pub const SUBNORMAL: u32 = 8192;
pub const UNDERFLOW: u32 = 16384;
/// Every condition the InvalidOperation signal stands for.
pub const IEEE_INVALID: u32 = CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE | DIVISION_UNDEFINED | INVALID_CONTEXT | INVALID_OPERATION | 32 | 512;

/// The rounding modes, in the order of the `ROUND_*` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    Up,
    Down,
    Ceiling,
    Floor,
    HalfUp,
    HalfDown,
    HalfEven,
    Up05,
}

pub const ROUNDING_NAMES: [&str; 8] =
    ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"];
pub const ROUNDINGS: [Rounding; 8] =
    [Rounding::Up, Rounding::Down, Rounding::Ceiling, Rounding::Floor, Rounding::HalfUp, Rounding::HalfDown, Rounding::HalfEven, Rounding::Up05];

impl Rounding {
    pub fn name(self) -> &'static str {
        ROUNDING_NAMES[ROUNDINGS.iter().position(|r| *r == self).unwrap_or(6)]
    }

    pub fn from_name(s: &str) -> Option<Rounding> {
        ROUNDING_NAMES.iter().position(|n| *n == s).map(|i| ROUNDINGS[i])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Finite,
    Inf,
    NaN,
    SNaN,
}

/// A decimal number: (-1)**neg * coef * 10**exp when finite; a NaN keeps its payload in
/// `coef`.
#[derive(Clone, Debug)]
pub struct Dec {
    pub neg: bool,
    pub kind: Kind,
    pub coef: BigUint,
    pub exp: i64,
}

/// 10**n.
pub fn pow10(n: u64) -> BigUint {
    if n < 20 {
        return BigUint::from(10u64.pow(n as u32));
    }
    num_traits::pow(BigUint::from(10u32), n as usize)
}

/// The number of decimal digits of `c` (1 for zero).
pub fn ndigits(c: &BigUint) -> i64 {
    if let Some(v) = c.to_u64() {
        let mut n = 1;
        let mut x = v / 10;
        while x > 0 {
            n += 1;
            x /= 10;
        }
        return n;
    }
    // Estimate from the bit length, then correct.
    let est = ((c.bits() as f64 - 1.0) * std::f64::consts::LOG10_2) as u64;
    let mut n = est as i64;
    let mut p = pow10(est);
    while &p <= c {
        p *= 10u32;
        n += 1;
    }
    n.max(1)
}

impl Dec {
    pub fn finite(neg: bool, coef: BigUint, exp: i64) -> Dec {
        Dec { neg, kind: Kind::Finite, coef, exp }
    }

    pub fn zero() -> Dec {
        Dec::finite(false, BigUint::zero(), 0)
    }

    pub fn inf(neg: bool) -> Dec {
        Dec { neg, kind: Kind::Inf, coef: BigUint::zero(), exp: 0 }
    }

    pub fn nan() -> Dec {
        Dec { neg: false, kind: Kind::NaN, coef: BigUint::zero(), exp: 0 }
    }

    pub fn from_i64(i: i64) -> Dec {
        Dec::finite(i < 0, BigUint::from(i.unsigned_abs()), 0)
    }

    pub fn from_bigint(b: &num_bigint::BigInt) -> Dec {
        Dec::finite(b.sign() == num_bigint::Sign::Minus, b.magnitude().clone(), 0)
    }

    /// The exact value of a float.
    pub fn from_f64(f: f64) -> Dec {
        if f.is_nan() {
            let mut d = Dec::nan();
            d.neg = f.is_sign_negative();
            return d;
        }
        if f.is_infinite() {
            return Dec::inf(f < 0.0);
        }
        let neg = f.is_sign_negative();
        if f == 0.0 {
            return Dec::finite(neg, BigUint::zero(), 0);
        }
        let bits = f.abs().to_bits();
        let raw_exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mut m, mut e) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
        while m & 1 == 0 && e < 0 {
            m >>= 1;
            e += 1;
        }
        if e >= 0 {
            Dec::finite(neg, BigUint::from(m) << (e as usize), 0)
        } else {
            // m / 2**k = m * 5**k / 10**k
            let k = (-e) as usize;
            Dec::finite(neg, BigUint::from(m) * num_traits::pow(BigUint::from(5u32), k), -(k as i64))
        }
    }

    pub fn is_special(&self) -> bool {
        self.kind != Kind::Finite
    }

    pub fn is_nan(&self) -> bool {
        matches!(self.kind, Kind::NaN | Kind::SNaN)
    }

    pub fn is_inf(&self) -> bool {
        self.kind == Kind::Inf
    }

    pub fn is_zero(&self) -> bool {
        self.kind == Kind::Finite && self.coef.is_zero()
    }

    pub fn digits(&self) -> i64 {
        ndigits(&self.coef)
    }

    /// The exponent of the most significant digit (0 for specials).
    pub fn adjusted(&self) -> i64 {
        if self.kind != Kind::Finite {
            return 0;
        }
        self.exp + self.digits() - 1
    }

    pub fn is_integer(&self) -> bool {
        if self.kind != Kind::Finite {
            return false;
        }
        if self.exp >= 0 || self.coef.is_zero() {
            return true;
        }
        let k = (-self.exp) as u64;
        if k as i64 > self.digits() {
            return false;
        }
        (&self.coef % pow10(k)).is_zero()
    }

    pub fn negated(&self) -> Dec {
        let mut d = self.clone();
        d.neg = !d.neg;
        d
    }

    pub fn with_sign(&self, neg: bool) -> Dec {
        let mut d = self.clone();
        d.neg = neg;
        d
    }

    /// The coefficient scaled to exponent `e` (which must be <= self.exp).
    pub fn coef_at(&self, e: i64) -> BigUint {
        if e >= self.exp { self.coef.clone() } else { &self.coef * pow10((self.exp - e) as u64) }
    }

    /// The integer part (truncated toward zero) of a finite number, as a signed big int.
    pub fn trunc_int(&self) -> num_bigint::BigInt {
        let mag = if self.exp >= 0 {
            &self.coef * pow10(self.exp as u64)
        } else if (-self.exp) > self.digits() {
            BigUint::zero()
        } else {
            &self.coef / pow10((-self.exp) as u64)
        };
        let b = num_bigint::BigInt::from(mag);
        if self.neg { -b } else { b }
    }
}

/// Drops the last `k` digits of `c` under `mode` (`neg` for the directed modes): the
/// rounded coefficient and whether any dropped digit was nonzero.
pub fn round_off(c: &BigUint, k: u64, mode: Rounding, neg: bool) -> (BigUint, bool) {
    if k == 0 {
        return (c.clone(), false);
    }
    let p = pow10(k);
    let (q, r) = c.div_rem(&p);
    if r.is_zero() {
        return (q, false);
    }
    let half = || {
        let twice: BigUint = &r * 2u32;
        twice.cmp(&p)
    };
    let up = match mode {
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::Ceiling => !neg,
        Rounding::Floor => neg,
        Rounding::HalfUp => half() != std::cmp::Ordering::Less,
        Rounding::HalfDown => half() == std::cmp::Ordering::Greater,
        Rounding::HalfEven => match half() {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => q.is_odd(),
        },
        Rounding::Up05 => {
            let last = (&q % 10u32).to_u32().unwrap_or(1);
            last == 0 || last == 5
        }
    };
    (if up { q + BigUint::one() } else { q }, true)
}

/// A finite `d` at exponent `exp`, rounded under `mode` when digits are dropped (no
/// flags, no limits: the caller checks).
pub fn rescale(d: &Dec, exp: i64, mode: Rounding) -> Dec {
    if d.coef.is_zero() {
        return Dec::finite(d.neg, BigUint::zero(), exp);
    }
    if d.exp >= exp {
        return Dec::finite(d.neg, d.coef_at(exp), exp);
    }
    let drop = (exp - d.exp) as u64;
    let n = d.digits() as u64;
    let c = if drop > n + 1 { round_off(&BigUint::one(), 1, mode, d.neg).0 } else { round_off(&d.coef, drop, mode, d.neg).0 };
    Dec::finite(d.neg, c, exp)
}

/// The context parameters operations read.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub prec: i64,
    pub rounding: Rounding,
    pub emin: i64,
    pub emax: i64,
    pub clamp: bool,
}

impl Ctx {
    pub fn etiny(&self) -> i64 {
        self.emin - self.prec + 1
    }

    pub fn etop(&self) -> i64 {
        self.emax - self.prec + 1
    }

    /// The result of an overflow with `neg`'s sign: Infinity or the largest finite number,
    /// as the rounding mode says.
    pub fn overflow(&self, neg: bool, st: &mut u32) -> Dec {
        *st |= OVERFLOW | INEXACT | ROUNDED;
        let to_inf = match self.rounding {
            Rounding::HalfUp | Rounding::HalfEven | Rounding::HalfDown | Rounding::Up => true,
            Rounding::Ceiling => !neg,
            Rounding::Floor => neg,
            Rounding::Down | Rounding::Up05 => false,
        };
        if to_inf {
            Dec::inf(neg)
        } else {
            Dec::finite(neg, pow10(self.prec as u64) - BigUint::one(), self.etop())
        }
    }

    /// A NaN's payload cut to what the precision allows.
    pub fn fix_nan(&self, d: Dec) -> Dec {
        let room = self.prec - i64::from(self.clamp);
        if !d.coef.is_zero() && d.digits() > room {
            return Dec { coef: BigUint::zero(), ..d };
        }
        d
    }

    /// Rounds `d` to the context: precision, exponent range, clamping.
    pub fn fix(&self, d: Dec, st: &mut u32) -> Dec {
        match d.kind {
            Kind::Inf => return d,
            Kind::NaN | Kind::SNaN => return self.fix_nan(d),
            Kind::Finite => {}
        }
        let etiny = self.etiny();
        let etop = self.etop();
        if d.coef.is_zero() {
            let exp_max = if self.clamp { etop } else { self.emax };
            let e = d.exp.max(etiny).min(exp_max);
            if e != d.exp {
                *st |= CLAMPED;
                return Dec::finite(d.neg, d.coef, e);
            }
            return d;
        }
        let n = d.digits();
        let mut exp_min = n + d.exp - self.prec;
        if exp_min > etop {
            return self.overflow(d.neg, st);
        }
        let subnormal = exp_min < etiny;
        if subnormal {
            exp_min = etiny;
        }
        if d.exp < exp_min {
            let drop = (exp_min - d.exp) as u64;
            let (mut c, inexact) = if drop as i64 > n + 1 {
                // Every digit goes: the value is below half a unit of the last place.
                round_off(&BigUint::one(), 1, self.rounding, d.neg)
            } else {
                round_off(&d.coef, drop, self.rounding, d.neg)
            };
            if ndigits(&c) > self.prec {
                c /= 10u32;
                exp_min += 1;
            }
            let ans = if exp_min > etop {
                // Overflow after rounding: the flags below join the overflow's.
                self.overflow(d.neg, st)
            } else {
                Dec::finite(d.neg, c, exp_min)
            };
            if inexact && subnormal {
                *st |= UNDERFLOW;
            }
            if subnormal {
                *st |= SUBNORMAL;
            }
            if inexact {
                *st |= INEXACT;
            }
            *st |= ROUNDED;
            if ans.is_zero() {
                *st |= CLAMPED;
            }
            return ans;
        }
        if subnormal {
            *st |= SUBNORMAL;
        }
        if self.clamp && d.exp > etop {
            *st |= CLAMPED;
            let c = &d.coef * pow10((d.exp - etop) as u64);
            return Dec::finite(d.neg, c, etop);
        }
        d
    }
}
