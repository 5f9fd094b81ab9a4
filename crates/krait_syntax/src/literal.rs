//! Values of literal tokens, decoded the way CPython 3.14's parser decodes them.
//!
//! - [`parse_number`]: NUMBER token text to an int (i64 or big), float or imaginary value,
//!   with CPython's 4300-digit limit for decimal integers and its message.
//! - [`decode_string_literal`]: STRING token text (prefix and quotes included) to a `str` or
//!   `bytes` value, with the prefix flags the AST needs, CPython's decode errors
//!   (`(unicode error) 'unicodeescape' codec can't decode ...`, `(value error) invalid \x
//!   escape at position N`, "bytes can only contain ASCII literal characters") and the
//!   SyntaxWarning for the first invalid escape sequence.
//! - [`decode_fstring_middle`]: the text of an FSTRING_MIDDLE/TSTRING_MIDDLE token (the
//!   tokenizer has already collapsed `{{`/`}}` to single braces).
//! - [`fstring_expr_text`]: the recorded source text of an f-string `=` field or a t-string
//!   interpolation.
//! - [`normalize_identifier`]: NFKC for non-ASCII names (PEP 3131), free for ASCII ones.
//! - A `\uD800`..`\uDFFF` escape (a lone surrogate, which a Rust `String` cannot hold) is
//!   kept in the decoded text as [`SURROGATE_MARK`] followed by U+F0000 + (code point -
//!   0xD800); [`literal_code_points`] gives the code points back (the compiler and the
//!   `ast` module read str constants through it). Source text holding that exact pair of
//!   characters itself would read as a surrogate.
//!
//! Error positions quoted in messages count bytes of the buffer CPython decodes, in which
//! every non-ASCII character is spelled `\UXXXXXXXX` (10 bytes) and a backslash before a
//! non-ASCII character as `\u005c`; this module reproduces those numbers. Nothing here
//! panics or recurses.

use std::borrow::Cow;

use num_bigint::BigInt;

/// The character that, followed by U+F0000..U+F07FF, stands for a lone surrogate in a
/// decoded str literal (a noncharacter).
pub const SURROGATE_MARK: char = '\u{FDD0}';

/// The code points of a decoded str literal's text when it holds lone surrogates (see
/// [`SURROGATE_MARK`]); None for text without them.
pub fn literal_code_points(text: &str) -> Option<Vec<u32>> {
    if !text.contains(SURROGATE_MARK) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut found = false;
    while let Some(c) = chars.next() {
        if c == SURROGATE_MARK
            && let Some(&n) = chars.peek()
            && (0xF0000..0xF0800).contains(&u32::from(n))
        {
            chars.next();
            out.push(0xD800 + u32::from(n) - 0xF0000);
            found = true;
        } else {
            out.push(u32::from(c));
        }
    }
    found.then_some(out)
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The value of a NUMBER token.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    /// An integer outside the i64 range.
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal `<imag>j`.
    Complex(f64),
}

/// Decodes NUMBER token text. The only error a token from the tokenizer can produce is the
/// integer string conversion limit (message as CPython's parser reports it); malformed
/// text (not from the tokenizer) yields "invalid number literal".
pub fn parse_number(text: &str) -> Result<Number, String> {
    let owned;
    let text = if text.contains('_') {
        owned = text.replace('_', "");
        owned.as_str()
    } else {
        text
    };
    let bytes = text.as_bytes();
    let bad = || "invalid number literal".to_string();
    if let Some(imag) = text.strip_suffix(['j', 'J']) {
        return parse_float(imag).map(Number::Complex).ok_or_else(bad);
    }
    if bytes.len() > 1 && bytes.first() == Some(&b'0') {
        let radix = match bytes.get(1) {
            Some(b'x' | b'X') => 16,
            Some(b'o' | b'O') => 8,
            Some(b'b' | b'B') => 2,
            _ => 10,
        };
        if radix != 10 {
            let digits = bytes.get(2..).unwrap_or(&[]);
            return parse_int(digits, radix).ok_or_else(bad);
        }
    }
    if bytes.iter().any(|&b| matches!(b, b'.' | b'e' | b'E')) {
        return parse_float(text).map(Number::Float).ok_or_else(bad);
    }
    if bytes.len() > INT_MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
             literals to avoid decimal conversion limits.",
            bytes.len()
        ));
    }
    parse_int(bytes, 10).ok_or_else(bad)
}

