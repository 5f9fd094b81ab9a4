//! Source decoding: raw bytes to the text the tokenizer reads, as `compile(bytes, ...)`
//! does in CPython 3.14.
//!
//! Steps, in CPython's order: reject NUL bytes; translate newlines (`\r\n` and `\r` to
//! `\n`); strip a UTF-8 BOM; look for a PEP 263 coding declaration on line 1, or on line 2
//! when line 1 is blank or a comment; decode. UTF-8 (the default), Latin-1 and ASCII are
//! decoded natively; a set of single-byte codecs (cp1252, iso8859-*, koi8, cp437, ...) from
//! generated tables; any other declared encoding is reported as unknown (CPython knows
//! more, e.g. the CJK codecs: a known gap). Errors carry CPython's exact messages and
//! positions (see [`crate::error`] for the sentinel column and line values).
//!
//! Valid UTF-8 input without `\r` is returned borrowed: no copy on the common path.
//! [`normalize_newlines`] is the `str` counterpart (what `compile(str, ...)` does).

mod codecs;

use std::borrow::Cow;

use crate::error::{ErrorType, NEG_COL, NO_COL, NONE_COL, NONE_LINE, SyntaxError};

/// Decodes source bytes to text with newlines translated to `\n`.
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, SyntaxError> {
    if bytes.contains(&0) {
        return Err(SyntaxError {
            error_type: ErrorType::SyntaxError,
            msg: "source code string cannot contain null bytes".to_string(),
            lineno: NONE_LINE,
            col: NONE_COL,
            end_lineno: NONE_LINE,
            end_col: NONE_COL,
        });
    }
    let translated = translate_newlines(bytes);
    let (body, bom) = match translated.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => (rest, true),
        None => (&translated[..], false),
    };
    let cookie = find_cookie(body);
    if bom
        && let Some(name) = &cookie
        && name != "utf-8"
    {
        let size = line_at(body, 1).map_or(0, |(s, e)| e - s);
        return Err(SyntaxError {
            error_type: ErrorType::SyntaxError,
            msg: format!("encoding problem: {name} with BOM"),
            lineno: 1,
            col: NO_COL,
            end_lineno: 1,
            end_col: if size == 0 { NO_COL } else { (size - 1) as u32 },
        });
    }
    match cookie.as_deref() {
        None | Some("utf-8") => {
            let skip = if bom { 3 } else { 0 };
            match translated {
                Cow::Borrowed(orig) => Ok(Cow::Borrowed(ensure_utf8(orig.get(skip..).unwrap_or(&[]))?)),
                Cow::Owned(mut v) => {
                    ensure_utf8(v.get(skip..).unwrap_or(&[]))?;
                    v.drain(..skip);
                    String::from_utf8(v)
                        .map(Cow::Owned)
                        .map_err(|e| match ensure_utf8(e.as_bytes()) {
                            Err(err) => err,
                            Ok(_) => codec_error("invalid UTF-8".to_string()),
                        })
                }
            }
        }
        Some(name) => Ok(Cow::Owned(decode_with(body, name)?)),
    }
}

/// What `compile(str, ...)` does to text: newline translation only (no coding
/// declaration is honoured for `str` input).
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    match translate_newlines(text.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        // Replacing ASCII bytes by ASCII bytes keeps UTF-8 valid.
        Cow::Owned(v) => Cow::Owned(String::from_utf8(v).unwrap_or_default()),
    }
}

/// CPython's `translate_newlines` (without the appended final newline, which the
/// tokenizer supplies itself).
fn translate_newlines(bytes: &[u8]) -> Cow<'_, [u8]> {
    if !bytes.contains(&b'\r') {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'\r' {
            out.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(b);
        }
        i += 1;
    }
    Cow::Owned(out)
}

/// `(start, end)` of line `n` (1-based) without its newline; the end of input ends a line.
fn line_at(body: &[u8], n: usize) -> Option<(usize, usize)> {
    let mut start = 0;
    for _ in 1..n {
        let nl = body.get(start..)?.iter().position(|&b| b == b'\n')?;
        start += nl + 1;
    }
    if start >= body.len() && n > 1 {
        return None;
    }
    let rest = body.get(start..)?;
    let end = start + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    Some((start, end))
}

/// The PEP 263 declaration CPython would honour, normalised like `get_normal_name`.
fn find_cookie(body: &[u8]) -> Option<String> {
    let (s1, e1) = line_at(body, 1)?;
    let line1 = body.get(s1..e1)?;
    if let Some(spec) = coding_spec(line1) {
        return Some(spec);
    }
    // Line 2 counts only when line 1 holds nothing but whitespace and a comment.
    for &b in line1 {
        match b {
            b'#' => break,
            b' ' | b'\t' | b'\x0c' => {}
            _ => return None,
        }
    }
    let (s2, e2) = line_at(body, 2)?;
    // CPython passes line 2 with its newline.
    let e2 = (e2 + 1).min(body.len());
    coding_spec(body.get(s2..e2)?)
}

