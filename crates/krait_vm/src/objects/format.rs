//! The format mini-language (`format(x, spec)`, f-string `{x:spec}`, `str.format`) for int,
//! bool, float and str, with CPython's error messages; and `Vm::format`, which sends
//! every other object to its `__format__` (`object.__format__` accepts only an empty spec).

use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use crate::objects::int;
use crate::value::Value;
use krait_syntax::ast::repr::float_repr;

/// A parsed format spec.
#[derive(Debug, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    /// `z`: negative zero becomes positive zero (floats only).
    no_neg_zero: bool,
    alternate: bool,
    /// A `0` before the width.
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
    /// The width or precision does not fit a Py_ssize_t.
    too_many_digits: bool,
}

/// The message of a width that cannot be allocated: `Vm::format` raises MemoryError.
const NO_MEMORY: &str = "";

/// Parses `spec`; None when it is not a valid spec (CPython's "Invalid format specifier").
fn parse(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_zero = true;
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
    // Digits accumulate as CPython's get_integer does, up to PY_SSIZE_T_MAX.
    let digits = |i: &mut usize, n: &mut usize, over: &mut bool| {
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            let d = chars[*i].to_digit(10).unwrap_or(0) as usize;
            match n.checked_mul(10).and_then(|m| m.checked_add(d)).filter(|&m| m <= isize::MAX as usize) {
                Some(m) => *n = m,
                None => *over = true,
            }
            *i += 1;
        }
    };
    digits(&mut i, &mut s.width, &mut s.too_many_digits);
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            s.grouping = Some('!');
            i += 1;
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let mut p = 0usize;
        let start = i;
        digits(&mut i, &mut p, &mut s.too_many_digits);
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

/// Inserts `sep` every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Lays out `prefix` (sign and `0x`) and `body` in the spec's width; [`NO_MEMORY`] when the
/// width cannot be allocated.
fn pad(body: &str, prefix: &str, s: &Spec, default_align: char) -> Result<String, String> {
    let len = body.chars().count() + prefix.chars().count();
    let align = s.align.unwrap_or(if s.zero { '=' } else { default_align });
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    if len >= s.width {
        return Ok(format!("{prefix}{body}"));
    }
    let n = s.width - len;
    let mut out = String::new();
    out.try_reserve(n.saturating_mul(fill.len_utf8()).saturating_add(body.len() + prefix.len())).map_err(|_| NO_MEMORY.to_string())?;
    let f = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(fill, k));
    match align {
        '<' => {
            out.push_str(prefix);
            out.push_str(body);
            f(&mut out, n);
        }
        '^' => {
            f(&mut out, n / 2);
            out.push_str(prefix);
            out.push_str(body);
            f(&mut out, n - n / 2);
        }
        '=' => {
            out.push_str(prefix);
            f(&mut out, n);
            out.push_str(body);
        }
        _ => {
            f(&mut out, n);
            out.push_str(prefix);
            out.push_str(body);
        }
    }
    Ok(out)
}

/// Groups the integer digits at the start of `body` (what precedes the first non-digit); with
/// `0` padding the zeros are grouped too, as CPython fills to the width before grouping.
fn group_number(body: &str, s: &Spec, prefix_len: usize, every: usize) -> String {
    let Some(sep) = s.grouping else { return body.to_string() };
    // An int's digits (hex included) are all integer part; a float's end at the point.
    let split = if every == 4 { body.len() } else { body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len()) };
    let (intpart, rest) = body.split_at(split);
    let mut digits = intpart.to_string();
    let zero_fill = s.zero && s.fill.is_none() && s.align.is_none_or(|a| a == '=');
    if zero_fill {
        loop {
            let len = group(&digits, sep, every).chars().count() + rest.chars().count() + prefix_len;
            if len >= s.width {
                break;
            }
            digits.insert(0, '0');
        }
    }
    let mut grouped = group(&digits, sep, every);
    // A leading separator (from zero-filling) is replaced by a zero, as CPython writes it.
    if grouped.starts_with(sep) {
        grouped.replace_range(0..sep.len_utf8(), "0");
    }
    format!("{grouped}{rest}")
}

