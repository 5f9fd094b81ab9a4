//! Indentation at the start of a line: INDENT/DEDENT bookkeeping and CPython's
//! indentation errors.
//!
//! Columns are measured twice, with tab size 8 and with tab size 1; a line whose two
//! measures disagree with the indentation stack raises CPython's TabError. A form feed
//! resets both. A backslash continuation inside the indentation fixes the level at the
//! column of the first backslash. Blank and comment-only lines, and lines inside brackets,
//! never change the level.

use super::{ErrorOrigin, Fail, MAX_INDENT, TAB_SIZE, Tokenizer, fail};
use crate::error::{ErrorType, NEG_COL};
use crate::token::{Token, TokenKind};

impl Tokenizer<'_> {
    /// Reads the indentation of a new line, queueing INDENT/DEDENT tokens in `pending`.
    /// Sets `blankline` for lines holding only whitespace or a comment.
    pub(super) fn indentation(&mut self, blankline: &mut bool) -> Result<(), Box<Fail>> {
        self.buf_line = self.line_start;
        if self.hits_nul(self.pos) {
            return Err(self.nul_error());
        }
        let mut col: u32 = 0;
        let mut altcol: u32 = 0;
        let mut cont_line_col: u32 = 0;
        let c = loop {
            match self.cur() {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.pos += 1;
                    self.continuation_line()?;
                    self.buf_line = self.line_start;
                    continue;
                }
                other => break other,
            }
            self.pos += 1;
        };
        if c == b'#' || c == b'\n' || c == b'\r' {
            *blankline = true;
            return Ok(());
        }
        if !self.brackets.is_empty() {
            return Ok(());
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top_col {
            if altcol != top_alt {
                return Err(self.tab_error());
            }
        } else if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.state_error(ErrorType::IndentationError, "too many levels of indentation"));
            }
            if altcol <= top_alt {
                return Err(self.tab_error());
            }
            self.pending += 1;
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.pending -= 1;
                self.indents.pop();
            }
            let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top_col {
                // CPython's parser reports this at the end of the offending line.
                let lineno = self.lineno;
                let line_col = self.line_len(self.line_start) as u32;
                return Err(fail(
                    ErrorType::IndentationError,
                    "unindent does not match any outer indentation level".to_string(),
                    lineno,
                    line_col,
                    lineno,
                    NEG_COL,
                    ErrorOrigin::State,
                ));
            }
            if altcol != top_alt {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    fn tab_error(&self) -> Box<Fail> {
        self.state_error(
            ErrorType::TabError,
            "inconsistent use of tabs and spaces in indentation",
        )
    }

    /// Emits one queued INDENT or DEDENT.
    pub(super) fn pending_indent(&mut self) -> Token {
        let col = self.col_of(self.pos);
        if self.pending < 0 {
            self.pending += 1;
            self.token(TokenKind::Dedent, self.pos, self.lineno, col)
        } else {
            self.pending -= 1;
            self.token(TokenKind::Indent, self.line_start, self.lineno, 0)
        }
    }
}