/// CPython's `get_coding_spec` on one line.
fn coding_spec(line: &[u8]) -> Option<String> {
    let size = line.len();
    if size < 7 {
        return None;
    }
    let limit = size - 6;
    let mut i = 0;
    while i < limit {
        match line.get(i) {
            Some(b'#') => break,
            Some(b' ' | b'\t' | b'\x0c') => i += 1,
            _ => return None,
        }
    }
    while i < limit {
        if line.get(i..i + 6) == Some(b"coding".as_slice()) {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while matches!(line.get(t), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')) {
                    t += 1;
                }
                if begin < t {
                    let name = std::str::from_utf8(line.get(begin..t)?).ok()?;
                    return Some(normal_name(name));
                }
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 to "utf-8"/"iso-8859-1".
fn normal_name(name: &str) -> String {
    let head: String = name
        .bytes()
        .take(12)
        .map(|b| if b == b'_' { '-' } else { b.to_ascii_lowercase() as char })
        .collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        return "utf-8".to_string();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin.contains(&head.as_str()) || latin.iter().any(|l| head.starts_with(&format!("{l}-"))) {
        return "iso-8859-1".to_string();
    }
    name.to_string()
}

/// Python's codec-name normalisation (`codecs.lookup` + `encodings.normalize_encoding`).
fn normalize_codec_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_sep = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !out.is_empty() {
                out.push('_');
            }
            pending_sep = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_sep = true;
        }
    }
    out
}

/// Validates UTF-8 with CPython's "Non-UTF-8 code" error.
fn ensure_utf8(body: &[u8]) -> Result<&str, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s),
        Err(e) => {
            let bad = e.valid_up_to();
            let before = body.get(..bad).unwrap_or(&[]);
            let lineno = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let col = (bad - line_start) as u32;
            let byte = body.get(bad).copied().unwrap_or(0);
            Err(SyntaxError {
                error_type: ErrorType::SyntaxError,
                msg: format!(
                    "Non-UTF-8 code starting with '\\x{byte:02x}' on line {lineno}, but no encoding declared; \
                     see https://peps.python.org/pep-0263/ for details"
                ),
                lineno,
                col,
                end_lineno: lineno,
                end_col: col,
            })
        }
    }
}

/// An error CPython raises while setting up the decoder (no position).
fn codec_error(msg: String) -> SyntaxError {
    SyntaxError {
        error_type: ErrorType::SyntaxError,
        msg,
        lineno: 0,
        col: NEG_COL,
        end_lineno: NONE_LINE,
        end_col: NONE_COL,
    }
}

