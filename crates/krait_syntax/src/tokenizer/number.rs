//! Numeric literals: decimal, `0x`/`0o`/`0b` integers, floats, exponents and imaginary
//! numbers, with `_` separators, and CPython's errors and warnings for malformed ones.
//!
//! The scan mirrors CPython's character-by-character decisions (which character an error
//! points at matters). A literal directly followed by `and`, `else`, `for`, `if`, `in`,
//! `is`, `not` or `or` gets the SyntaxWarning "invalid ... literal"; directly followed by
//! any other ASCII identifier character it is an error. Values are decoded later by
//! [`crate::literal::parse_number`].

use super::{Fail, Tokenizer, is_ident_char};
use crate::token::{Token, TokenKind};

impl Tokenizer<'_> {
    /// Consumes one character (CPython's `tok_nextc`); the end of input is 0 and stays put.
    #[inline(always)]
    fn nextc(&mut self) -> u8 {
        let c = self.cur();
        if c != 0 {
            self.pos += 1;
        }
        c
    }

    /// Un-reads `c` (CPython's `tok_backup`).
    #[inline(always)]
    fn backup(&mut self, c: u8) {
        if c != 0 {
            self.pos -= 1;
        }
    }

    /// Reads digits and single `_` separators after a consumed digit; returns the first
    /// character after them (consumed).
    fn decimal_tail(&mut self) -> Result<u8, Box<Fail>> {
        loop {
            let mut c = self.nextc();
            while c.is_ascii_digit() {
                c = self.nextc();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup(c);
                return Err(self.error("invalid decimal literal".to_string()));
            }
        }
    }

    /// Whether the text at `pos` is `rest` not followed by an identifier character.
    fn lookahead(&self, rest: &[u8]) -> bool {
        for (k, &want) in rest.iter().enumerate() {
            if self.at(self.pos + k) != want {
                return false;
            }
        }
        !is_ident_char(self.at(self.pos + rest.len()))
    }

    /// CPython's `verify_end_of_number`: `c` is the consumed character after the literal.
    fn verify_end_of_number(&mut self, c: u8, kind: &str) -> Result<(), Box<Fail>> {
        let keyword_follows = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.cur(), b'f' | b'n' | b's'),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if keyword_follows {
            self.backup(c);
            let col = self.col_before(self.line_start, self.pos);
            let lineno = self.lineno;
            self.warn(format!("invalid {kind} literal"), lineno, col, lineno, col);
            self.nextc();
        } else if c < 128 && is_ident_char(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    pub(super) fn number(&mut self, start: usize, lineno: u32, col: u32) -> Result<Token, Box<Fail>> {
        let first = self.nextc();
        let mut c;
        if first == b'.' {
            c = self.nextc();
            c = self.fraction(c)?;
            return self.exponent_and_end(c, start, lineno, col);
        }
        if first == b'0' {
            c = self.nextc();
            match c {
                b'x' | b'X' => {
                    c = self.nextc();
                    loop {
                        if c == b'_' {
                            c = self.nextc();
                        }
                        if !c.is_ascii_hexdigit() {
                            self.backup(c);
                            return Err(self.error("invalid hexadecimal literal".to_string()));
                        }
                        c = self.nextc();
                        while c.is_ascii_hexdigit() {
                            c = self.nextc();
                        }
                        if c != b'_' {
                            break;
                        }
                    }
                    self.verify_end_of_number(c, "hexadecimal")?;
                }
                b'o' | b'O' | b'b' | b'B' => {
                    let octal = matches!(c, b'o' | b'O');
                    let (name, max) = if octal { ("octal", b'7') } else { ("binary", b'1') };
                    c = self.nextc();
                    loop {
                        if c == b'_' {
                            c = self.nextc();
                        }
                        if !(b'0'..=max).contains(&c) {
                            if c.is_ascii_digit() {
                                return Err(self.error(format!("invalid digit '{}' in {name} literal", c as char)));
                            }
                            self.backup(c);
                            return Err(self.error(format!("invalid {name} literal")));
                        }
                        c = self.nextc();
                        while (b'0'..=max).contains(&c) {
                            c = self.nextc();
                        }
                        if c != b'_' {
                            break;
                        }
                    }
                    if c.is_ascii_digit() {
                        return Err(self.error(format!("invalid digit '{}' in {name} literal", c as char)));
                    }
                    self.verify_end_of_number(c, name)?;
                }
                _ => {
                    // Zeros, maybe a float, maybe an (illegal) old-style octal.
                    loop {
                        if c == b'_' {
                            c = self.nextc();
                            if !c.is_ascii_digit() {
                                self.backup(c);
                                return Err(self.error("invalid decimal literal".to_string()));
                            }
                        }
                        if c != b'0' {
                            break;
                        }
                        c = self.nextc();
                    }
                    let zeros_end = self.pos;
                    let mut nonzero = false;
                    if c.is_ascii_digit() {
                        nonzero = true;
                        c = self.decimal_tail()?;
                    }
                    if c == b'.' {
                        c = self.nextc();
                        c = self.fraction(c)?;
                        return self.exponent_and_end(c, start, lineno, col);
                    } else if matches!(c, b'e' | b'E' | b'j' | b'J') {
                        return self.exponent_and_end(c, start, lineno, col);
                    } else if nonzero {
                        self.backup(c);
                        return Err(self.error_range(
                            "leading zeros in decimal integer literals are not permitted; \
                             use an 0o prefix for octal integers"
                                .to_string(),
                            start + 1 - self.line_start,
                            zeros_end - self.line_start,
                        ));
                    }
                    self.verify_end_of_number(c, "decimal")?;
                }
            }
            self.backup(c);
            return Ok(self.token(TokenKind::Number, start, lineno, col));
        }
        // Decimal.
        c = self.decimal_tail()?;
        if c == b'.' {
            c = self.nextc();
            c = self.fraction(c)?;
        }
        self.exponent_and_end(c, start, lineno, col)
    }

    /// After the `.`: `c` is the consumed character following it.
    fn fraction(&mut self, c: u8) -> Result<u8, Box<Fail>> {
        if c.is_ascii_digit() { self.decimal_tail() } else { Ok(c) }
    }

    /// The optional exponent and `j` suffix, then the end check; `c` is consumed.
    fn exponent_and_end(&mut self, mut c: u8, start: usize, lineno: u32, col: u32) -> Result<Token, Box<Fail>> {
        if c == b'e' || c == b'E' {
            let e = c;
            c = self.nextc();
            if c == b'+' || c == b'-' {
                c = self.nextc();
                if !c.is_ascii_digit() {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal".to_string()));
                }
            } else if !c.is_ascii_digit() {
                self.backup(c);
                self.verify_end_of_number(e, "decimal")?;
                self.backup(e);
                return Ok(self.token(TokenKind::Number, start, lineno, col));
            }
            c = self.decimal_tail()?;
        }
        if c == b'j' || c == b'J' {
            c = self.nextc();
            self.verify_end_of_number(c, "imaginary")?;
        } else {
            self.verify_end_of_number(c, "decimal")?;
        }
        self.backup(c);
        Ok(self.token(TokenKind::Number, start, lineno, col))
    }
}
