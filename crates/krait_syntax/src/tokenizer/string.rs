//! Plain string and bytes literals (everything but f- and t-strings): finds the end of the
//! literal, honouring backslash escapes and triple quotes, and raises CPython's
//! "unterminated ..." errors at the literal's first character. Escapes are decoded later
//! by [`crate::literal`].

use super::{Fail, Tokenizer};
use crate::token::{Token, TokenKind};

impl Tokenizer<'_> {
    /// Scans a literal whose opening quote is at `self.pos`; `start` is its first prefix
    /// character (or the quote).
    pub(super) fn plain_string(&mut self, start: usize, lineno: u32, col: u32) -> Result<Token, Box<Fail>> {
        let quote = self.cur();
        let first_line_start = self.line_start;
        self.pos += 1;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        if self.cur() == quote {
            if self.at(self.pos + 1) == quote {
                quote_size = 3;
                self.pos += 2;
            } else {
                self.pos += 1;
                end_quote_size = 1;
            }
        }
        let mut has_escaped_quote = false;
        while end_quote_size != quote_size {
            // Fast scan over bytes that cannot end or escape anything.
            let limit = self.end.min(self.buf.len());
            if let Some(rest) = self.buf.get(self.pos..limit) {
                let n = rest
                    .iter()
                    .position(|&b| b == quote || b == b'\\' || b == b'\n' || b == b'\r')
                    .unwrap_or(rest.len());
                if n > 0 {
                    end_quote_size = 0;
                    self.pos += n;
                }
            }
            let c = self.cur();
            if c == 0 || (quote_size == 1 && c == b'\n') {
                if c == 0 && self.hits_nul(self.pos) {
                    return Err(self.nul_error());
                }
                let detected = if c == 0 {
                    self.lineno.saturating_sub(1).max(lineno)
                } else {
                    self.lineno
                };
                if let Some(mode) = self.modes.last()
                    && mode.quote == quote
                    && mode.quote_size == quote_size
                {
                    let msg = format!("{}-string: expecting '}}'", mode.prefix());
                    return Err(self.error_at(msg, lineno, first_line_start, start + 1));
                }
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {detected})")
                } else if has_escaped_quote {
                    format!(
                        "unterminated string literal (detected at line {detected}); \
                         perhaps you escaped the end quote?"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return Err(self.error_at(msg, lineno, first_line_start, start + 1));
            }
            self.pos += 1;
            if c == quote {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;
            match c {
                b'\\' => {
                    let mut e = self.cur();
                    if e == 0 {
                        continue;
                    }
                    self.pos += 1;
                    if e == quote {
                        has_escaped_quote = true;
                    }
                    if e == b'\r' && self.cur() == b'\n' {
                        self.pos += 1;
                        e = b'\n';
                    }
                    if e == b'\n' {
                        self.newline_at(self.pos - 1);
                    }
                }
                b'\n' => self.newline_at(self.pos - 1),
                _ => {}
            }
        }
        Ok(self.token(TokenKind::String, start, lineno, col))
    }
}
