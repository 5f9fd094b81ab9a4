//! The tokenizer: decoded source text to the token stream CPython 3.14's parser sees.
//!
//! It follows CPython's `Parser/lexer/lexer.c` behaviour for the parser (not the `tokenize`
//! module): no COMMENT, NL or type-comment tokens; INDENT/DEDENT from an indentation stack
//! (tab size 8, plus the tab size 1 consistency check); NEWLINE at the end of each logical
//! line, including an implicit one when the text does not end with a newline; hard
//! keywords get their own [`TokenKind`]s; f-strings and t-strings are split per PEP 701
//! into START / MIDDLE / END tokens with the replacement fields tokenized normally.
//!
//! Promises:
//! - it works on bytes, never allocates per token, never panics, never recurses;
//! - every error is a [`SyntaxError`] with CPython's type, message and location (1-based
//!   lines, 0-based UTF-8 byte columns chosen so that `offset = chars(line[..col]) + 1` is
//!   CPython's offset; [`NO_COL`] stands for CPython's offset 0);
//! - positions are those of `tokenize.generate_tokens` (in bytes): INDENT spans the
//!   indentation, DEDENT is empty at the first token of its line, NEWLINE covers the newline
//!   character (empty text and width 1 when implicit), trailing DEDENTs and ENDMARKER sit at
//!   column 0 of the line after the last one;
//! - after ENDMARKER it keeps returning ENDMARKER; after an error it keeps returning it.
//!
//! Where CPython's parser sees something other than `tokenize` (notes for the parser):
//! - a NEWLINE after a comment starts at the `#` (its end is one past the newline);
//! - a MIDDLE ending in the first half of a doubled brace ends, positionally, after the
//!   skipped second brace (`end_col`), while its text (`end`) stops after the first;
//! - INDENT, DEDENT and ENDMARKER have no column for CPython's parser; an error reported
//!   at them uses the tokenizer's position instead: for INDENT that is the INDENT's
//!   `end_col` (offset = `end_col`, end offset -1: "unexpected indent"), for ENDMARKER and
//!   end-of-input DEDENTs see [`Tokenizer::eof_position`];
//! - `<>` is NOTEQUAL here as in CPython; its parser rejects it unless Barry is FLUFL.
//! - [`Tokenizer::error_origin`] says how CPython's re-tokenizing pass after a parser error
//!   treats an error (see [`ErrorOrigin`]).
//!
//! The text must already have CPython's newline translation (`\r\n` and `\r` to `\n`), which
//! [`crate::source::decode_source`] performs; a `\r` directly before `\n` is tolerated.
//! SyntaxWarnings (e.g. `1if x else y`, `f"\{"`) are collected in [`Tokenizer::warnings`].

mod fstring;
mod ident;
mod indent;
mod number;
mod string;
#[cfg(test)]
mod tests;

use crate::error::{ErrorType, NEG_COL, NO_COL, SyntaxError, SyntaxWarning};
use crate::token::{Token, TokenKind};

/// Deepest indentation stack CPython allows (`MAXINDENT`).
const MAX_INDENT: usize = 100;
/// Deepest bracket nesting CPython allows (`MAXLEVEL`).
const MAX_LEVEL: usize = 200;
/// Size of CPython's tokenizer mode stack (`MAXFSTRINGLEVEL`); entry 0 is the regular mode.
const MAX_FSTRING_LEVEL: usize = 150;
/// Nesting limit of replacement fields within one f-string (`MAX_EXPR_NESTING`).
const MAX_EXPR_NESTING: i32 = 3;
const TAB_SIZE: u32 = 8;

/// Where a tokenizer error comes from, which decides how CPython's parser treats it when it
/// re-tokenizes the rest of the file after a parser error
/// (`_PyPegen_tokenize_full_source_to_check_for_errors`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorOrigin {
    /// The tokenizer raised the exception itself: it always wins over a parser error.
    Raised,
    /// End of input inside brackets ("'(' was never closed"); CPython prefers it over a
    /// parser error only when the parser error's line is after `bracket_lineno`.
    EofInBrackets { bracket_lineno: u32 },
    /// An error CPython's parser builds from the tokenizer's state (unexpected EOF,
    /// indentation and tab errors, line continuation): ignored by the re-tokenizing check.
    State,
}

