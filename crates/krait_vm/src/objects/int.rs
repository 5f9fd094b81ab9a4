//! `int`: an i64 immediate, promoted to a heap big int (num-bigint) on overflow.

use crate::heap::Payload;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The int value of a big integer, as an immediate when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::new_obj(Payload::BigInt(b)),
    }
}

/// The integer value of an int or bool, as a big integer.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Is this an int (or a bool)?
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

/// The float value of an int or float operand.
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b.to_f64(),
            _ => None,
        },
        _ => None,
    }
}

/// Floor division and modulo with Python's signs.
pub fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) { Some((q - 1, r + b)) } else { Some((q, r)) }
}

/// Parses the text of `int(s)` in base 10 (underscores between digits, surrounding space).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    let b = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -b } else { b })
}

thread_local! {
    /// `sys.get_int_max_str_digits()`: 0 means no limit.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

/// The limit on decimal digits for int/str conversions (0: none).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(std::cell::Cell::get)
}

/// Sets the limit (`sys.set_int_max_str_digits`).
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

/// The decimal text of a big int, or CPython's ValueError message when it has more digits
/// than the limit allows.
pub fn big_to_decimal(b: &BigInt) -> Result<String, String> {
    let limit = max_str_digits();
    // A cheap test first: fewer bits than the limit's digits can hold always fit.
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 - 1.0 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return Err(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

/// The ValueError message for parsing `digits` decimal digits beyond the limit, if any.
pub fn parse_digits_error(digits: usize) -> Option<String> {
    let limit = max_str_digits();
    (limit > 0 && digits > limit).then(|| {
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )
    })
}
