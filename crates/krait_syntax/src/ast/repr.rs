//! Python's `repr` of the values that can stand in an AST: str, bytes, int, float, complex.
//!
//! These follow CPython 3.14 exactly: the quote choice and escapes of `str.__repr__` (a
//! character is shown as itself when `str.isprintable` says so, Unicode 16.0), the
//! shortest round-tripping digits of `float.__repr__` with its switch to exponent form
//! outside `1e-4 <= |x| < 1e16`, and `complex.__repr__`'s layout.

use std::fmt::Write as _;

use super::Constant;

/// `repr(value)` for an AST constant.
pub fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => match crate::literal::literal_code_points(s) {
            Some(points) => str_repr_points(s, &points),
            None => str_repr(s),
        },
        Constant::Bytes(b) => bytes_repr(b),
    }
}

/// `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    krait_unicode::is_printable(c as u32)
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_repr_char(&mut out, c, quote);
    }
    out.push(quote);
    out
}

/// `repr()` of a decoded literal holding lone surrogates (`points`; `s` its marked text).
fn str_repr_points(s: &str, points: &[u32]) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for &p in points {
        match char::from_u32(p) {
            Some(c) => push_repr_char(&mut out, c, quote),
            None => {
                let _ = write!(out, "\\u{p:04x}");
            }
        }
    }
    out.push(quote);
    out
}

fn push_repr_char(out: &mut String, c: char, quote: char) {
    {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='\x7e' => out.push(c),
            _ if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if is_printable(c) => out.push(c),
            _ => {
                let code = c as u32;
                let _ = if code <= 0xff {
                    write!(out, "\\x{code:02x}")
                } else if code <= 0xffff {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
        }
    }
}

/// `repr(b)` for bytes.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote => {
                out.push('\\');
                out.push(char::from(b));
            }
            b' '..=b'\x7e' => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(char::from(quote));
    out
}