#[derive(Clone, Copy, Debug)]
struct Bracket {
    ch: u8,
    lineno: u32,
    col: u32,
}

/// One f-string or t-string being tokenized (CPython's `tokenizer_mode`).
#[derive(Clone, Copy, Debug)]
struct FMode {
    /// `true` while in the literal part (FSTRING_MIDDLE scanning), `false` inside a
    /// replacement field's expression.
    literal: bool,
    is_t: bool,
    raw: bool,
    quote: u8,
    quote_size: u8,
    /// Byte offset of the prefix's first character, its line and that line's start.
    start: usize,
    first_line: u32,
    start_line_start: usize,
    /// Brackets of every kind opened inside the replacement fields.
    curly_depth: i32,
    /// `curly_depth` at which the innermost open replacement field started; -1 outside.
    expr_start_depth: i32,
    in_format_spec: bool,
    in_debug: bool,
}

impl FMode {
    fn in_expr(&self) -> bool {
        self.expr_start_depth >= 0
    }
    fn prefix(&self) -> char {
        if self.is_t { 't' } else { 'f' }
    }
}

#[derive(Clone, Debug)]
enum State {
    Running,
    Finished,
    Failed(SyntaxError, ErrorOrigin),
}

/// Turns source text into tokens on demand. See the module documentation.
pub struct Tokenizer<'src> {
    buf: &'src [u8],
    /// Bytes at and after `end` are not source: either past the text, or the line holding
    /// the first NUL byte (reading it raises CPython's null-byte error).
    end: usize,
    nul_line: bool,
    /// Whether a `\n` is imagined at `end` (the text does not end with one).
    virtual_nl: bool,
    pos: usize,
    line_start: usize,
    /// Start of the line CPython's `tok->buf` points to (the line where the current
    /// token or run of whitespace began); used only for one error position.
    buf_line: usize,
    lineno: u32,
    at_bol: bool,
    /// Indentation stack: (column with tab size 8, column with tab size 1).
    indents: Vec<(u32, u32)>,
    pending: i32,
    brackets: Vec<Bracket>,
    modes: Vec<FMode>,
    state: State,
    /// SyntaxWarnings found so far, in source order.
    pub warnings: Vec<SyntaxWarning>,
}

impl<'src> Tokenizer<'src> {
    /// A tokenizer for `exec` input (modules): a missing final newline is imagined, as
    /// CPython appends one.
    pub fn new(source: &'src str) -> Self {
        Self::with_exec_input(source, true)
    }

    /// A tokenizer for the `eval`, `single` and `func_type` modes: CPython appends no
    /// newline to such input, so a last line without one gets no NEWLINE (and no DEDENTs)
    /// before ENDMARKER.
    pub fn new_non_exec(source: &'src str) -> Self {
        Self::with_exec_input(source, false)
    }

    fn with_exec_input(source: &'src str, exec_input: bool) -> Self {
        let buf = source.as_bytes();
        let (end, nul_line) = match buf.iter().position(|&b| b == 0) {
            Some(nul) => {
                let line = buf[..nul].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                (line, true)
            }
            None => (buf.len(), false),
        };
        let virtual_nl = exec_input && !nul_line && end > 0 && buf.get(end - 1) != Some(&b'\n');
        let mut indents = Vec::with_capacity(16);
        indents.push((0, 0));
        Tokenizer {
            buf,
            end,
            nul_line,
            virtual_nl,
            pos: 0,
            line_start: 0,
            buf_line: 0,
            lineno: 1,
            at_bol: true,
            indents,
            pending: 0,
            brackets: Vec::with_capacity(16),
            modes: Vec::new(),
            state: State::Running,
            warnings: Vec::new(),
        }
    }

