//! f-strings and t-strings (PEP 701, PEP 750): the literal parts.
//!
//! FSTRING_START pushes a mode; in literal mode the tokenizer emits FSTRING_MIDDLE pieces
//! and FSTRING_END; a `{` switches to regular tokenizing of the replacement field, whose
//! `!`, top-level `:` (format spec, scanned in literal mode again) and closing `}` are
//! tracked in [`super::FMode`]. As in CPython, a doubled `{{` or `}}` ends a MIDDLE token
//! just after its first brace and the second brace is skipped, so MIDDLE texts hold single
//! braces (the token's `end_col` is after the skipped brace, its `end` before it); `\N{...}` ends a MIDDLE token after its `}`; an empty MIDDLE can appear after a
//! nested field in a format spec. Nesting is bounded by CPython's limits (150 modes, 3
//! levels of replacement fields per string), with CPython's errors.

use super::{FMode, Fail, MAX_EXPR_NESTING, MAX_FSTRING_LEVEL, Tokenizer};
use crate::literal::invalid_escape_message;
use crate::token::{Token, TokenKind};

impl Tokenizer<'_> {
    /// The opening quote(s) are at `self.pos`; `start` is the prefix's first character.
    pub(super) fn fstring_start(
        &mut self,
        start: usize,
        lineno: u32,
        col: u32,
        is_t: bool,
        raw: bool,
    ) -> Result<Token, Box<Fail>> {
        let quote = self.cur();
        self.pos += 1;
        let mut quote_size = 1;
        if self.cur() == quote && self.at(self.pos + 1) == quote {
            quote_size = 3;
            self.pos += 2;
        }
        if self.modes.len() + 1 >= MAX_FSTRING_LEVEL {
            return Err(self.error("too many nested f-strings or t-strings".to_string()));
        }
        self.modes.push(FMode {
            literal: true,
            is_t,
            raw,
            quote,
            quote_size,
            start,
            first_line: lineno,
            start_line_start: self.line_start,
            curly_depth: 0,
            expr_start_depth: -1,
            in_format_spec: false,
            in_debug: false,
        });
        let kind = if is_t {
            TokenKind::TStringStart
        } else {
            TokenKind::FStringStart
        };
        Ok(self.token(kind, start, lineno, col))
    }

    /// Literal mode: a MIDDLE or END token, or the first token of a replacement field.
    pub(super) fn fstring_literal(&mut self) -> Result<Token, Box<Fail>> {
        let Some(&mode) = self.modes.last() else {
            return self.regular();
        };
        let (middle, end_kind) = if mode.is_t {
            (TokenKind::TStringMiddle, TokenKind::TStringEnd)
        } else {
            (TokenKind::FStringMiddle, TokenKind::FStringEnd)
        };
        let start = self.pos;
        let lineno = self.lineno;
        let col = self.col_of(start);

        if self.cur() == b'{' && self.at(self.pos + 1) != b'{' {
            self.open_field()?;
            return self.regular();
        }
        let q = usize::from(mode.quote_size);
        if (0..q).all(|k| self.at(self.pos + k) == mode.quote) {
            self.pos += q;
            self.modes.pop();
            return Ok(self.token(end_kind, start, lineno, col));
        }

        let mut end_quote_size = 0;
        let mut unicode_escape = false;
        while end_quote_size != mode.quote_size {
            let c = self.cur();
            if c != 0 {
                self.pos += 1;
            }
            let (in_format_spec, curly_depth) = match self.modes.last() {
                Some(m) => (m.in_format_spec && m.in_expr(), m.curly_depth),
                None => (false, 0),
            };
            if c == 0 || (mode.quote_size == 1 && c == b'\n') {
                if c == 0 && self.hits_nul(self.pos) {
                    return Err(self.nul_error());
                }
                if in_format_spec && c == b'\n' {
                    if mode.quote_size == 1 {
                        let p = mode.prefix();
                        return Err(self.error(format!(
                            "{p}-string: newlines are not allowed in format specifiers for single quoted {p}-strings"
                        )));
                    }
                    self.pos -= 1;
                    self.set_literal(false);
                    return Ok(self.token(middle, start, lineno, col));
                }
                let detected = if c == 0 {
                    self.lineno.saturating_sub(1)
                } else {
                    self.lineno
                };
                let p = mode.prefix();
                let msg = if mode.quote_size == 3 {
                    format!("unterminated triple-quoted {p}-string literal (detected at line {detected})")
                } else {
                    format!("unterminated {p}-string literal (detected at line {detected})")
                };
                return Err(self.error_at(msg, mode.first_line, mode.start_line_start, mode.start + 1));
            }
            if c == mode.quote {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;
            match c {
                b'{' => {
                    let peek = self.cur();
                    if peek != b'{' || in_format_spec {
                        self.pos -= 1;
                        self.open_field()?;
                        if let Some(m) = self.modes.last_mut() {
                            m.in_format_spec = false;
                        }
                        return Ok(self.token(middle, start, lineno, col));
                    }
                    self.pos += 1;
                    return Ok(self.doubled_brace_middle(middle, start, lineno, col));
                }
                b'}' => {
                    if unicode_escape {
                        return Ok(self.token(middle, start, lineno, col));
                    }
                    let peek = self.cur();
                    if peek == b'}' && !in_format_spec && curly_depth == 0 {
                        self.pos += 1;
                        return Ok(self.doubled_brace_middle(middle, start, lineno, col));
                    }
                    self.pos -= 1;
                    self.set_literal(false);
                    return Ok(self.token(middle, start, lineno, col));
                }
                b'\\' => {
                    let backslash = self.pos - 1;
                    let mut peek = self.cur();
                    if peek != 0 {
                        self.pos += 1;
                    }
                    if peek == b'\r' && self.cur() == b'\n' {
                        self.pos += 1;
                        peek = b'\n';
                    }
                    if peek == b'{' || peek == b'}' {
                        if !mode.raw {
                            let col = self.col_of(backslash);
                            let lineno = self.lineno;
                            self.warn(invalid_escape_message(peek as char), lineno, col, lineno, col);
                        }
                        self.pos -= 1;
                        continue;
                    }
                    if peek == b'\n' {
                        self.newline_at(self.pos - 1);
                    } else if !mode.raw && peek == b'N' && self.cur() == b'{' {
                        self.pos += 1;
                        unicode_escape = true;
                    }
                }
                b'\n' => self.newline_at(self.pos - 1),
                _ => {}
            }
        }
        // Leave the closing quotes for the END token.
        self.pos -= usize::from(mode.quote_size);
        Ok(self.token(middle, start, lineno, col))
    }

    /// A MIDDLE token ending in the first brace of a doubled `{{`/`}}` (just consumed): its
    /// text stops after the first brace, its position after the second, as CPython's parser
    /// sees it (the AST's Constant ends there; `tokenize` reports the shorter end).
    fn doubled_brace_middle(&self, kind: TokenKind, start: usize, lineno: u32, col: u32) -> Token {
        let mut tok = self.token_to(kind, start, lineno, col, self.pos - 1);
        tok.end_col = self.col_of(self.pos);
        tok
    }

    /// Enters a replacement field whose `{` is at `self.pos`.
    fn open_field(&mut self) -> Result<(), Box<Fail>> {
        let Some(m) = self.modes.last_mut() else {
            return Ok(());
        };
        m.expr_start_depth += 1;
        if m.expr_start_depth >= MAX_EXPR_NESTING {
            let msg = format!("{}-string: expressions nested too deeply", m.prefix());
            return Err(self.error(msg));
        }
        m.literal = false;
        Ok(())
    }

    fn set_literal(&mut self, literal: bool) {
        if let Some(m) = self.modes.last_mut() {
            m.literal = literal;
            m.in_format_spec = false;
        }
    }
}