fn parse_int(digits: &[u8], radix: u32) -> Option<Number> {
    if digits.is_empty() {
        return None;
    }
    let mut value: u64 = 0;
    for &d in digits {
        let v = (d as char).to_digit(radix)?;
        match value
            .checked_mul(u64::from(radix))
            .and_then(|x| x.checked_add(u64::from(v)))
        {
            Some(next) => value = next,
            None => return BigInt::parse_bytes(digits, radix).map(Number::BigInt),
        }
    }
    Some(match i64::try_from(value) {
        Ok(v) => Number::Int(v),
        Err(_) => Number::BigInt(BigInt::from(value)),
    })
}

/// Correctly rounded decimal to f64 (Rust's parser), accepting Python's spellings
/// (`1.`, `.5`, `1.e5`); overflow gives infinity as in CPython.
fn parse_float(text: &str) -> Option<f64> {
    if text.is_empty()
        || !text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    text.parse::<f64>().ok()
}

/// A decoded `str` or `bytes` value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiteralValue {
    Str(String),
    Bytes(Vec<u8>),
}

/// A decoded STRING token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringLiteral {
    pub value: LiteralValue,
    /// The literal starts with a lowercase `u` (the AST's `Constant.kind == 'u'`; CPython
    /// leaves `kind` unset for `U'...'`).
    pub u_prefix: bool,
    pub raw: bool,
    /// The SyntaxWarning for the first invalid escape sequence, if any.
    pub warning: Option<EscapeWarning>,
}

/// The SyntaxWarning CPython emits for an invalid escape sequence.
///
/// CPython's warning carries only a line: `line_delta` lines after the token's first line.
/// `col` is the column CPython computes when warnings are turned into errors: relative to
/// the token's column when `line_delta == 0`, absolute otherwise (both in CPython's
/// expanded-buffer bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscapeWarning {
    pub msg: String,
    pub line_delta: u32,
    pub col: u32,
}

/// Why a literal could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiteralError {
    /// "bytes can only contain ASCII literal characters": CPython reports it at the token.
    NonAsciiBytes,
    /// A codec error; the message is complete (`(unicode error) ...` / `(value error) ...`)
    /// and CPython reports it at the parser's last token.
    Decode(String),
}

impl LiteralError {
    pub fn message(&self) -> String {
        match self {
            LiteralError::NonAsciiBytes => "bytes can only contain ASCII literal characters".to_string(),
            LiteralError::Decode(msg) => msg.clone(),
        }
    }
}

/// Decodes a STRING token's text (prefix and quotes included; not f/t-strings).
pub fn decode_string_literal(token_text: &str) -> Result<StringLiteral, LiteralError> {
    let bytes = token_text.as_bytes();
    let (mut is_bytes, mut raw) = (false, false);
    // CPython sets `Constant.kind = 'u'` only for a lowercase `u` prefix.
    let u_prefix = bytes.first() == Some(&b'u');
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'b' | b'B' => is_bytes = true,
            b'r' | b'R' => raw = true,
            b'u' | b'U' => {}
            _ => break,
        }
        i += 1;
    }
    let quote = bytes.get(i).copied().unwrap_or(b'"');
    let quote_count = bytes
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&b| b == quote)
        .count();
    let q = if quote_count >= 3 && bytes.len() >= i + 6 { 3 } else { 1 };
    let body_start = i + q;
    let body_end = bytes.len().saturating_sub(q).max(body_start);
    let body = token_text.get(body_start..body_end).unwrap_or("");
    // CPython adds the token's leading quote characters to the warning's column (none
    // when a prefix comes first): it counts quotes equal to the first one until any
    // character that is not a quote.
    let lead_quotes = bytes
        .iter()
        .take_while(|&&c| c == b'\'' || c == b'"')
        .filter(|&&c| c == bytes.first().copied().unwrap_or(0))
        .count() as u32;
    let (value, warning) = if is_bytes {
        if !body.is_ascii() {
            return Err(LiteralError::NonAsciiBytes);
        }
        if raw || !body.contains('\\') {
            (LiteralValue::Bytes(body.as_bytes().to_vec()), None)
        } else {
            let (v, w) = decode_bytes_escapes(body.as_bytes())?;
            (LiteralValue::Bytes(v), w)
        }
    } else if raw || !body.contains('\\') {
        (LiteralValue::Str(body.to_string()), None)
    } else {
        let (v, w) = decode_str_escapes(body, false)?;
        (LiteralValue::Str(v), w)
    };
    let warning = warning.map(|w| make_warning(w, body, lead_quotes));
    Ok(StringLiteral {
        value,
        u_prefix,
        raw,
        warning,
    })
}