    /// The source text the token offsets refer to.
    pub fn source(&self) -> &'src [u8] {
        self.buf
    }

    /// The next token, or the error that ends tokenizing.
    pub fn next_token(&mut self) -> Result<Token, SyntaxError> {
        match &self.state {
            State::Running => {}
            State::Finished => return Ok(self.endmarker()),
            State::Failed(err, _) => return Err(err.clone()),
        }
        let result = match self.modes.last() {
            Some(mode) if mode.literal => self.fstring_literal(),
            _ => self.regular(),
        };
        match result {
            Ok(tok) => {
                if tok.kind == TokenKind::EndMarker {
                    self.state = State::Finished;
                }
                Ok(tok)
            }
            Err(fail) => {
                let Fail(err, origin) = *fail;
                self.state = State::Failed(err.clone(), origin);
                Err(err)
            }
        }
    }

    /// How the error returned last (if any) arose; see [`ErrorOrigin`].
    pub fn error_origin(&self) -> Option<ErrorOrigin> {
        match &self.state {
            State::Failed(_, origin) => Some(*origin),
            _ => None,
        }
    }

    /// Where CPython's parser puts an error reported at ENDMARKER or at a DEDENT produced by
    /// the end of input (tokens it sees without a column): the last line of the text and,
    /// as a column in [`SyntaxError`]'s convention, that line's length without its newline.
    /// (This token stream gives those tokens `tokenize`'s positions instead: column 0 of
    /// the line after the last.) CPython's end offset there is -1 ([`NEG_COL`]).
    pub fn eof_position(&self) -> (u32, u32) {
        let text = self.buf.get(..self.end).unwrap_or(&[]);
        let (body, has_newline) = match text.strip_suffix(b"\n") {
            Some(body) => (body, true),
            None => (text, self.virtual_nl),
        };
        let lines = body.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let last_start = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // CPython's offset is the line's length with its newline, when it has one.
        let len = body.len() - last_start;
        let col = if has_newline {
            len as u32
        } else if len == 0 {
            NO_COL
        } else {
            (len - 1) as u32
        };
        (lines, col)
    }

    /// Current bracket nesting depth (CPython's `tok->level`).
    pub fn bracket_level(&self) -> usize {
        self.brackets.len()
    }

    /// Whether the tokenizer is inside an f-string or t-string (CPython checks this when
    /// deciding which of two errors to keep).
    pub fn in_fstring(&self) -> bool {
        !self.modes.is_empty()
    }

    // ----- character access -------------------------------------------------------------

    /// The byte at `i`, a `\n` for the imagined final newline, or 0 at the end.
    #[inline(always)]
    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.buf.get(i).copied().unwrap_or(0)
        } else if i == self.end && self.virtual_nl {
            b'\n'
        } else {
            0
        }
    }

    #[inline(always)]
    fn cur(&self) -> u8 {
        self.at(self.pos)
    }

    /// Records that the `\n` at `i` was consumed.
    #[inline(always)]
    fn newline_at(&mut self, i: usize) {
        self.lineno += 1;
        self.line_start = i + 1;
    }

    fn col_of(&self, i: usize) -> u32 {
        i.saturating_sub(self.line_start) as u32
    }

    /// A token from `start` (on line `lineno`, column `col`) to the current position.
    fn token(&self, kind: TokenKind, start: usize, lineno: u32, col: u32) -> Token {
        self.token_to(kind, start, lineno, col, self.pos)
    }

    fn token_to(&self, kind: TokenKind, start: usize, lineno: u32, col: u32, end: usize) -> Token {
        let len = self.buf.len();
        Token {
            kind,
            start: start.min(len) as u32,
            end: end.min(len) as u32,
            lineno,
            col,
            end_lineno: self.lineno,
            end_col: self.col_of(end),
        }
    }

    fn endmarker(&self) -> Token {
        let at = self.buf.len() as u32;
        Token {
            kind: TokenKind::EndMarker,
            start: at,
            end: at,
            lineno: self.lineno,
            col: 0,
            end_lineno: self.lineno,
            end_col: 0,
        }
    }

    // ----- errors -----------------------------------------------------------------------

    /// Start of the character that ends just before byte `i`, or [`NO_COL`] when `i` is at
    /// `line_start` (CPython then reports offset 0).
    fn col_before(&self, line_start: usize, i: usize) -> u32 {
        if i <= line_start {
            return NO_COL;
        }
        let mut j = i - 1;
        while j > line_start && (self.buf.get(j).copied().unwrap_or(0) & 0xC0) == 0x80 {
            j -= 1;
        }
        (j - line_start) as u32
    }

    /// CPython's `_PyTokenizer_syntaxerror`: the error points at the character before
    /// `cur` on the line starting at `line_start`.
    fn error_at(&self, msg: String, lineno: u32, line_start: usize, cur: usize) -> Box<Fail> {
        let col = self.col_before(line_start, cur);
        fail(
            ErrorType::SyntaxError,
            msg,
            lineno,
            col,
            lineno,
            col,
            ErrorOrigin::Raised,
        )
    }

    /// `error_at` with the current line and position.
    fn error(&self, msg: String) -> Box<Fail> {
        self.error_at(msg, self.lineno, self.line_start, self.pos)
    }

    /// CPython's `_PyTokenizer_syntaxerror_known_range`. CPython passes 1-based *byte*
    /// offsets straight through as the exception's (character) offsets; the columns are
    /// chosen so that the usual conversion reproduces those numbers on non-ASCII lines too.
    fn error_range(&self, msg: String, offset: usize, end_offset: usize) -> Box<Fail> {
        let col = self.col_for_offset(offset);
        let end_col = self.col_for_offset(end_offset);
        fail(
            ErrorType::SyntaxError,
            msg,
            self.lineno,
            col,
            self.lineno,
            end_col,
            ErrorOrigin::Raised,
        )
    }

    /// The byte column after `offset - 1` characters of the current line.
    fn col_for_offset(&self, offset: usize) -> u32 {
        if offset == 0 {
            return NO_COL;
        }
        let want = offset - 1;
        let line = self.buf.get(self.line_start..).unwrap_or(&[]);
        let mut chars = 0;
        for (i, &b) in line.iter().enumerate() {
            if (b & 0xC0) != 0x80 {
                if chars == want {
                    return i as u32;
                }
                chars += 1;
            }
        }
        (line.len() + (want - chars.min(want))) as u32
    }

    /// Errors CPython's parser raises at `(tok->lineno, 1)`-`(tok->lineno, 0)`.
    fn state_error(&self, error_type: ErrorType, msg: &str) -> Box<Fail> {
        fail(
            error_type,
            msg.to_string(),
            self.lineno,
            0,
            self.lineno,
            NO_COL,
            ErrorOrigin::State,
        )
    }

    fn warn(&mut self, msg: String, lineno: u32, col: u32, end_lineno: u32, end_col: u32) {
        self.warnings.push(SyntaxWarning {
            msg,
            lineno,
            col,
            end_lineno,
            end_col,
        });
    }

    /// "source code cannot contain null bytes", raised when reading the line holding one.
    fn nul_error(&self) -> Box<Fail> {
        fail(
            ErrorType::SyntaxError,
            "source code cannot contain null bytes".to_string(),
            self.lineno,
            NO_COL,
            self.lineno,
            NO_COL,
            ErrorOrigin::Raised,
        )
    }

    /// Whether the end of the readable text is a NUL line rather than the true end.
    fn hits_nul(&self, i: usize) -> bool {
        self.nul_line && i >= self.end
    }

    // ----- regular mode -----------------------------------------------------------------

    fn regular(&mut self) -> Result<Token, Box<Fail>> {
        'nextline: loop {
            let mut blankline = false;
            if self.at_bol {
                self.at_bol = false;
                self.indentation(&mut blankline)?;
            }
            if self.pending != 0 {
                return Ok(self.pending_indent());
            }
            'again: loop {
                while matches!(self.cur(), b' ' | b'\t' | b'\x0c') {
                    self.pos += 1;
                }
                // As in CPython, a NEWLINE after a comment starts at the `#`.
                let start = self.pos;
                let mut c = self.cur();
                if c == b'#' {
                    self.skip_comment();
                    c = self.cur();
                }
                if c == 0 {
                    return self.at_end();
                }
                let lineno = self.lineno;
                let col = self.col_of(start);

                if is_ident_start(c) {
                    return self.name_or_string(start, lineno, col);
                }
                if c == b'\r' && self.at(self.pos + 1) == b'\n' {
                    self.pos += 1;
                    c = b'\n';
                }
                if c == b'\n' {
                    let nl = self.pos;
                    let start_nl = if self.at(start) == b'#' { start } else { nl };
                    self.pos += 1;
                    self.at_bol = true;
                    if blankline || !self.brackets.is_empty() {
                        self.newline_at(nl);
                        continue 'nextline;
                    }
                    let mut tok = self.token_to(TokenKind::Newline, start_nl, lineno, self.col_of(start_nl), nl);
                    tok.end_col = self.col_of(nl) + 1;
                    if nl >= self.end {
                        // The imagined newline: empty text.
                        tok.start = self.buf.len() as u32;
                        tok.end = tok.start;
                    }
                    self.newline_at(nl);
                    return Ok(tok);
                }
                if c == b'.' {
                    let c1 = self.at(self.pos + 1);
                    if c1.is_ascii_digit() {
                        return self.number(start, lineno, col);
                    }
                    if c1 == b'.' && self.at(self.pos + 2) == b'.' {
                        self.pos += 3;
                        return Ok(self.token(TokenKind::Ellipsis, start, lineno, col));
                    }
                    self.pos += 1;
                    return Ok(self.token(TokenKind::Dot, start, lineno, col));
                }
                if c.is_ascii_digit() {
                    return self.number(start, lineno, col);
                }
                if c == b'\'' || c == b'"' {
                    return self.plain_string(start, lineno, col);
                }
                if c == b'\\' {
                    self.pos += 1;
                    self.continuation_line()?;
                    continue 'again;
                }
                return self.operator(c, start, lineno, col);
            }
        }
    }

    fn skip_comment(&mut self) {
        let limit = self.end.min(self.buf.len());
        let rest = self.buf.get(self.pos..limit).unwrap_or(&[]);
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(n) => self.pos += n,
            None => self.pos = limit,
        }
    }

    /// Handles a backslash just consumed: it must end the line (CPython's
    /// `tok_continuation_line`).
    fn continuation_line(&mut self) -> Result<(), Box<Fail>> {
        let mut c = self.cur();
        if c == b'\r' && self.at(self.pos + 1) == b'\n' {
            self.pos += 1;
            c = b'\n';
        }
        if c != b'\n' {
            // CPython's parser reports this at `tok->cur - tok->buf` after reading the
            // offending character, `buf` being the line where the current token began;
            // the offset is clipped to the current line (newline included) plus one.
            let cur = self.pos + usize::from(c != 0);
            let line_len = self.line_len(self.line_start) + 1;
            let offset = cur.saturating_sub(self.buf_line).min(line_len + 1);
            let col = self.line_start + offset.saturating_sub(1);
            return Err(fail(
                ErrorType::SyntaxError,
                "unexpected character after line continuation character".to_string(),
                self.lineno,
                self.col_of(col),
                self.lineno,
                NO_COL,
                ErrorOrigin::State,
            ));
        }
        let nl = self.pos;
        self.pos += 1;
        self.newline_at(nl);
        if self.hits_nul(self.pos) {
            return Err(self.nul_error());
        }
        if self.cur() == 0 {
            // Inside brackets this end of input is reported as the unclosed bracket.
            if let Some(err) = self.unclosed_bracket() {
                return Err(err);
            }
            // CPython stays on the last line and points at its newline.
            self.lineno -= 1;
            self.line_start = self.prev_line_start(nl);
            let col = self.col_of(nl);
            return Err(fail(
                ErrorType::SyntaxError,
                "unexpected EOF while parsing".to_string(),
                self.lineno,
                col,
                self.lineno,
                NEG_COL,
                ErrorOrigin::State,
            ));
        }
        Ok(())
    }

    /// Length in bytes of the line starting at `start`, without its newline.
    fn line_len(&self, start: usize) -> usize {
        let rest = self.buf.get(start..).unwrap_or(&[]);
        rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
    }

    /// Start of the line holding the byte at `i`.
    fn prev_line_start(&self, i: usize) -> usize {
        let upto = i.min(self.buf.len());
        self.buf[..upto].iter().rposition(|&b| b == b'\n').map_or(0, |j| j + 1)
    }

    fn at_end(&mut self) -> Result<Token, Box<Fail>> {
        if self.hits_nul(self.pos) {
            return Err(self.nul_error());
        }
        if let Some(err) = self.unclosed_bracket() {
            return Err(err);
        }
        Ok(self.endmarker())
    }

    /// "'(' was never closed" for the innermost open bracket, if any.
    fn unclosed_bracket(&self) -> Option<Box<Fail>> {
        let open = self.brackets.last()?;
        Some(fail(
            ErrorType::SyntaxError,
            format!("'{}' was never closed", open.ch as char),
            open.lineno,
            open.col,
            open.lineno,
            NO_COL,
            ErrorOrigin::EofInBrackets {
                bracket_lineno: open.lineno,
            },
        ))
    }

    fn operator(&mut self, c: u8, start: usize, lineno: u32, col: u32) -> Result<Token, Box<Fail>> {
        // Inside a replacement field, `:` at the field's top level starts the format spec.
        if matches!(c, b':' | b'}' | b'!' | b'{')
            && let Some(mode) = self.modes.last_mut()
            && mode.in_expr()
        {
            let cursor = mode.curly_depth - i32::from(c != b'{');
            if c == b':' && cursor == mode.expr_start_depth {
                mode.literal = true;
                mode.in_format_spec = true;
                self.pos += 1;
                return Ok(self.token(TokenKind::Colon, start, lineno, col));
            }
        }
        let c2 = self.at(self.pos + 1);
        if let Some(kind2) = two_char(c, c2) {
            let c3 = self.at(self.pos + 2);
            if let Some(kind3) = three_char(c, c2, c3) {
                self.pos += 3;
                return Ok(self.token(kind3, start, lineno, col));
            }
            self.pos += 2;
            return Ok(self.token(kind2, start, lineno, col));
        }
        self.pos += 1;
        match c {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_LEVEL {
                    return Err(self.error("too many nested parentheses".to_string()));
                }
                self.brackets.push(Bracket { ch: c, lineno, col });
                if let Some(mode) = self.modes.last_mut() {
                    mode.curly_depth += 1;
                }
            }
            b')' | b']' | b'}' => self.close_bracket(c)?,
            _ => {}
        }
        if c < 0x20 || c == 0x7f {
            return Err(self.error(format!("invalid non-printable character U+{:04X}", c)));
        }
        if c == b'='
            && let Some(mode) = self.modes.last_mut()
            && mode.curly_depth - mode.expr_start_depth == 1
        {
            mode.in_debug = true;
        }
        Ok(self.token(one_char(c), start, lineno, col))
    }

    fn close_bracket(&mut self, c: u8) -> Result<(), Box<Fail>> {
        if let Some(mode) = self.modes.last()
            && mode.curly_depth == 0
            && c == b'}'
        {
            return Err(self.error(format!("{}-string: single '}}' is not allowed", mode.prefix())));
        }
        let Some(open) = self.brackets.pop() else {
            return Err(self.error(format!("unmatched '{}'", c as char)));
        };
        let matching = matches!((open.ch, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
        if !matching {
            if let Some(mode) = self.modes.last()
                && open.ch == b'{'
                && mode.curly_depth - 1 == mode.expr_start_depth
            {
                return Err(self.error(format!("{}-string: unmatched '{}'", mode.prefix(), c as char)));
            }
            let msg = if open.lineno != self.lineno {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    c as char, open.ch as char, open.lineno
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open.ch as char
                )
            };
            return Err(self.error(msg));
        }
        if let Some(mode) = self.modes.last_mut() {
            mode.curly_depth -= 1;
            if mode.curly_depth < 0 {
                let prefix = mode.prefix();
                return Err(self.error(format!("{prefix}-string: unmatched '{}'", c as char)));
            }
            if c == b'}' && mode.curly_depth == mode.expr_start_depth {
                mode.expr_start_depth -= 1;
                mode.literal = true;
                mode.in_format_spec = false;
                mode.in_debug = false;
            }
        }
        Ok(())
    }
}

