//! String conversion: parsing decimal literals (the specification's numeric-string syntax,
//! with surrounding whitespace and underscores ignored as CPython's `_decimal` does),
//! scientific and engineering strings, and `__format__`'s mini-language (fill, align, sign,
//! `z`, `#`, `0`, width, `,`/`_` grouping, precision and the types e E f F g G n %).

use super::number::{CONVERSION_SYNTAX, Dec, INVALID_OPERATION, Kind, Rounding, rescale};
use num_bigint::BigUint;
use num_traits::Zero;

/// Parses `s` exactly; Err holds the condition (ConversionSyntax, or InvalidOperation for
/// an exponent beyond any context's range).
pub fn parse(s: &str) -> Result<Dec, u32> {
    let t: String = s.trim_matches(|c: char| c.is_whitespace()).chars().filter(|c| *c != '_').collect();
    let mut chars: Vec<char> = Vec::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            chars.push(c);
        } else if let Some(d) = unicode_digit(c) {
            chars.push(char::from(b'0' + d));
        } else {
            return Err(CONVERSION_SYNTAX);
        }
    }
    let body: String = chars.into_iter().collect();
    let (neg, rest) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, &body[..]),
    };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(Dec::inf(neg));
    }
    for (prefix, kind) in [("snan", Kind::SNaN), ("nan", Kind::NaN)] {
        if let Some(payload) = lower.strip_prefix(prefix) {
            if !payload.bytes().all(|b| b.is_ascii_digit()) {
                return Err(CONVERSION_SYNTAX);
            }
            let coef = if payload.is_empty() { BigUint::zero() } else { payload.parse::<BigUint>().map_err(|_| CONVERSION_SYNTAX)? };
            return Ok(Dec { neg, kind, coef, exp: 0 });
        }
    }
    let (mant, exp_part) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (&lower[..], None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(CONVERSION_SYNTAX);
    }
    if !int_part.bytes().chain(frac_part.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(CONVERSION_SYNTAX);
    }
    let mut exp: i64 = 0;
    if let Some(e) = exp_part {
        let (eneg, ed) = match e.as_bytes().first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if ed.is_empty() || !ed.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CONVERSION_SYNTAX);
        }
        let v: i64 = ed.trim_start_matches('0').parse().unwrap_or(if ed.trim_start_matches('0').is_empty() { 0 } else { i64::MAX });
        if v > 2 * 999_999_999_999_999_999 {
            return Err(INVALID_OPERATION);
        }
        exp = if eneg { -v } else { v };
    }
    let digits = format!("{int_part}{frac_part}");
    let coef: BigUint = digits.parse().map_err(|_| CONVERSION_SYNTAX)?;
    Ok(Dec::finite(neg, coef, exp - frac_part.len() as i64))
}

/// The value of a Unicode decimal digit outside ASCII (the common script blocks).
fn unicode_digit(c: char) -> Option<u8> {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040,
        0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10,
    ];
    let u = c as u32;
    ZEROS.iter().find(|z| u >= **z && u < **z + 10).map(|z| (u - z) as u8)
}

/// `str(d)` (eng false) or `d.to_eng_string()`.
pub fn to_string(d: &Dec, eng: bool, capitals: bool) -> String {
    let sign = if d.neg { "-" } else { "" };
    match d.kind {
        Kind::Inf => return format!("{sign}Infinity"),
        Kind::NaN | Kind::SNaN => {
            let p = if d.coef.is_zero() { String::new() } else { d.coef.to_string() };
            let n = if d.kind == Kind::NaN { "NaN" } else { "sNaN" };
            return format!("{sign}{n}{p}");
        }
        Kind::Finite => {}
    }
    let digits = d.coef.to_string();
    let n = digits.len() as i64;
    let leftdigits = d.exp + n;
    let dotplace = if d.exp <= 0 && leftdigits > -6 {
        leftdigits
    } else if !eng {
        1
    } else if d.coef.is_zero() {
        (leftdigits + 1).rem_euclid(3) - 1
    } else {
        (leftdigits - 1).rem_euclid(3) + 1
    };
    let (intpart, fracpart) = if dotplace <= 0 {
        ("0".to_string(), format!(".{}{}", "0".repeat((-dotplace) as usize), digits))
    } else if dotplace >= n {
        (format!("{}{}", digits, "0".repeat((dotplace - n) as usize)), String::new())
    } else {
        (digits[..dotplace as usize].to_string(), format!(".{}", &digits[dotplace as usize..]))
    };
    let exp = if leftdigits == dotplace {
        String::new()
    } else {
        format!("{}{:+}", if capitals { 'E' } else { 'e' }, leftdigits - dotplace)
    };
    format!("{sign}{intpart}{fracpart}{exp}")
}