fn sign_text(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(text, spec)` for a str.
fn format_str(text: &str, s: &Spec) -> Result<String, String> {
    if let Some(t) = s.ty
        && t != 's'
    {
        return Err(format!("Unknown format code '{t}' for object of type 'str'"));
    }
    if s.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if s.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if s.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    if let Some(g) = s.grouping {
        return Err(format!("Cannot specify '{g}' with 's'."));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    pad(&body, "", s, '<')
}

/// `format(n, spec)` for an int with an integer presentation type.
fn format_int(v: &Value, s: &Spec) -> Result<String, String> {
    let Some(b) = int::to_big(v) else { return Err("bad int".into()) };
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if s.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let neg = b.sign() == num_bigint::Sign::Minus;
    if s.ty == Some('c') {
        if let Some(g) = s.grouping {
            return Err(format!("Cannot specify '{g}' with 'c'."));
        }
        if s.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if s.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let c = num_traits::ToPrimitive::to_u32(&b).and_then(char::from_u32).ok_or("%c arg not in range(0x110000)")?;
        return pad(&c.to_string(), "", s, '>');
    }
    let mag = if neg { -b } else { b };
    let (digits, every) = match s.ty {
        None | Some('d') | Some('n') => (int::big_to_decimal(&mag)?, 3),
        Some('x') => (mag.to_str_radix(16), 4),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), 4),
        Some('o') => (mag.to_str_radix(8), 4),
        Some('b') => (mag.to_str_radix(2), 4),
        Some(t) => return Err(format!("Unknown format code '{t}' for object of type 'int'")),
    };
    if let Some(g) = s.grouping
        && (s.ty == Some('n') || (g == ',' && every == 4))
    {
        return Err(format!("Cannot specify '{g}' with '{}'.", s.ty.unwrap_or('d')));
    }
    let base = match s.ty {
        Some('x') if s.alternate => "0x",
        Some('X') if s.alternate => "0X",
        Some('o') if s.alternate => "0o",
        Some('b') if s.alternate => "0b",
        _ => "",
    };
    let prefix = format!("{}{base}", sign_text(neg, s.sign));
    let body = group_number(&digits, s, prefix.chars().count(), every);
    pad(&body, &prefix, s, '>')
}

/// `x` in exponent notation with `precision` digits after the point (`1.5e+03`).
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

/// The 'g' presentation of a finite, non-negative `a` with `p` significant digits.
/// `dot0`: a result without a point gets `.0` (the no-type form with a precision).
fn general(a: f64, p: usize, alternate: bool, dot0: bool) -> String {
    let p = p.max(1);
    let e = exp_format(a, p - 1);
    let exp: i32 = e.split_once('e').and_then(|(_, x)| x.parse().ok()).unwrap_or(0);
    // The no-type form keeps a digit after the point, so it switches to exponents earlier.
    let limit = if dot0 { p as i32 - 1 } else { p as i32 };
    if exp < -4 || exp >= limit {
        let (m, x) = e.split_once('e').unwrap_or((&e, "+00"));
        let m = if alternate {
            if m.contains('.') { m.to_string() } else { format!("{m}.") }
        } else if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            m.to_string()
        };
        return format!("{m}e{x}");
    }
    let t = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a);
    if alternate {
        return if t.contains('.') { t } else { format!("{t}.") };
    }
    let t = if t.contains('.') { t.trim_end_matches('0').trim_end_matches('.').to_string() } else { t };
    if dot0 && !t.contains('.') { format!("{t}.0") } else { t }
}

/// `format(x, spec)` for a float (or an int with a float presentation type).
fn format_float(x: f64, s: &Spec, type_name: &str) -> Result<String, String> {
    if let Some(g) = s.grouping
        && s.ty == Some('n')
    {
        return Err(format!("Cannot specify '{g}' with 'n'."));
    }
    if let Some(t) = s.ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    {
        return Err(format!("Unknown format code '{t}' for object of type '{type_name}'"));
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let a = x.abs();
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if matches!(s.ty, Some('E' | 'F' | 'G')) { t.to_uppercase() } else { t.to_string() };
        if s.ty == Some('%') { format!("{t}%") } else { t }
    } else {
        match s.ty {
            Some('f' | 'F') => {
                let t = format!("{:.*}", s.precision.unwrap_or(6), a);
                if s.alternate && !t.contains('.') { format!("{t}.") } else { t }
            }
            Some('%') => {
                let t = format!("{:.*}", s.precision.unwrap_or(6), a * 100.0);
                if s.alternate && !t.contains('.') { format!("{t}.%") } else { format!("{t}%") }
            }
            Some('e' | 'E') => {
                let t = exp_format(a, s.precision.unwrap_or(6));
                let t = if s.alternate && !t.contains('.') { t.replacen('e', ".e", 1) } else { t };
                if s.ty == Some('E') { t.to_uppercase() } else { t }
            }
            Some('g' | 'G' | 'n') => {
                let t = general(a, s.precision.unwrap_or(6), s.alternate, false);
                if s.ty == Some('G') { t.to_uppercase() } else { t }
            }
            None => match s.precision {
                Some(p) => general(a, p, s.alternate, true),
                None => float_repr(a),
            },
            Some(t) => return Err(format!("Unknown format code '{t}' for object of type '{type_name}'")),
        }
    };
    // The sign is decided after rounding: `z` turns a negative zero result into zero.
    let rounds_to_zero = !body.bytes().any(|c| c.is_ascii_digit() && c != b'0');
    let neg = x.is_sign_negative() && !x.is_nan() && !(s.no_neg_zero && rounds_to_zero);
    let prefix = sign_text(neg, s.sign);
    let body = if a.is_finite() { group_number(&body, s, prefix.len(), 3) } else { body };
    pad(&body, prefix, s, '>')
}

/// Formats `v` (an int, bool, float or str) with `spec`; `Err` carries the ValueError message.
pub fn format_value(v: &Value, spec: &str, str_of: &str) -> Result<String, String> {
    if let Some(s) = parse(spec)
        && s.grouping == Some('!')
    {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    let type_name = match v {
        Value::Float(_) => "float",
        Value::Bool(_) => "bool",
        _ if v.as_str().is_some() => "str",
        _ => "int",
    };
    let Some(s) = parse(spec) else {
        return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    };
    if s.too_many_digits {
        return Err("Too many decimal digits in format string".into());
    }
    if let Some(text) = v.as_str() {
        return format_str(text, &s);
    }
    if int::is_int(v) && !matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return format_int(v, &s);
    }
    let Some(x) = int::to_f64(v) else {
        if spec.is_empty() {
            return Ok(str_of.to_string());
        }
        return Err(format!("unsupported format string passed to {type_name}.__format__"));
    };
    if int::is_int(v) && !x.is_finite() {
        return Err("int too large to convert to float".into());
    }
    format_float(x, &s, type_name)
}

/// `format(z, spec)` for a complex: each part formatted as a float (the imaginary one
/// always signed), `(re+imj)` in parentheses only without a type code.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    let Some(s) = parse(spec) else {
        return Err(format!("Invalid format specifier '{spec}' for object of type 'complex'"));
    };
    if s.too_many_digits {
        return Err("Too many decimal digits in format string".into());
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment not allowed in complex format specifier".into());
    }
    if s.zero && s.fill.is_none() && s.align.is_none() {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    let (mut ty, mut skip_re, mut parens) = (s.ty, false, false);
    if ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if ty == Some('n') {
        ty = Some('g');
    }
    if let Some(t) = ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G')
    {
        return Err(format!("Unknown format code '{t}' for object of type 'complex'"));
    }
    let part = |x: f64| -> String {
        let a = x.abs();
        match ty {
            None if s.precision.is_none() => {
                if !a.is_finite() {
                    if a.is_nan() { "nan".to_string() } else { "inf".to_string() }
                } else {
                    let r = float_repr(a);
                    r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
                }
            }
            None => general(a, s.precision.unwrap_or(0), s.alternate, false),
            Some(t) => {
                let one = Spec { ty: Some(t), precision: s.precision, alternate: s.alternate, grouping: s.grouping, ..Spec::default() };
                format_float(a, &one, "complex").unwrap_or_default()
            }
        }
    };
    let neg = |x: f64| x.is_sign_negative() && !x.is_nan();
    let re_text = if skip_re { String::new() } else { format!("{}{}", sign_text(neg(re), s.sign), part(re)) };
    let im_sign = if skip_re { sign_text(neg(im), s.sign) } else if neg(im) { "-" } else { "+" };
    let body = format!("{re_text}{im_sign}{}j", part(im));
    let body = if parens { format!("({body})") } else { body };
    let plain = Spec { fill: s.fill, align: s.align, width: s.width, ..Spec::default() };
    pad(&body, "", &plain, '>')
}

/// Is `v` an instance whose class's `__format__` is a built-in one (of int, str, float,
/// object...)? With an empty spec that is `str(v)`, the class's own `__str__` included.
fn builtin_format(v: &Value) -> bool {
    let Some(Payload::Instance(i)) = v.payload() else { return false };
    matches!(crate::objects::types::lookup(&i.class_obj(), "__format__").as_ref().and_then(Value::payload), Some(Payload::MethodDescr { .. }))
}

impl Vm {
    /// [`Vm::format`] as a str value: a str's lone surrogates and a `__format__`/`__str__`
    /// result are kept.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> crate::interp::PyResult {
        match v.payload() {
            Some(Payload::Str(s)) if s.has_surrogates() => {
                let text = self.format(v, spec)?;
                Ok(crate::objects::str::from_proxy(text, s.surrogate_base()))
            }
            // A built-in `__format__` (of int, str, float, object...) with an empty spec is
            // `str(self)`: a subclass's own `__str__` shows.
            Some(Payload::Instance(_)) if spec.is_empty() && builtin_format(v) => self.to_str_value(v),
            Some(Payload::Instance(_)) => match self.call_dunder(v, "__format__", vec![Value::str(spec)]) {
                Some(r) => {
                    let r = r?;
                    match r.as_str() {
                        Some(_) if matches!(r.payload(), Some(Payload::Str(_))) => Ok(r),
                        Some(s) => Ok(Value::str(s)),
                        None => Err(self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r)))),
                    }
                }
                None => Ok(Value::str(self.format(v, spec)?)),
            },
            _ => Ok(Value::str(self.format(v, spec)?)),
        }
    }

    /// The exception for a formatting error message: MemoryError for [`NO_MEMORY`],
    /// OverflowError for a value out of range, ValueError for the rest.
    fn format_error(&self, m: String) -> PyErr {
        if m == NO_MEMORY {
            return self.error("MemoryError", "");
        }
        let overflow = m.starts_with("%c arg not in range") || m.starts_with("int too large");
        self.error(if overflow { "OverflowError" } else { "ValueError" }, m)
    }

    /// `format(v, spec)`: the built-in formatting of ints, floats and strs; `__format__` for
    /// everything else (which must return a str).
    pub fn format(&mut self, v: &Value, spec: &str) -> Result<String, PyErr> {
        if let Some(Payload::Complex { re, im }) = v.payload()
            && !spec.is_empty()
        {
            return format_complex(*re, *im, spec).map_err(|m| self.format_error(m));
        }
        let builtin = match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
            Value::Obj(o) => matches!(o.payload, Payload::Str(_) | Payload::BigInt(_)),
            _ => false,
        };
        if builtin {
            if spec.is_empty() {
                return self.to_str(v);
            }
            return format_value(v, spec, "").map_err(|m| self.format_error(m));
        }
        if spec.is_empty() && builtin_format(v) {
            return self.to_str(v);
        }
        match self.call_dunder(v, "__format__", vec![Value::str(spec)]) {
            Some(r) => {
                let r = r?;
                match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r)))),
                }
            }
            None => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                Err(self.type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))))
            }
        }
    }
}