/// A failed step: the error and how it arose (boxed to keep `Result`s small).
struct Fail(SyntaxError, ErrorOrigin);

fn fail(
    error_type: ErrorType,
    msg: String,
    lineno: u32,
    col: u32,
    end_lineno: u32,
    end_col: u32,
    origin: ErrorOrigin,
) -> Box<Fail> {
    Box::new(Fail(
        SyntaxError {
            error_type,
            msg,
            lineno,
            col,
            end_lineno,
            end_col,
        },
        origin,
    ))
}

#[inline(always)]
fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

#[inline(always)]
fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

fn one_char(c: u8) -> TokenKind {
    use TokenKind::*;
    match c {
        b'!' => Exclamation,
        b'%' => Percent,
        b'&' => Amper,
        b'(' => LPar,
        b')' => RPar,
        b'*' => Star,
        b'+' => Plus,
        b',' => Comma,
        b'-' => Minus,
        b'.' => Dot,
        b'/' => Slash,
        b':' => Colon,
        b';' => Semi,
        b'<' => Less,
        b'=' => Equal,
        b'>' => Greater,
        b'@' => At,
        b'[' => LSqb,
        b']' => RSqb,
        b'^' => CircumFlex,
        b'{' => LBrace,
        b'|' => VBar,
        b'}' => RBrace,
        b'~' => Tilde,
        _ => Op,
    }
}