/// A parsed format specifier.
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: char,
    pub no_neg_zero: bool,
    pub alt: bool,
    pub zeropad: bool,
    pub width: usize,
    pub thousands: &'static str,
    pub frac_sep: &'static str,
    pub precision: Option<i64>,
    pub ty: Option<char>,
}

/// Parses a format specifier; Err when it is not one.
pub fn parse_spec(spec: &str) -> Option<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut fill = None;
    let mut align = None;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        fill = Some(c[0]);
        align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        align = Some(c[0]);
        i = 1;
    }
    let mut sign = '-';
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sign = c[i];
        i += 1;
    }
    let mut no_neg_zero = false;
    if i < c.len() && c[i] == 'z' {
        no_neg_zero = true;
        i += 1;
    }
    let mut alt = false;
    if i < c.len() && c[i] == '#' {
        alt = true;
        i += 1;
    }
    let mut zeropad = false;
    if i < c.len() && c[i] == '0' {
        zeropad = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    let width: usize = if i > start { c[start..i].iter().collect::<String>().parse().ok()? } else { 0 };
    let mut thousands = "";
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        thousands = if c[i] == ',' { "," } else { "_" };
        i += 1;
    }
    let mut precision = None;
    let mut frac_sep = "";
    if i < c.len() && c[i] == '.' {
        i += 1;
        let s = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            frac_sep = if c[i] == ',' { "," } else { "_" };
            i += 1;
        }
        if i == s {
            return None;
        }
        let digits: String = c[s..i].iter().filter(|ch| ch.is_ascii_digit()).collect();
        if digits.is_empty() {
            return None;
        }
        precision = Some(digits.parse().ok()?);
    }
    let mut ty = None;
    if i < c.len() && "eEfFgGn%".contains(c[i]) {
        ty = Some(c[i]);
        i += 1;
    }
    if i != c.len() {
        return None;
    }
    if zeropad && (fill.is_some() || align.is_some()) {
        return None;
    }
    if precision == Some(0) && matches!(ty, None | Some('g' | 'G' | 'n')) {
        precision = Some(1);
    }
    if ty == Some('n') && !thousands.is_empty() {
        return None;
    }
    Some(Spec {
        fill: if zeropad { '0' } else { fill.unwrap_or(' ') },
        align: if zeropad { '=' } else { align.unwrap_or('>') },
        sign,
        no_neg_zero,
        alt,
        zeropad,
        width,
        thousands,
        frac_sep,
        precision,
        ty,
    })
}

fn align(sign: &str, body: &str, spec: &Spec) -> String {
    let len = sign.chars().count() + body.chars().count();
    let pad = spec.width.saturating_sub(len);
    let padding: String = std::iter::repeat_n(spec.fill, pad).collect();
    match spec.align {
        '<' => format!("{sign}{body}{padding}"),
        '=' => format!("{sign}{padding}{body}"),
        '^' => {
            let half: String = std::iter::repeat_n(spec.fill, pad / 2).collect();
            let rest: String = std::iter::repeat_n(spec.fill, pad - pad / 2).collect();
            format!("{half}{sign}{body}{rest}")
        }
        _ => format!("{padding}{sign}{body}"),
    }
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            '+' => "+",
            ' ' => " ",
            _ => "",
        }
    }
}