fn decode_with(body: &[u8], declared: &str) -> Result<String, SyntaxError> {
    let name = normalize_codec_name(declared);
    match name.as_str() {
        "utf_8" | "u8" | "utf" | "utf8" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" | "utf_8_sig" | "utf8_sig" => {
            let body = if name.ends_with("sig") {
                body.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(body)
            } else {
                body
            };
            match std::str::from_utf8(body) {
                Ok(s) => Ok(s.to_string()),
                Err(e) => {
                    let at = e.valid_up_to();
                    let byte = body.get(at).copied().unwrap_or(0);
                    let (len, reason) = match e.error_len() {
                        None => (body.len() - at, "unexpected end of data"),
                        Some(n) if (0xC2..=0xF4).contains(&byte) => (n, "invalid continuation byte"),
                        Some(n) => (n, "invalid start byte"),
                    };
                    Err(codec_error(decode_error_text("utf-8", body, at, at + len, reason)))
                }
            }
        }
        "latin_1" | "iso8859_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso_8859_1"
        | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Ok(body.iter().map(|&b| b as char).collect()),
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => {
            match body.iter().position(|&b| b >= 0x80) {
                None => Ok(body.iter().map(|&b| b as char).collect()),
                Some(at) => Err(codec_error(decode_error_text(
                    "ascii",
                    body,
                    at,
                    at + 1,
                    "ordinal not in range(128)",
                ))),
            }
        }
        _ => {
            let Some((table, codec)) = codecs::table(&name).or_else(|| codecs::table(&name.replace('.', "_"))) else {
                return Err(codec_error(format!("unknown encoding: {declared}")));
            };
            let mut out = String::with_capacity(body.len() + body.len() / 2);
            for (at, &b) in body.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match table.get(usize::from(b - 0x80)) {
                    Some(&c) if c != '\u{FFFF}' => out.push(c),
                    _ => {
                        return Err(codec_error(decode_error_text(
                            codec,
                            body,
                            at,
                            at + 1,
                            "character maps to <undefined>",
                        )));
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `str(UnicodeDecodeError)`.
fn decode_error_text(codec: &str, body: &[u8], start: usize, end: usize, reason: &str) -> String {
    if end == start + 1 {
        let byte = body.get(start).copied().unwrap_or(0);
        format!("'{codec}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    }
}

#[cfg(test)]
mod tests {
    //! Expectations from the CPython 3.14.2 oracle: `compile(bytes, "x.py", "exec")`.
    use super::*;

    fn err(bytes: &[u8]) -> (String, u32, u32, u32, u32) {
        match decode_source(bytes) {
            Ok(text) => (format!("OK {text:?}"), 0, 0, 0, 0),
            Err(e) => (e.msg, e.lineno, e.col, e.end_lineno, e.end_col),
        }
    }

    const PEP263: &str = "see https://peps.python.org/pep-0263/ for details";

    #[test]
    fn utf8_is_borrowed_and_checked() {
        assert!(matches!(decode_source(b"x = 1\n"), Ok(Cow::Borrowed("x = 1\n"))));
        assert!(matches!(
            decode_source(b"\xEF\xBB\xBFx = 1\n"),
            Ok(Cow::Borrowed("x = 1\n"))
        ));
        assert_eq!(
            err(b"x = 1\n\xff\n"),
            (
                format!("Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; {PEP263}"),
                2,
                0,
                2,
                0
            )
        );
        // Offset 7 in CPython (characters): `x = 'ä` is 7 bytes before the bad byte.
        assert_eq!(
            err(b"x = '\xc3\xa4\xff'\n"),
            (
                format!("Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; {PEP263}"),
                1,
                7,
                1,
                7
            )
        );
        // A utf-8 cookie changes nothing, even for errors; surrogates are invalid.
        assert_eq!(err(b"# coding: utf-8\nx = '\xff'\n").1, 2);
        assert!(
            err(b"x = '\xed\xa0\x80'\n")
                .0
                .starts_with("Non-UTF-8 code starting with '\\xed' on line 1")
        );
    }

    #[test]
    fn newlines_are_translated() {
        assert_eq!(
            decode_source(b"x = 1\r\ny = '''a\r\nb'''\r").ok().as_deref(),
            Some("x = 1\ny = '''a\nb'''\n")
        );
    }

    #[test]
    fn null_bytes() {
        let e = decode_source(b"x = 1\n\0\n").err();
        assert_eq!(
            e.map(|e| (e.msg, e.lineno, e.col)),
            Some((
                "source code string cannot contain null bytes".to_string(),
                NONE_LINE,
                NONE_COL
            ))
        );
    }

    #[test]
    fn cookies() {
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nx = '\xff'\n")
                .ok()
                .as_deref(),
            Some("# -*- coding: latin-1 -*-\nx = '\u{ff}'\n")
        );
        assert_eq!(
            decode_source(b"\n# coding: cp1252\nx = '\x80'\n").ok().as_deref(),
            Some("\n# coding: cp1252\nx = '\u{20ac}'\n")
        );
        assert_eq!(
            decode_source(b"#!/x\n# vim: set fileencoding=koi8-r :\n\xc1\n")
                .ok()
                .as_deref(),
            Some("#!/x\n# vim: set fileencoding=koi8-r :\n\u{430}\n")
        );
        // Line 2 counts only after a blank or comment-only line 1.
        assert_eq!(err(b"x = 1\n# coding: latin-1\nx = '\xff'\n").1, 3);
        assert_eq!(err(b"\\\n# coding: latin-1\nx = '\xff'\n").1, 3);
        // Line 3 never counts.
        assert_eq!(err(b"\n\n# coding: latin-1\n\xff\n").1, 4);
    }

    #[test]
    fn cookie_errors() {
        assert_eq!(
            err(b"# coding: foo\nx = 1\n"),
            ("unknown encoding: foo".to_string(), 0, NEG_COL, NONE_LINE, NONE_COL)
        );
        assert_eq!(
            err(b"\xEF\xBB\xBF# coding: latin-1\nx = 1\n"),
            ("encoding problem: iso-8859-1 with BOM".to_string(), 1, NO_COL, 1, 16)
        );
        assert_eq!(
            err(b"#!/usr/bin/python\n# vim: set fileencoding=ascii :\nx = '\xff'\n").0,
            "'ascii' codec can't decode byte 0xff in position 55: ordinal not in range(128)"
        );
        assert_eq!(
            err(b"# coding: ascii\nx = '\xc3\xa4'\n").0,
            "'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)"
        );
        assert_eq!(
            err(b"# coding: cp1252\nx = '\x81'\n").0,
            "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"
        );
    }

    #[test]
    fn name_normalisation() {
        assert_eq!(normal_name("UTF_8"), "utf-8");
        assert_eq!(normal_name("utf-8-sig"), "utf-8");
        assert_eq!(normal_name("Latin_1"), "iso-8859-1");
        assert_eq!(normal_name("iso-latin-1-unix"), "iso-8859-1");
        assert_eq!(normal_name("utf8"), "utf8");
        assert_eq!(normalize_codec_name("ISO-8859-15"), "iso_8859_15");
        assert_eq!(normalize_codec_name("ANSI_X3.4-1968"), "ansi_x3.4_1968");
    }
}
