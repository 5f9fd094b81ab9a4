//! The format mini-language (`format(x, spec)`, f-string `{x:spec}`) for int, float and str.

use crate::objects::int;
use crate::value::Value;
use krait_syntax::ast::repr::float_repr;

/// A parsed format spec.
#[derive(Debug, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    while i < chars.len() && chars[i].is_ascii_digit() {
        s.width = s.width * 10 + chars[i].to_digit(10).unwrap_or(0) as usize;
        i += 1;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let mut p = 0;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            p = p * 10 + chars[i].to_digit(10).unwrap_or(0) as usize;
            i += 1;
        }
        if i == start {
            return None;
        }
        s.precision = Some(p);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() { None } else { Some(s) }
}

fn group(digits: &str, sep: char) -> String {
    let n = digits.len();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, s: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    let align = s.align.unwrap_or(if s.zero { '=' } else { default_align });
    let fill = s.fill.unwrap_or(if s.zero && s.align.is_none() { '0' } else { ' ' });
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

/// Formats `v` (an int, float or str) with `spec`; `Err` carries the ValueError message.
pub fn format_value(v: &Value, spec: &str, str_of: &str) -> Result<String, String> {
    let Some(s) = parse(spec) else {
        return Err("Invalid format specifier".to_string());
    };
    if let Some(text) = v.as_str() {
        if let Some(t) = s.ty
            && t != 's'
        {
            return Err(format!("Unknown format code '{t}' for object of type 'str'"));
        }
        let body: String = match s.precision {
            Some(p) => text.chars().take(p).collect(),
            None => text.to_string(),
        };
        return Ok(pad(body, "", &s, '<'));
    }
    let is_float = matches!(v, Value::Float(_));
    if int::is_int(v) && !matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        let Some(b) = int::to_big(v) else { return Err("bad int".into()) };
        let neg = b.sign() == num_bigint::Sign::Minus;
        let mag = if neg { -b } else { b };
        let digits = match s.ty {
            None | Some('d') | Some('n') => mag.to_str_radix(10),
            Some('x') => mag.to_str_radix(16),
            Some('X') => mag.to_str_radix(16).to_uppercase(),
            Some('o') => mag.to_str_radix(8),
            Some('b') => mag.to_str_radix(2),
            Some(t) => return Err(format!("Unknown format code '{t}' for object of type 'int'")),
        };
        let mut body = match s.grouping {
            Some(g) => group(&digits, g),
            None => digits,
        };
        if s.alternate {
            let prefix = match s.ty {
                Some('x') => "0x",
                Some('X') => "0X",
                Some('o') => "0o",
                Some('b') => "0b",
                _ => "",
            };
            body = format!("{prefix}{body}");
        }
        let sign = sign_text(neg, s.sign);
        return Ok(pad(body, sign, &s, '>'));
    }
    let Some(x) = int::to_f64(v) else {
        if spec.is_empty() {
            return Ok(str_of.to_string());
        }
        return Err("unsupported format string passed to object.__format__".to_string());
    };
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if matches!(s.ty, Some('E' | 'F' | 'G')) { t.to_uppercase() } else { t.to_string() }
    } else {
        match s.ty {
            Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
            Some('e' | 'E') => {
                let t = exp_format(a, s.precision.unwrap_or(6));
                if s.ty == Some('E') { t.to_uppercase() } else { t }
            }
            Some('g' | 'G') | None if s.precision.is_some() || s.ty.is_some() => {
                let p = s.precision.unwrap_or(6).max(1);
                let exp = if a == 0.0 { 0 } else { a.log10().floor() as i32 };
                let t = if exp < -4 || exp >= p as i32 {
                    let t = exp_format(a, p - 1);
                    strip_exp_zeros(&t, s.alternate)
                } else {
                    let t = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a);
                    if s.alternate || !t.contains('.') { t } else { t.trim_end_matches('0').trim_end_matches('.').to_string() }
                };
                if s.ty == Some('G') { t.to_uppercase() } else { t }
            }
            None => float_repr(a),
            Some(t) => {
                let tn = if is_float { "float" } else { "int" };
                return Err(format!("Unknown format code '{t}' for object of type '{tn}'"));
            }
        }
    };
    let body = match s.grouping {
        Some(g) => {
            let (intpart, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => body.split_at(i),
                None => (body.as_str(), ""),
            };
            format!("{}{}", group(intpart, g), rest)
        }
        None => body,
    };
    Ok(pad(body, sign_text(neg, s.sign), &s, '>'))
}

fn sign_text(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn exp_format(a: f64, precision: usize) -> String {
    let t = format!("{:.*e}", precision, a);
    match t.split_once('e') {
        Some((m, e)) => {
            let (es, digits) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            format!("{m}e{es}{digits:0>2}")
        }
        None => t,
    }
}

fn strip_exp_zeros(t: &str, alternate: bool) -> String {
    match t.split_once('e') {
        Some((m, e)) if !alternate && m.contains('.') => {
            format!("{}e{e}", m.trim_end_matches('0').trim_end_matches('.'))
        }
        _ => t.to_string(),
    }
}