/// Groups the integer digits in threes with `sep`, zero-padding to `min_width`.
fn group(digits: &str, sep: &str, mut min_width: i64) -> String {
    if sep.is_empty() {
        let n = digits.len() as i64;
        let pad = (min_width - n).max(0) as usize;
        return format!("{}{}", "0".repeat(pad), digits);
    }
    let mut groups: Vec<String> = Vec::new();
    let mut d = digits.to_string();
    loop {
        let l = (d.len() as i64).max(min_width).clamp(1, 3) as usize;
        let take = l.min(d.len());
        let tail = d[d.len() - take..].to_string();
        groups.push(format!("{}{}", "0".repeat(l - take), tail));
        d.truncate(d.len() - take);
        min_width -= l as i64;
        if d.is_empty() && min_width <= 0 {
            break;
        }
        min_width -= sep.len() as i64;
    }
    groups.reverse();
    groups.join(sep)
}

/// Rounds a finite `d` to `places` significant digits.
fn round_sig(d: &Dec, places: i64, mode: Rounding) -> Dec {
    if d.coef.is_zero() {
        return d.clone();
    }
    let r = rescale(d, d.adjusted() - places + 1, mode);
    if r.adjusted() != d.adjusted() { rescale(&r, r.adjusted() + 1 - places, mode) } else { r }
}

/// `format(d, spec)`; None when the specifier is invalid.
pub fn format(d: &Dec, spec_text: &str, capitals: bool, rounding: Rounding) -> Option<String> {
    let mut spec = parse_spec(spec_text)?;
    if d.is_special() {
        // Zero padding does not apply to specials: they are right-aligned with spaces.
        if spec.zeropad {
            spec.fill = ' ';
            spec.align = '>';
        }
        let mut body = to_string(&d.with_sign(false), false, true);
        if spec.ty == Some('%') {
            body.push('%');
        }
        return Some(align(sign_str(d.neg, &spec), &body, &spec));
    }
    let ty = match spec.ty {
        None => if capitals { 'G' } else { 'g' },
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut v = d.clone();
    if ty == '%' {
        v.exp += 2;
    }
    if let Some(p) = spec.precision {
        match ty {
            'e' | 'E' => v = round_sig(&v, p + 1, rounding),
            'f' | 'F' | '%' => v = rescale(&v, -p, rounding),
            _ => {
                if v.digits() > p {
                    v = round_sig(&v, p, rounding);
                }
            }
        }
    }
    if v.coef.is_zero() && v.exp > 0 && matches!(ty, 'f' | 'F' | '%') {
        v = rescale(&v, 0, rounding);
    }
    let neg = if v.coef.is_zero() && spec.no_neg_zero { false } else { v.neg };
    let digits = v.coef.to_string();
    let n = digits.len() as i64;
    let leftdigits = v.exp + n;
    let dotplace = match ty {
        'e' | 'E' => {
            if v.coef.is_zero() && spec.precision.is_some() { 1 - spec.precision.unwrap_or(0) } else { 1 }
        }
        'f' | 'F' | '%' => leftdigits,
        _ => {
            if v.exp <= 0 && leftdigits > -6 { leftdigits } else { 1 }
        }
    };
    let (intpart, mut fracpart) = if dotplace < 0 {
        ("0".to_string(), format!("{}{}", "0".repeat((-dotplace) as usize), digits))
    } else if dotplace > n {
        (format!("{}{}", digits, "0".repeat((dotplace - n) as usize)), String::new())
    } else {
        let ip = &digits[..dotplace as usize];
        (if ip.is_empty() { "0".to_string() } else { ip.to_string() }, digits[dotplace as usize..].to_string())
    };
    let exp = leftdigits - dotplace;
    let sign = sign_str(neg, &spec);
    if !fracpart.is_empty() && !spec.frac_sep.is_empty() {
        let chunks: Vec<String> = fracpart.as_bytes().chunks(3).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        fracpart = chunks.join(spec.frac_sep);
    }
    if !fracpart.is_empty() || spec.alt {
        fracpart = format!(".{fracpart}");
    }
    if exp != 0 || matches!(ty, 'e' | 'E') {
        let echar = if matches!(ty, 'E' | 'G') { 'E' } else { 'e' };
        fracpart.push_str(&format!("{echar}{exp:+}"));
    }
    if ty == '%' {
        fracpart.push('%');
    }
    let min_width = if spec.zeropad { spec.width as i64 - fracpart.chars().count() as i64 - sign.len() as i64 } else { 0 };
    let intpart = group(&intpart, spec.thousands, min_width);
    Some(align(sign, &format!("{intpart}{fracpart}"), &spec))
}