fn two_char(c1: u8, c2: u8) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match (c1, c2) {
        (b'!', b'=') => NotEqual,
        (b'%', b'=') => PercentEqual,
        (b'&', b'=') => AmperEqual,
        (b'*', b'*') => DoubleStar,
        (b'*', b'=') => StarEqual,
        (b'+', b'=') => PlusEqual,
        (b'-', b'=') => MinEqual,
        (b'-', b'>') => RArrow,
        (b'/', b'/') => DoubleSlash,
        (b'/', b'=') => SlashEqual,
        (b':', b'=') => ColonEqual,
        (b'<', b'<') => LeftShift,
        (b'<', b'=') => LessEqual,
        // `<>` is NOTEQUAL to CPython's tokenizer; its parser accepts it only under
        // `from __future__ import barry_as_FLUFL` (check the token text).
        (b'<', b'>') => NotEqual,
        (b'=', b'=') => EqEqual,
        (b'>', b'=') => GreaterEqual,
        (b'>', b'>') => RightShift,
        (b'@', b'=') => AtEqual,
        (b'^', b'=') => CircumFlexEqual,
        (b'|', b'=') => VBarEqual,
        _ => return Option::None,
    })
}

fn three_char(c1: u8, c2: u8, c3: u8) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match (c1, c2, c3) {
        (b'*', b'*', b'=') => DoubleStarEqual,
        (b'.', b'.', b'.') => Ellipsis,
        (b'/', b'/', b'=') => DoubleSlashEqual,
        (b'<', b'<', b'=') => LeftShiftEqual,
        (b'>', b'>', b'=') => RightShiftEqual,
        _ => return Option::None,
    })
}