/// `repr(x)` for a float.
pub fn float_repr(x: f64) -> String {
    format_shortest(x, true)
}

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = format_shortest(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{imag_text}j");
    }
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag_text}j)", format_shortest(real, false))
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: the shortest digits that round-trip,
/// in fixed notation when the decimal exponent is in `-4..16`, else `d.ddde±XX`.
/// `add_dot_0` appends `.0` to integral values in fixed notation (float repr does; the
/// parts of a complex repr don't).
fn format_shortest(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` prints the shortest round-tripping digits: "-1.2345e-7".
    let sci = format!("{x:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let digits = round_tie_to_even(x, digits, exponent);
    let n = digits.len() as i32;
    // The value is 0.DIGITS * 10**decpt.
    let decpt = exponent + 1;
    let mut out = String::from(sign);
    if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-decpt) as usize));
            out.push_str(&digits);
        } else if decpt < n {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        } else {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
            if add_dot_0 {
                out.push_str(".0");
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    out
}

/// Whether `|x| * 10**k` is an integer. Writing `|x| = m * 2**e` with `m` odd,
/// `m * 2**e * 2**k * 5**k` is one for `k >= 0` exactly when `e + k >= 0`; for `k < 0`
/// exactly when `2**-k` and `5**-k` both divide `m * 2**e`. Zero is an integer.
fn scaled_is_integer(x: f64, k: i32) -> bool {
    let bits = x.abs().to_bits();
    let (biased, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (mut m, mut e) = if biased == 0 { (frac, -1074) } else { (frac | 1 << 52, biased - 1075) };
    if m == 0 {
        return true;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    if k >= 0 {
        return e + k >= 0;
    }
    let p = k.unsigned_abs();
    // 5**23 exceeds any 53-bit `m`.
    p <= 22 && e >= p as i32 && m % 5u64.pow(p) == 0
}

/// Rust's shortest formatting breaks an exact tie between two shortest candidates upward;
/// CPython's (David Gay's dtoa) picks the even last digit. `digits` are Rust's significant
/// digits of `x` with the first at decimal exponent `exponent`. When the last digit is odd
/// and `x` lies exactly halfway between that candidate and the one below it, and the one below
/// (even) also reads back as `x`, the one below is returned.
fn round_tie_to_even(x: f64, digits: String, exponent: i32) -> String {
    let Some(last) = digits.bytes().last() else { return digits };
    if last % 2 == 0 {
        return digits;
    }
    // A tie's exact expansion ends in that 5, one place past the candidate's last digit:
    // `x * 10**k` is an integer and `x * 10**(k - 1)` is not. Most values fail this at once,
    // sparing the 800-digit expansion below.
    let k = digits.len() as i32 - exponent;
    if !scaled_is_integer(x, k) || scaled_is_integer(x, k - 1) {
        return digits;
    }
    // The exact decimal expansion of `x` (a double has at most 767 significant digits), as
    // significant digits from the same leading position.
    let exact = format!("{:.800e}", x.abs());
    let (exact_mantissa, exact_exponent) = exact.split_once('e').unwrap_or((&exact, "0"));
    if exact_exponent.parse::<i32>().ok() != Some(exponent) {
        return digits;
    }
    let exact_digits: Vec<u8> = exact_mantissa.bytes().filter(|b| *b != b'.').collect();
    let n = digits.len();
    // Halfway means: the candidate's digits with the last one lowered by one, then a 5, then
    // only zeros.
    let mut below = digits.into_bytes();
    if let Some(d) = below.last_mut() {
        *d -= 1;
    }
    let is_tie = exact_digits.len() > n
        && exact_digits[..n] == below[..]
        && exact_digits[n] == b'5'
        && exact_digits[n + 1..].iter().all(|b| *b == b'0');
    // At a power of two the interval below `x` is narrower: the lower candidate must also
    // read back as `x` (2**-24 stays 5.960464477539063e-08).
    let round_trips = || {
        let (first, rest) = below.split_at(1);
        let text = format!(
            "{}.{}e{exponent}",
            String::from_utf8_lossy(first),
            String::from_utf8_lossy(rest)
        );
        text.parse::<f64>().ok() == Some(x.abs())
    };
    if !(is_tie && round_trips())
        && let Some(d) = below.last_mut()
    {
        *d += 1;
    }
    String::from_utf8(below).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expectations are CPython 3.14's reprs.
    #[test]
    #[expect(clippy::excessive_precision, reason = "the tie cases are exact binary values written out")]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (2.5, "2.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (std::f64::consts::PI, "3.141592653589793"),
            // Two shortest candidates at exactly the same distance: the even one, as Gay's
            // dtoa picks it.
            (1125899906842634.25, "1125899906842634.2"),
            (1125899906842634.75, "1125899906842634.8"),
            (1125899906842629.25, "1125899906842629.2"),
            // A tie at a power of two, where only the upper candidate round-trips.
            (5.960464477539063e-08, "5.960464477539063e-08"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr({x})");
        }
    }

    #[test]
    fn complexes() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, 0.0), "0j");
        assert_eq!(complex_repr(0.0, 1.5), "1.5j");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        assert_eq!(complex_repr(0.0, f64::INFINITY), "infj");
        assert_eq!(complex_repr(1.0, -2.0), "(1-2j)");
        assert_eq!(complex_repr(-0.0, 2.0), "(-0+2j)");
    }

    #[test]
    fn strings() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(str_repr("\t\n\r\x00\x7f\\"), "'\\t\\n\\r\\x00\\x7f\\\\'");
        assert_eq!(str_repr("é€\u{a0}\u{200b}\u{e000}\u{10ffff}"), "'é€\\xa0\\u200b\\ue000\\U0010ffff'");
        assert_eq!(str_repr("\u{2028}𝔘"), "'\\u2028𝔘'");
        assert_eq!(bytes_repr(b"a'\x00\xff\""), "b'a\\'\\x00\\xff\"'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
    }
}
