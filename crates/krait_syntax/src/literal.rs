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
//! - [`normalize_identifier`]: NFKC for non-ASCII names (PEP 3131), free for ASCII ones.
//!
//! Error positions quoted in messages count bytes of the buffer CPython decodes, in which
//! every non-ASCII character is spelled `\UXXXXXXXX` (10 bytes) and a backslash before a
//! non-ASCII character as `\u005c`; this module reproduces those numbers. Nothing here
//! panics or recurses.

use std::borrow::Cow;

use num_bigint::BigInt;


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
        match value.checked_mul(u64::from(radix)).and_then(|x| x.checked_add(u64::from(v))) {
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
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')) {
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
    /// The `u`/`U` prefix was used (the AST's `Constant.kind == 'u'`).
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
    let (mut is_bytes, mut raw, mut u_prefix) = (false, false, false);
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'b' | b'B' => is_bytes = true,
            b'r' | b'R' => raw = true,
            b'u' | b'U' => u_prefix = true,
            _ => break,
        }
        i += 1;
    }
    let quote = bytes.get(i).copied().unwrap_or(b'"');
    let quote_count = bytes.get(i..).unwrap_or(&[]).iter().take_while(|&&b| b == quote).count();
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
    Ok(StringLiteral { value, u_prefix, raw, warning })
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
    EscapeWarning { msg: w.msg, line_delta, col }
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
        let Some(c) = body.get(i..).and_then(|s| s.chars().next()) else { break };
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
                    warning = Some(RawWarning { at: esc_at + 1, msg: octal_message(digits) });
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
                        out.push('\u{fffd}');
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
                        warning = Some(RawWarning { at: esc_at + 1, msg: invalid_escape_message(other) });
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
                    warning = Some(RawWarning { at: esc_at + 1, msg: octal_message(digits) });
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
                    warning = Some(RawWarning { at: esc_at + 1, msg: invalid_escape_message(other as char) });
                }
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok((out, warning))
}

/// `\N{name}` lookup: Unicode names and aliases, case-insensitive, as CPython's
/// `unicodedata` does (named sequences excluded).
fn lookup_name(name: &str) -> Option<char> {
    if name.is_empty() || !name.is_ascii() {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return cjk_ideograph(hex);
    }
    unicode_names2::character(&upper)
}

fn cjk_ideograph(hex: &str) -> Option<char> {
    if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    // CJK Unified Ideograph blocks of Unicode 16.0.
    let ranges: [(u32, u32); 10] = [
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0x20000, 0x2A6DF),
        (0x2A700, 0x2B739),
        (0x2B740, 0x2B81D),
        (0x2B820, 0x2CEA1),
        (0x2CEB0, 0x2EBE0),
        (0x2EBF0, 0x2EE5D),
        (0x30000, 0x3134A),
        (0x31350, 0x323AF),
    ];
    if ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&v)) { char::from_u32(v) } else { None }
}

/// PEP 3131 identifier normalization: NFKC for names with non-ASCII characters.
pub fn normalize_identifier(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        return Cow::Borrowed(name);
    }
    use unicode_normalization::UnicodeNormalization;
    Cow::Owned(name.nfkc().collect())
}
