//! Names, keywords and string prefixes.
//!
//! A name is scanned over ASCII letters, digits, `_` and any non-ASCII byte (CPython's
//! "potential identifier" rule); only names with non-ASCII characters are then checked
//! against XID_Start/XID_Continue (PEP 3131), with CPython's "invalid character" errors.
//! A run of prefix letters (`b r u f t`, any case, each at most once) directly followed by
//! a quote starts a string instead.

use super::{Fail, Tokenizer, is_ident_char};
use crate::token::{Token, TokenKind};

impl Tokenizer<'_> {
    pub(super) fn name_or_string(&mut self, start: usize, lineno: u32, col: u32) -> Result<Token, Box<Fail>> {
        // String prefixes.
        let (mut b, mut r, mut u, mut f, mut t) = (false, false, false, false, false);
        let mut i = self.pos;
        loop {
            let c = self.at(i);
            let seen = match c {
                b'b' | b'B' if !b => &mut b,
                b'u' | b'U' if !u => &mut u,
                b'r' | b'R' if !r => &mut r,
                b'f' | b'F' if !f => &mut f,
                b't' | b'T' if !t => &mut t,
                _ => break,
            };
            *seen = true;
            i += 1;
            let q = self.at(i);
            if q == b'"' || q == b'\'' {
                self.pos = i;
                let pair = if u && b {
                    Some(("u", "b"))
                } else if u && r {
                    Some(("u", "r"))
                } else if u && f {
                    Some(("u", "f"))
                } else if u && t {
                    Some(("u", "t"))
                } else if b && f {
                    Some(("b", "f"))
                } else if b && t {
                    Some(("b", "t"))
                } else if f && t {
                    Some(("f", "t"))
                } else {
                    None
                };
                if let Some((p1, p2)) = pair {
                    let offset = start + 1 - self.line_start;
                    let end_offset = self.pos + 1 - self.line_start;
                    return Err(self.error_range(
                        format!("'{p1}' and '{p2}' prefixes are incompatible"),
                        offset,
                        end_offset,
                    ));
                }
                if f || t {
                    return self.fstring_start(start, lineno, col, t, r);
                }
                return self.plain_string(start, lineno, col);
            }
        }
        // The name itself: ASCII fast path over a slice.
        let limit = self.end.min(self.buf.len());
        let rest = self.buf.get(self.pos..limit).unwrap_or(&[]);
        let n = rest.iter().position(|&c| !is_ident_char(c)).unwrap_or(rest.len());
        let name = rest.get(..n).unwrap_or(&[]);
        self.pos += n;
        if !name.is_ascii() {
            self.verify_identifier(start)?;
            return Ok(self.token(TokenKind::Name, start, lineno, col));
        }
        let kind = match std::str::from_utf8(name) {
            Ok(text) if (2..=8).contains(&n) => TokenKind::keyword(text).unwrap_or(TokenKind::Name),
            _ => TokenKind::Name,
        };
        Ok(self.token(kind, start, lineno, col))
    }

    /// PEP 3131 check of the name `start..pos`, which holds non-ASCII characters.
    fn verify_identifier(&mut self, start: usize) -> Result<(), Box<Fail>> {
        let bytes = self.buf.get(start..self.pos).unwrap_or(&[]);
        let Ok(text) = std::str::from_utf8(bytes) else {
            return Err(self.error("invalid character in identifier".to_string()));
        };
        let mut offset = 0;
        for (n, ch) in text.chars().enumerate() {
            let ok = if n == 0 {
                ch == '_' || krait_unicode::is_xid_start(ch as u32)
            } else {
                krait_unicode::is_xid_continue(ch as u32)
            };
            if !ok {
                self.pos = start + offset + ch.len_utf8();
                let msg = if crate::tokenizer::ident::is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.error(msg));
            }
            offset += ch.len_utf8();
        }
        Ok(())
    }
}

/// Python's `str.isprintable` for one character: everything except the general categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (the ASCII space excepted).
pub(crate) fn is_printable(ch: char) -> bool {
    krait_unicode::is_printable(ch as u32)
}