/// Decodes the text of an FSTRING_MIDDLE or TSTRING_MIDDLE token. `raw` is whether the
/// string has an `r` prefix. No warning is produced for `\{` and `\}` (the tokenizer
/// already warned). The warning's `col` counts from the start of `text`.
pub fn decode_fstring_middle(text: &str, raw: bool) -> Result<(String, Option<EscapeWarning>), LiteralError> {
    if raw || !text.contains('\\') {
        return Ok((text.to_string(), None));
    }
    let (value, warning) = decode_str_escapes(text, true)?;
    Ok((value, warning.map(|w| make_warning(w, text, 0))))
}

/// The expression text CPython records for an f-string `=` debug field or a t-string
/// interpolation (the token metadata behind `Constant` debug text and `Interpolation.str`).
///
/// `raw` is the source from just after the field's `{` to the start of the `!`, top-level
/// `:` or `}` token that ends the expression. As in CPython, if a `#` appears outside
/// string quotes, every comment is dropped (up to, not including, its newline).
pub fn fstring_expr_text(raw: &str) -> Cow<'_, str> {
    let b = raw.as_bytes();
    let mut in_string = false;
    let mut quote = 0u8;
    let mut hash = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == b'"' || c == b'\'' {
            if !in_string {
                in_string = true;
                quote = c;
            } else if c == quote {
                in_string = false;
            }
        } else if c == b'#' && !in_string {
            hash = true;
            break;
        }
        i += 1;
    }
    if !hash {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(b.len());
    let (mut in_string, mut quote) = (false, 0u8);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\'' {
            if !in_string {
                in_string = true;
                quote = c;
            } else if c == quote {
                in_string = false;
            }
            out.push(c);
        } else if c == b'#' && !in_string {
            while b.get(i).is_some_and(|&x| x != b'\n') {
                i += 1;
            }
            if i < b.len() {
                out.push(b'\n');
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// Where the first invalid escape is: byte offset into the body, and its message.
struct RawWarning {
    at: usize,
    msg: String,
}

fn make_warning(w: RawWarning, body: &str, lead_quotes: u32) -> EscapeWarning {
    let before = body.get(..w.at).unwrap_or("");
    let line_delta = before.bytes().filter(|&b| b == b'\n').count() as u32;
    let line = before.rsplit('\n').next().unwrap_or("");
    let col: u32 = line.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum();
    let col = if line_delta == 0 { col + lead_quotes } else { col };
    EscapeWarning {
        msg: w.msg,
        line_delta,
        col,
    }
}

/// CPython 3.14's SyntaxWarning text for an invalid escape sequence `\c`.
pub fn invalid_escape_message(c: char) -> String {
    format!(
        "\"\\{c}\" is an invalid escape sequence. Such sequences will not work in the future. \
         Did you mean \"\\\\{c}\"? A raw string is also an option."
    )
}

fn octal_message(digits: &str) -> String {
    format!(
        "\"\\{digits}\" is an invalid octal escape sequence. Such sequences will not work in the future. \
         Did you mean \"\\\\{digits}\"? A raw string is also an option."
    )
}

/// Width of `c` in CPython's expanded buffer.
fn xwidth(c: char) -> usize {
    if c.is_ascii() { 1 } else { 10 }
}

fn unicode_error(start: usize, end: usize, reason: &str) -> LiteralError {
    let msg = if end == start + 1 {
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}")
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    LiteralError::Decode(msg)
}

/// `str` escape decoding (CPython's `decode_unicode_with_escapes`).
fn decode_str_escapes(body: &str, fstring: bool) -> Result<(String, Option<RawWarning>), LiteralError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut warning: Option<RawWarning> = None;
    let mut first_invalid_seen = false;
    let mut i = 0; // byte index into body
    let mut x = 0; // position in CPython's expanded buffer
    while i < b.len() {
        let Some(c) = body.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        if c != '\\' {
            out.push(c);
            i += c.len_utf8();
            x += xwidth(c);
            continue;
        }
        let start_x = x;
        let esc_at = i;
        i += 1;
        let Some(e) = body.get(i..).and_then(|s| s.chars().next()) else {
            // A final backslash (an f-string piece before `\{`) stays a backslash.
            out.push('\\');
            break;
        };
        if !e.is_ascii() {
            // `\` before a non-ASCII character stays a backslash (`\u005c`).
            out.push('\\');
            x += 6;
            continue;
        }
        i += 1;
        x += 2;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            't' => out.push('\t'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            'v' => out.push('\u{b}'),
            'a' => out.push('\u{7}'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                let mut n = 1;
                while n < 3 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                            x += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && !first_invalid_seen {
                    first_invalid_seen = true;
                    let digits = body.get(esc_at + 1..i).unwrap_or("");
                    warning = Some(RawWarning {
                        at: esc_at + 1,
                        msg: octal_message(digits),
                    });
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (count, reason) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    let Some(&d) = b.get(i) else {
                        return Err(unicode_error(start_x, x, reason));
                    };
                    let Some(h) = (d as char).to_digit(16) else {
                        return Err(unicode_error(start_x, x, reason));
                    };
                    v = (v << 4) | h;
                    i += 1;
                    x += 1;
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v <= 0x10FFFF => {
                        // A lone surrogate: not representable in a Rust `String`.
                        out.push(SURROGATE_MARK);
                        out.push(char::from_u32(0xF0000 + v - 0xD800).unwrap_or('\u{fffd}'));
                    }
                    None => return Err(unicode_error(start_x, x, "illegal Unicode character")),
                }
            }
            'N' => {
                let reason = "malformed \\N character escape";
                match b.get(i) {
                    None => return Err(unicode_error(start_x, x, reason)),
                    Some(b'{') => {
                        i += 1;
                        x += 1;
                        let name_start = i;
                        let rest = b.get(i..).unwrap_or(&[]);
                        let Some(len) = rest.iter().position(|&c| c == b'}') else {
                            let tail = body.get(name_start..).unwrap_or("");
                            let w: usize = tail.chars().map(xwidth).sum();
                            return Err(unicode_error(start_x, x + w, reason));
                        };
                        let name = body.get(name_start..name_start + len).unwrap_or("");
                        let w: usize = name.chars().map(xwidth).sum();
                        i = name_start + len;
                        x += w;
                        if len == 0 {
                            return Err(unicode_error(start_x, x, reason));
                        }
                        i += 1;
                        x += 1;
                        match lookup_name(name) {
                            Some(ch) => out.push(ch),
                            None => return Err(unicode_error(start_x, x, "unknown Unicode character name")),
                        }
                    }
                    Some(_) => return Err(unicode_error(start_x, x, reason)),
                }
            }
            other => {
                if !first_invalid_seen {
                    first_invalid_seen = true;
                    // The tokenizer already warned about `\{` and `\}` in f-strings.
                    if !(fstring && (other == '{' || other == '}')) {
                        warning = Some(RawWarning {
                            at: esc_at + 1,
                            msg: invalid_escape_message(other),
                        });
                    }
                }
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok((out, warning))
}

/// `bytes` escape decoding (CPython's `_PyBytes_DecodeEscape2`); `b` is ASCII.
fn decode_bytes_escapes(b: &[u8]) -> Result<(Vec<u8>, Option<RawWarning>), LiteralError> {
    let mut out = Vec::with_capacity(b.len());
    let mut warning = None;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc_at = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            return Err(LiteralError::Decode("(value error) Trailing \\ in string".to_string()));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                let mut n = 1;
                while n < 3 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && warning.is_none() {
                    let digits = std::str::from_utf8(b.get(esc_at + 1..i).unwrap_or(&[])).unwrap_or("");
                    warning = Some(RawWarning {
                        at: esc_at + 1,
                        msg: octal_message(digits),
                    });
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h1 = b.get(i).and_then(|&d| (d as char).to_digit(16));
                let h2 = b.get(i + 1).and_then(|&d| (d as char).to_digit(16));
                match (h1, h2) {
                    (Some(h1), Some(h2)) if i + 1 < b.len() => {
                        out.push((h1 * 16 + h2) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(LiteralError::Decode(format!(
                            "(value error) invalid \\x escape at position {esc_at}"
                        )));
                    }
                }
            }
            other => {
                if warning.is_none() {
                    warning = Some(RawWarning {
                        at: esc_at + 1,
                        msg: invalid_escape_message(other as char),
                    });
                }
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok((out, warning))
}

/// `\N{name}` lookup: names and aliases of the UCD 16.0.0 as CPython's `unicodedata`
/// resolves them (ASCII case ignored outside the derived prefixes; no named sequences).
fn lookup_name(name: &str) -> Option<char> {
    match krait_unicode::names::lookup(name, false)? {
        krait_unicode::names::Found::Char(cp) => char::from_u32(cp),
        krait_unicode::names::Found::Sequence(_) => None,
    }
}

/// PEP 3131 identifier normalization: NFKC for names with non-ASCII characters.
pub fn normalize_identifier(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(krait_unicode::normalize::normalize(krait_unicode::normalize::Form::Nfkc, name))
}

#[cfg(test)]
mod tests {
    //! Values checked against the CPython 3.14.2 oracle (`ast.literal_eval`, float bits,
    //! code points, `Constant.kind`, SyntaxWarning texts).
    use super::*;

    /// (token text, kind, value): ints in decimal, floats and imaginary parts as IEEE bits.
    const NUMBERS: &[(&str, &str, &str)] = &[
        ("0", "int", "0"),
        ("00", "int", "0"),
        ("1_000", "int", "1000"),
        ("0x_ff", "int", "255"),
        ("0o17", "int", "15"),
        ("0b1010", "int", "10"),
        ("0O7_7", "int", "63"),
        ("0B1_1", "int", "3"),
        ("0XdeadBEEF", "int", "3735928559"),
        ("9223372036854775807", "int", "9223372036854775807"),
        ("9223372036854775808", "int", "9223372036854775808"),
        ("18446744073709551616", "int", "18446744073709551616"),
        (
            "11111111111111111111111111111111111111111111111111",
            "int",
            "11111111111111111111111111111111111111111111111111",
        ),
        ("1.5", "float", "3ff8000000000000"),
        ("1e400", "float", "7ff0000000000000"),
        ("1.e5", "float", "40f86a0000000000"),
        (".5", "float", "3fe0000000000000"),
        ("5.", "float", "4014000000000000"),
        ("1_0.0_1e-1_0", "float", "3e113271ce87220f"),
        ("3j", "complex", "4008000000000000"),
        ("1.5J", "complex", "3ff8000000000000"),
        ("0e0", "float", "0000000000000000"),
        ("0xFFFFFFFFFFFFFFFFFFFF", "int", "1208925819614629174706175"),
        ("2.2250738585072011e-308", "float", "000fffffffffffff"),
        ("4.9e-324", "float", "0000000000000001"),
        ("1e-400", "float", "0000000000000000"),
        ("0.1", "float", "3fb999999999999a"),
        ("123456789012345678901234567890.0", "float", "45f8ee90ff6c373e"),
        ("1E+3", "float", "408f400000000000"),
        ("0j", "complex", "0000000000000000"),
        ("00.5", "float", "3fe0000000000000"),
        ("007e1", "float", "4051800000000000"),
        ("1_2.3_4j", "complex", "4028ae147ae147ae"),
        (
            "0o7777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777",
            "int",
            "2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397375",
        ),
    ];

    /// (token text, str|bytes, code points or hex bytes, Constant.kind, warnings).
    const STRINGS: &[(&str, &str, &str, &str, &[&str])] = &[
        ("'abc'", "str", "61 62 63", "", &[]),
        ("\"a\\nb\"", "str", "61 a 62", "", &[]),
        ("'''a\nb'''", "str", "61 a 62", "", &[]),
        ("\"\"\"x\"\"\"", "str", "78", "", &[]),
        ("r'\\n'", "str", "5c 6e", "", &[]),
        ("R'\\d'", "str", "5c 64", "", &[]),
        ("u'x'", "str", "78", "u", &[]),
        ("U'\\u00e9'", "str", "e9", "", &[]),
        ("b'ab'", "bytes", "6162", "", &[]),
        ("B'\\x41\\101'", "bytes", "4141", "", &[]),
        ("br'\\x'", "bytes", "5c78", "", &[]),
        ("Rb'\\q'", "bytes", "5c71", "", &[]),
        ("'\\x41\\u00e9\\U0001F600'", "str", "41 e9 1f600", "", &[]),
        ("'\\N{BULLET}\\N{em dash}'", "str", "2022 2014", "", &[]),
        ("'\\N{LATIN CAPITAL LETTER GHA}'", "str", "1a2", "", &[]),
        ("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "str", "4e00", "", &[]),
        ("'\\N{HANGUL SYLLABLE GA}'", "str", "ac00", "", &[]),
        ("'\\0\\01\\012\\0123'", "str", "0 1 a a 33", "", &[]),
        (
            "'\\777'",
            "str",
            "1ff",
            "",
            &[
                "\"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option.",
            ],
        ),
        (
            "b'\\777'",
            "bytes",
            "ff",
            "",
            &[
                "\"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option.",
            ],
        ),
        (
            "'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'",
            "str",
            "7 8 c a d 9 b 5c 27 22",
            "",
            &[],
        ),
        ("'a\\\nb'", "str", "61 62", "", &[]),
        (
            "'\\d\\q'",
            "str",
            "5c 64 5c 71",
            "",
            &[
                "\"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option.",
            ],
        ),
        (
            "b'\\d'",
            "bytes",
            "5c64",
            "",
            &[
                "\"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option.",
            ],
        ),
        ("'ä\\ä'", "str", "e4 5c e4", "", &[]),
        ("'\\\\ä'", "str", "5c e4", "", &[]),
        ("''", "str", "", "", &[]),
        ("\"\"\"\"\"\"", "str", "", "", &[]),
        ("'\\x7f\\x80\\xff'", "str", "7f 80 ff", "", &[]),
        ("b'\\x7f\\x80\\xff'", "bytes", "7f80ff", "", &[]),
        ("'\\u0000'", "str", "0", "", &[]),
        ("'''\\''''", "str", "27", "", &[]),
        ("'\\N{SPACE}'", "str", "20", "", &[]),
        ("'\\N{LINE FEED}'", "str", "a", "", &[]),
        ("'\\N{NULL}'", "str", "0", "", &[]),
        ("'\\N{latin small letter a}'", "str", "61", "", &[]),
    ];

    #[test]
    fn numbers() {
        for &(text, kind, want) in NUMBERS {
            let got = match parse_number(text) {
                Ok(Number::Int(v)) => ("int", v.to_string()),
                Ok(Number::BigInt(v)) => ("int", v.to_string()),
                Ok(Number::Float(v)) => ("float", format!("{:016x}", v.to_bits())),
                Ok(Number::Complex(v)) => ("complex", format!("{:016x}", v.to_bits())),
                Err(e) => ("error", e),
            };
            assert_eq!(got, (kind, want.to_string()), "for {text}");
        }
    }

    #[test]
    fn huge_numbers() {
        assert!(matches!(parse_number(&"9".repeat(4300)), Ok(Number::BigInt(_))));
        assert_eq!(
            parse_number(&"1".repeat(5000)),
            Err(
                "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use \
                 sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
                 literals to avoid decimal conversion limits."
                    .to_string()
            )
        );
        let hex = format!("0x{}", "f".repeat(100_000));
        assert!(matches!(parse_number(&hex), Ok(Number::BigInt(_))));
        assert!(matches!(parse_number(&format!("1{}.5", "0".repeat(5000))), Ok(Number::Float(f)) if f.is_infinite()));
    }

    #[test]
    fn strings() {
        for &(text, kind, want, u_kind, warnings) in STRINGS {
            let result = decode_string_literal(text);
            assert!(result.is_ok(), "{text}: {result:?}");
            let Ok(lit) = result else { continue };
            let got = match &lit.value {
                LiteralValue::Str(s) => (
                    "str",
                    s.chars()
                        .map(|c| format!("{:x}", c as u32))
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                LiteralValue::Bytes(b) => ("bytes", b.iter().map(|b| format!("{b:02x}")).collect::<String>()),
            };
            assert_eq!(got, (kind, want.to_string()), "for {text}");
            assert_eq!(lit.u_prefix, u_kind == "u", "for {text}");
            let got_warnings: Vec<&str> = lit.warning.iter().map(|w| w.msg.as_str()).collect();
            assert_eq!(got_warnings, warnings, "for {text}");
        }
    }

    #[test]
    fn decode_errors() {
        let err = |t: &str| decode_string_literal(t).err().map(|e| e.message());
        let ue = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        assert_eq!(err("'abc\\x4'"), Some(format!("{ue} 3-5: truncated \\xXX escape")));
        assert_eq!(err("'ä\\x4'"), Some(format!("{ue} 10-12: truncated \\xXX escape")));
        assert_eq!(err("'abc\\u12'"), Some(format!("{ue} 3-6: truncated \\uXXXX escape")));
        assert_eq!(
            err("'\\U00110000'"),
            Some(format!("{ue} 0-9: illegal Unicode character"))
        );
        assert_eq!(
            err("'\\N{foo}'"),
            Some(format!("{ue} 0-6: unknown Unicode character name"))
        );
        assert_eq!(err("'\\N'"), Some(format!("{ue} 0-1: malformed \\N character escape")));
        assert_eq!(err("'\\N{'"), Some(format!("{ue} 0-2: malformed \\N character escape")));
        assert_eq!(
            err("'\\N{ LATIN SMALL LETTER A}'"),
            Some(format!("{ue} 0-24: unknown Unicode character name"))
        );
        assert_eq!(
            err("b'\\x4'"),
            Some("(value error) invalid \\x escape at position 0".to_string())
        );
        assert_eq!(
            err("b'ab\\x4g'"),
            Some("(value error) invalid \\x escape at position 2".to_string())
        );
        assert_eq!(
            err("b'ä'"),
            Some("bytes can only contain ASCII literal characters".to_string())
        );
        assert_eq!(
            err("rb'ä'"),
            Some("bytes can only contain ASCII literal characters".to_string())
        );
    }

    #[test]
    fn fstring_middles() {
        assert_eq!(decode_fstring_middle("a\\n", false).map(|v| v.0), Ok("a\n".to_string()));
        assert_eq!(decode_fstring_middle("a\\n", true).map(|v| v.0), Ok("a\\n".to_string()));
        // The piece before `\{` ends in a backslash, which stays; no second warning.
        assert_eq!(decode_fstring_middle("ab\\", false), Ok(("ab\\".to_string(), None)));
        let (_, w) = decode_fstring_middle("x\\d", false).unwrap_or_default();
        assert!(w.is_some_and(|w| w.msg.starts_with("\"\\d\" is an invalid escape sequence")));
    }

    #[test]
    fn fstring_expression_text() {
        assert_eq!(fstring_expr_text("x = "), "x = ");
        assert_eq!(fstring_expr_text("x # c\n+ '#' # d\n"), "x \n+ '#' \n");
        assert!(matches!(fstring_expr_text("'#'"), Cow::Borrowed(_)));
    }

    #[test]
    fn identifiers() {
        assert!(matches!(normalize_identifier("abc"), Cow::Borrowed("abc")));
        assert_eq!(normalize_identifier("ﬁ"), "fi");
        assert_eq!(normalize_identifier("𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), "Unicode");
    }
}
