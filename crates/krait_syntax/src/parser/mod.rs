//! The parser: tokens to AST, a hand-written PEG parser following CPython 3.14's grammar.
//!
//! Every grammar rule is a method returning `Option<T>`: `Some` on a match (the mark has
//! moved past it), `None` on no match (the mark is where it was) *or* on an error (then
//! `self.error` is set and every rule returns `None` from there on). Alternatives are tried
//! in the grammar's order with [`Parser::alt`], which restores the mark on failure.
//!
//! Like CPython, parsing is done at most twice: a fast first pass without the `invalid_*`
//! rules, and, only when that fails, a second pass over the same tokens with
//! `call_invalid_rules` set, in which those rules recognise common mistakes and raise their
//! specialised messages. If the second pass finds nothing specific, the error is the generic
//! "invalid syntax" at the furthest token the first pass reached ([`Parser::finish_error`]
//! has the exact precedence rules between tokenizer and parser errors).
//!
//! Tokens are pulled from the tokenizer lazily, so a tokenizer error is raised exactly when
//! the parser first needs the token it stands on, as in CPython.
//!
//! Rule methods live beside this file, split by construct: `expressions.rs`, `strings.rs`,
//! `targets.rs`, `statements.rs`, `params.rs`, `patterns.rs`.

mod expressions;
mod params;
mod patterns;
mod statements;
mod strings;
mod targets;

use std::any::Any;

use crate::ast::{self, Range};
use crate::error::{ErrorType, NEG_COL, NO_COL, NONE_COL, NONE_LINE, PySyntaxError, SyntaxError, SyntaxWarning};
use crate::token::{Token, TokenKind};
use crate::tokenizer::{ErrorOrigin, Tokenizer};

/// CPython's `MAXSTACK` for 64-bit builds: rule nesting beyond it is "too complex".
const MAX_LEVEL: u32 = 6000;

/// How often (in nesting levels) the stack is checked, the stack that must remain at a
/// check (room for the rule calls of `STACK_CHECK_EVERY` levels, with a wide margin), and
/// the size of each new segment when it does not.
const STACK_CHECK_EVERY: u32 = 8;

/// How close to `MAX_LEVEL` a parse with the fast paths may come before it is redone
/// without them (far more than the few levels any shortcut skips).
const FAST_PATH_LEVEL_MARGIN: u32 = 200;
const STACK_RED_ZONE: usize = 1024 * 1024;
const STACK_SEGMENT: usize = 8 * 1024 * 1024;

/// What the parser sees where there is no token at all (an empty token list after a
/// tokenizer error on the first token): an ENDMARKER at the start.
const NO_TOKEN: Token =
    Token { kind: TokenKind::EndMarker, start: 0, end: 0, lineno: 1, col: 0, end_lineno: 1, end_col: 0 };

/// Identifies a memoised rule in [`Parser::memo`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Rule {
    SimpleStmt,
    Block,
    ClosedPattern,
    StarPattern,
    TypeParam,
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    Factor,
    AwaitPrimary,
    TString,
    Strings,
    Arguments,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    InvalidNamedExpression,
    TPrimary,
    BitwiseOr,
}

const NO_MEMO: u32 = u32::MAX;

struct MemoNode {
    rule: Rule,
    entry: MemoEntry,
    next: u32,
}

/// What the memo knows about a rule at a token.
enum MemoEntry {
    /// The rule does not match here.
    Failed,
    /// The rule matched here once; its result was handed out, not kept.
    Succeeded,
    /// The rule matched here, ending at the given token index.
    Stored(Box<dyn Any>, usize),
}

/// An end position that means "where the tokenizer is now" (CPython's `CURRENT_POS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    At { lineno: u32, col: u32 },
    /// The end of the last token fetched from the tokenizer.
    Current,
    /// No end column (CPython passes -1: the visible `end_offset` is 0).
    None { lineno: u32 },
}

pub(crate) struct Parser<'src> {
    source: &'src str,
    tokenizer: Tokenizer<'src>,
    /// Tokens fetched so far (`fill` in CPython is `tokens.len()`).
    tokens: Vec<Token>,
    /// The index of the next token to match.
    pub(crate) mark: usize,
    /// Set in the second pass: the `invalid_*` rules are active.
    pub(crate) call_invalid_rules: bool,
    /// The first error raised; once set, every rule fails.
    error: Option<SyntaxError>,
    /// The error came from the tokenizer (CPython: `tok->done` is not OK).
    tokenizer_failed: bool,
    /// The parser's error is on the tokenizer's current line: CPython then takes the error
    /// line from the tokenizer's buffer, newline included, which lets an offset point one
    /// past the end of the visible text.
    error_on_current_line: bool,
    level: u32,
    /// The deepest `level` reached since a fast path last reset it (fast paths that skip a
    /// re-parse one level deeper check that it could not have reached `MAX_LEVEL`).
    pub(crate) max_level: u32,
    /// Memo entries: `memo_heads[token index]` starts a list linked through `memo_nodes`
    /// (CPython keeps a list on each token too); `NO_MEMO` ends a list.
    memo_heads: Vec<u32>,
    memo_nodes: Vec<MemoNode>,
    pub(crate) warnings: Vec<SyntaxWarning>,
    /// `from __future__ import barry_as_FLUFL` was parsed: `<>` replaces `!=`. Like
    /// CPython's parser flag, it stays set for the second pass.
    pub(crate) barry_as_flufl: bool,
    /// First-pass shortcuts that give the same results as the plain grammar (on by default;
    /// off only to test that they do).
    pub(crate) fast_paths: bool,
}

/// The token and memo buffers of a finished parse, kept for the next parse on this thread:
/// allocating (and growing) them afresh for every file costs more than the parse of a
/// small file.
struct Buffers {
    tokens: Vec<Token>,
    memo_heads: Vec<u32>,
    memo_nodes: Vec<MemoNode>,
}

/// Buffers larger than this many tokens are not kept.
const MAX_KEPT_TOKENS: usize = 1 << 20;

thread_local! {
    static SPARE_BUFFERS: std::cell::RefCell<Option<Buffers>> = const { std::cell::RefCell::new(None) };
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        if self.tokens.capacity() > MAX_KEPT_TOKENS || self.memo_nodes.capacity() > 4 * MAX_KEPT_TOKENS {
            return;
        }
        let mut buffers = Buffers {
            tokens: std::mem::take(&mut self.tokens),
            memo_heads: std::mem::take(&mut self.memo_heads),
            memo_nodes: std::mem::take(&mut self.memo_nodes),
        };
        buffers.tokens.clear();
        buffers.memo_heads.clear();
        buffers.memo_nodes.clear();
        let _ = SPARE_BUFFERS.try_with(|spare| {
            if let Ok(mut spare) = spare.try_borrow_mut() {
                let keep = match &*spare {
                    Some(old) => old.tokens.capacity() < buffers.tokens.capacity(),
                    None => true,
                };
                if keep {
                    *spare = Some(buffers);
                }
            }
        });
    }
}

impl<'src> Parser<'src> {
    pub(crate) fn new(source: &'src str) -> Self {
        let spare = SPARE_BUFFERS.try_with(|spare| spare.try_borrow_mut().ok().and_then(|mut s| s.take())).ok().flatten();
        let (mut tokens, memo_heads, memo_nodes) = match spare {
            Some(b) => (b.tokens, b.memo_heads, b.memo_nodes),
            None => (Vec::new(), Vec::new(), Vec::new()),
        };
        tokens.reserve(source.len() / 4 + 16);
        Parser {
            source,
            tokenizer: Tokenizer::new(source),
            tokens,
            mark: 0,
            call_invalid_rules: false,
            error: None,
            tokenizer_failed: false,
            error_on_current_line: false,
            level: 0,
            max_level: 0,
            memo_heads,
            memo_nodes,
            warnings: Vec::new(),
            barry_as_flufl: false,
            fast_paths: true,
        }
    }

    /// Parses a module (`file` rule), with CPython's two passes and error selection.
    ///
    /// With `fast_paths`, the first-pass shortcuts are used unless the
    /// parse came near the nesting limit: then it is parsed again without them. (A
    /// shortcut skips work the grammar does a few levels deeper, so near the limit the
    /// grammar may reach it where the shortcut does not; far from it, the results are the
    /// same.)
    pub(crate) fn parse_source(source: &'src str, fast_paths: bool) -> Result<ast::Mod, PySyntaxError> {
        Parser::parse_source_warned(source, fast_paths).0
    }

    /// [`Parser::parse_source`], also giving the SyntaxWarnings of the parse (invalid
    /// escape sequences) in the order CPython emits them.
    pub(crate) fn parse_source_warned(source: &'src str, fast_paths: bool) -> (Result<ast::Mod, PySyntaxError>, Vec<SyntaxWarning>) {
        if fast_paths {
            let mut parser = Parser::new(source);
            let result = parser.run_module();
            if parser.max_level + FAST_PATH_LEVEL_MARGIN < MAX_LEVEL {
                return (result, std::mem::take(&mut parser.warnings));
            }
        }
        let mut parser = Parser::new(source);
        parser.fast_paths = false;
        let result = parser.run_module();
        (result, std::mem::take(&mut parser.warnings))
    }

    /// [`Parser::parse_source`] for a piece of interactive input: on failure, also whether
    /// the first pass ran into the end of the text (see [`crate::Interactive`]).
    pub(crate) fn parse_interactive(source: &'src str) -> crate::Interactive {
        let mut parser = Parser::new(source);
        if let Some(module) = parser.file()
            && parser.error.is_none()
        {
            return crate::Interactive::Complete(module);
        }
        // The first pass stopped at the end of the text: the tokenizer wanted another line
        // (an open bracket, a triple-quoted string, a backslash) or the grammar did (it
        // fetched a token made by the end of input: a NEWLINE, DEDENT or ENDMARKER there).
        let open_token = parser.tokenizer_failed
            && match parser.tokenizer.error_origin() {
                Some(ErrorOrigin::EofInBrackets { .. }) => true,
                _ => parser.error.as_ref().is_some_and(|e| {
                    e.msg.starts_with("unterminated triple-quoted") || e.msg.starts_with("unexpected EOF while parsing")
                }),
            };
        let at_end = !parser.tokenizer_failed && parser.tokens.last().is_some_and(|t| t.start as usize >= source.len());
        if open_token || at_end {
            return crate::Interactive::Incomplete { open_token };
        }
        // Not waiting for input: the error as a whole-module parse reports it.
        match Parser::parse_source(source, true) {
            Ok(module) => crate::Interactive::Complete(module),
            Err(e) => crate::Interactive::Error(e),
        }
    }

    fn run_module(&mut self) -> Result<ast::Mod, PySyntaxError> {
        if let Some(module) = self.file()
            && self.error.is_none()
        {
            return Ok(module);
        }
        let first_pass_end = self.tokens.len();
        if self.error.is_none() {
            self.mark = 0;
            self.memo_heads.clear();
            self.memo_nodes.clear();
            self.call_invalid_rules = true;
            let _ = self.file();
        }
        self.finish_error(first_pass_end);
        Err(self.to_python_error())
    }

    // ----------------------------------------------------------------------------------
    // Tokens
    // ----------------------------------------------------------------------------------

    /// The source text of a token.
    pub(crate) fn text(&self, token: Token) -> &'src str {
        self.source.get(token.start as usize..token.end as usize).unwrap_or("")
    }

    /// The token at the mark, fetching it if needed. On a tokenizer error this sets the
    /// error and returns an `EndMarker` stand-in (which no rule can mistake for progress,
    /// since every rule checks [`Parser::failed`] through `alt`).
    #[inline]
    pub(crate) fn peek(&mut self) -> Token {
        self.token_at(self.mark)
    }

    #[inline]
    pub(crate) fn peek_kind(&mut self) -> TokenKind {
        match self.tokens.get(self.mark) {
            Some(token) => token.kind,
            None => self.fetch_token_at(self.mark).kind,
        }
    }

    /// The token at `index` (fetching up to it).
    #[inline]
    pub(crate) fn token_at(&mut self, index: usize) -> Token {
        match self.tokens.get(index) {
            Some(token) => *token,
            None => self.fetch_token_at(index),
        }
    }

    #[cold]
    #[inline(never)]
    fn fetch_token_at(&mut self, index: usize) -> Token {
        while self.tokens.len() <= index {
            if !self.fill_token() {
                break;
            }
        }
        match self.tokens.get(index) {
            Some(t) => *t,
            None => self.tokens.last().copied().unwrap_or(NO_TOKEN),
        }
    }

    fn fill_token(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        match self.tokenizer.next_token() {
            Ok(token) => {
                self.tokens.push(token);
                true
            }
            Err(error) => {
                self.tokenizer_failed = true;
                if self.error.is_none() {
                    self.error_on_current_line = true;
                }
                self.error = Some(error);
                false
            }
        }
    }

    /// Consumes the next token if it is of `kind`.
    #[inline]
    pub(crate) fn expect(&mut self, kind: TokenKind) -> Option<Token> {
        if self.error.is_some() {
            return None;
        }
        let token = self.peek();
        if token.kind == kind && self.error.is_none() {
            self.mark += 1;
            Some(token)
        } else {
            None
        }
    }

    /// Consumes the next token if it is the NAME `keyword` (a soft keyword).
    pub(crate) fn expect_soft_keyword(&mut self, keyword: &str) -> Option<Token> {
        let token = self.peek();
        if token.kind == TokenKind::Name && self.text(token) == keyword && self.error.is_none() {
            self.mark += 1;
            Some(token)
        } else {
            None
        }
    }

    /// CPython's `_PyPegen_expect_forced_token`: the token must be there, else
    /// "expected 'X'" at the token found.
    pub(crate) fn expect_forced(&mut self, kind: TokenKind, expected: &str) -> Option<Token> {
        if self.error.is_some() {
            return None;
        }
        let token = self.peek();
        if self.error.is_some() {
            return None;
        }
        if token.kind != kind {
            self.raise_at_token(token, format!("expected '{expected}'"));
            return None;
        }
        self.mark += 1;
        Some(token)
    }

    /// The last token before the mark that is not NEWLINE, INDENT, DEDENT or ENDMARKER:
    /// where a node that ends at the mark ends.
    pub(crate) fn last_non_whitespace_token(&self) -> Token {
        let mut found = None;
        for token in self.tokens[..self.mark.min(self.tokens.len())].iter().rev() {
            found = Some(*token);
            if !matches!(
                token.kind,
                TokenKind::EndMarker | TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            ) {
                break;
            }
        }
        found.unwrap_or(NO_TOKEN)
    }

    /// The range of a node that started at token index `start` and ends at the mark.
    pub(crate) fn range_from(&mut self, start: usize) -> Range {
        let first = self.token_at(start);
        let last = self.last_non_whitespace_token();
        Range {
            lineno: first.lineno,
            col_offset: first.col,
            end_lineno: last.end_lineno,
            end_col_offset: last.end_col,
        }
    }

    /// The range of a single token.
    pub(crate) fn token_range(token: Token) -> Range {
        Range {
            lineno: token.lineno,
            col_offset: token.col,
            end_lineno: token.end_lineno,
            end_col_offset: token.end_col,
        }
    }

    // ----------------------------------------------------------------------------------
    // Rule combinators
    // ----------------------------------------------------------------------------------

    /// Has an error been raised? Then every rule fails.
    pub(crate) fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// Tries one alternative: on `None` the mark goes back to where it was.
    pub(crate) fn alt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        let mark = self.mark;
        let result = f(self);
        if result.is_none() || self.error.is_some() {
            self.mark = mark;
            return None;
        }
        result
    }

    /// `&e` (positive = true) or `!e` (positive = false): matches without consuming.
    pub(crate) fn lookahead<T>(&mut self, positive: bool, f: impl FnOnce(&mut Self) -> Option<T>) -> bool {
        if self.error.is_some() {
            return false;
        }
        let mark = self.mark;
        let matched = f(self).is_some();
        self.mark = mark;
        self.error.is_none() && matched == positive
    }

    /// Is the next token of `kind`? (A lookahead that never fails the parse.)
    pub(crate) fn at(&mut self, kind: TokenKind) -> bool {
        self.peek_kind() == kind && self.error.is_none()
    }

    /// Runs a rule body one nesting level deeper, failing with CPython's MemoryError-like
    /// "too complex" error beyond `MAX_LEVEL`.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        if self.level >= MAX_LEVEL {
            self.set_error(SyntaxError {
                error_type: ErrorType::MemoryError,
                msg: "Parser stack overflowed - Python source too complex to parse".into(),
                lineno: 0,
                col: NO_COL,
                end_lineno: 0,
                end_col: NO_COL,
            });
            return None;
        }
        self.level += 1;
        if self.level > self.max_level {
            self.max_level = self.level;
        }
        // Every recursive rule passes through here. Every few levels, make sure there is
        // stack for the next few, switching to a fresh segment when the current one runs low.
        let result = if self.level.is_multiple_of(STACK_CHECK_EVERY) {
            stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || f(self))
        } else {
            f(self)
        };
        self.level -= 1;
        result
    }

    /// Memoises `f` at the current mark under `rule` (CPython's `(memo)` rules).
    ///
    /// A failure is remembered at once. In the first pass a success is remembered only when
    /// the rule is tried a second time at the same token: storing means cloning the subtree,
    /// and most results are never asked for again. Each (token, rule) is therefore parsed at most twice, which
    /// keeps backtracking linear, while the common path clones nothing.
    pub(crate) fn memo<T: Clone + 'static>(
        &mut self,
        rule: Rule,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        let start = self.mark;
        let seen_before = match self.memo_lookup(start, rule) {
            Some(MemoEntry::Failed) => return None,
            Some(MemoEntry::Stored(value, end)) => {
                let end = *end;
                let value = value.downcast_ref::<T>().cloned();
                if value.is_some() {
                    self.mark = end;
                }
                return value;
            }
            Some(MemoEntry::Succeeded) => true,
            None => false,
        };
        let result = self.nested(f);
        if self.error.is_none() {
            let entry = match &result {
                None => MemoEntry::Failed,
                // In the second pass CPython's memo stores at once, and which error wins can
                // depend on it; speed no longer matters there.
                Some(value) if seen_before || self.call_invalid_rules => {
                    MemoEntry::Stored(Box::new(value.clone()), self.mark)
                }
                Some(_) => MemoEntry::Succeeded,
            };
            self.memo_store(start, rule, entry);
        }
        result
    }

    fn memo_lookup(&self, index: usize, rule: Rule) -> Option<&MemoEntry> {
        let mut node = *self.memo_heads.get(index)?;
        while let Some(entry) = self.memo_nodes.get(node as usize) {
            if entry.rule == rule {
                return Some(&entry.entry);
            }
            node = entry.next;
        }
        None
    }

    fn memo_store(&mut self, index: usize, rule: Rule, entry: MemoEntry) {
        if self.memo_heads.len() <= index {
            self.memo_heads.resize(index + 1, NO_MEMO);
        }
        let head = self.memo_heads[index];
        let mut node = head;
        while let Some(existing) = self.memo_nodes.get_mut(node as usize) {
            if existing.rule == rule {
                existing.entry = entry;
                return;
            }
            node = existing.next;
        }
        let new = u32::try_from(self.memo_nodes.len()).unwrap_or(NO_MEMO);
        if new == NO_MEMO {
            return; // Over four billion entries: stop memoising rather than fail.
        }
        self.memo_nodes.push(MemoNode { rule, entry, next: head });
        self.memo_heads[index] = new;
    }

    // ----------------------------------------------------------------------------------
    // Errors
    // ----------------------------------------------------------------------------------

    /// Records `error` unless one is already set (the first error wins).
    pub(crate) fn set_error(&mut self, error: SyntaxError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// `RAISE_ERROR_KNOWN_LOCATION`: columns are 0-based bytes, as in tokens and ranges.
    pub(crate) fn raise_at(&mut self, error_type: ErrorType, lineno: u32, col: u32, end: End, msg: impl Into<String>) {
        let (end_lineno, end_col) = match end {
            End::At { lineno, col } => (lineno, col),
            End::Current => {
                // CPython passes `tok->cur - line_start` (a 0-based byte column) where a
                // 1-based offset is expected: the visible end offset is one less than the
                // end of the last token fetched.
                let last = self.tokens.last().copied();
                last.map_or((lineno, col), |t| (t.end_lineno, t.end_col.checked_sub(1).unwrap_or(NO_COL)))
            }
            End::None { lineno } => (lineno, NO_COL),
        };
        if self.error.is_none() {
            let current_line = self.tokens.last().map_or(0, |t| t.end_lineno);
            self.error_on_current_line = lineno >= current_line;
        }
        self.set_error(SyntaxError { error_type, msg: msg.into(), lineno, col, end_lineno, end_col });
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)`.
    pub(crate) fn raise_range(&mut self, start: Range, end: Range, msg: impl Into<String>) {
        self.raise_at(
            ErrorType::SyntaxError,
            start.lineno,
            start.col_offset,
            End::At { lineno: end.end_lineno, col: end.end_col_offset },
            msg,
        );
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)`.
    pub(crate) fn raise_node(&mut self, range: Range, msg: impl Into<String>) {
        self.raise_range(range, range, msg);
    }

    pub(crate) fn raise_at_token(&mut self, token: Token, msg: impl Into<String>) {
        if has_no_column(token.kind) {
            // CPython's INDENT, DEDENT and ENDMARKER have column -1: a known location there
            // shows offsets 0 and 0; at the end of input, on the last line.
            let (eof_line, _) = self.tokenizer.eof_position();
            let lineno = if token.kind == TokenKind::EndMarker || token.lineno > eof_line { eof_line } else { token.lineno };
            self.raise_at(ErrorType::SyntaxError, lineno, NO_COL, End::At { lineno, col: NO_COL }, msg);
            return;
        }
        self.raise_node(Self::token_range(token), msg);
    }

    /// `_PyPegen_raise_error` at `token`: at a token without a column, CPython uses the
    /// tokenizer's position and leaves the end unset (end offset -1).
    fn raise_at_token_or_tokenizer(&mut self, error_type: ErrorType, token: Token, msg: impl Into<String>) {
        if !has_no_column(token.kind) {
            let end = End::At { lineno: token.end_lineno, col: token.end_col };
            self.raise_at(error_type, token.lineno, token.col, end, msg);
            return;
        }
        let (eof_line, eof_col) = self.tokenizer.eof_position();
        let (lineno, col) = if token.kind == TokenKind::EndMarker || token.lineno > eof_line {
            (eof_line, eof_col)
        } else {
            // The tokenizer stands just after the indentation the token measured: the
            // visible offset is that many characters (offset = chars(line[..col]) + 1).
            (token.lineno, token.end_col.checked_sub(1).unwrap_or(NO_COL))
        };
        self.raise_at(error_type, lineno, col, End::At { lineno, col: NEG_COL }, msg);
    }

    /// `RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)`: from `start` to the tokenizer's position.
    pub(crate) fn raise_starting_from(&mut self, start: Range, msg: impl Into<String>) {
        self.raise_at(ErrorType::SyntaxError, start.lineno, start.col_offset, End::Current, msg);
    }

    /// `RAISE_SYNTAX_ERROR(msg)` / `RAISE_INDENTATION_ERROR(msg)`: at the last token fetched.
    pub(crate) fn raise_error(&mut self, error_type: ErrorType, msg: impl Into<String>) {
        let token = self.tokens.last().copied();
        match token {
            Some(t) => self.raise_at_token_or_tokenizer(error_type, t, msg),
            None => self.raise_at(error_type, 0, NO_COL, End::None { lineno: 0 }, msg),
        }
    }

    /// `RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg)`: at the token at the mark.
    pub(crate) fn raise_on_next_token(&mut self, msg: impl Into<String>) {
        let token = self.peek();
        if self.error.is_none() {
            self.raise_at_token_or_tokenizer(ErrorType::SyntaxError, token, msg);
        }
    }

    /// Picks the final error after a failed parse, as `_Pypegen_set_syntax_error` does.
    /// `first_pass_end` is how many tokens the first pass had fetched.
    fn finish_error(&mut self, first_pass_end: usize) {
        if self.error.is_some() {
            if !self.tokenizer_failed {
                self.check_rest_of_source_for_tokenizer_errors();
            }
            return;
        }
        let last = match first_pass_end.checked_sub(1).and_then(|i| self.tokens.get(i)) {
            Some(t) => *t,
            None => {
                self.raise_error(ErrorType::SyntaxError, "error at start before reading any input");
                return;
            }
        };
        match last.kind {
            // RAISE_INDENTATION_ERROR: at the last token fetched (this one).
            TokenKind::Indent => self.raise_error(ErrorType::IndentationError, "unexpected indent"),
            TokenKind::Dedent => self.raise_error(ErrorType::IndentationError, "unexpected unindent"),
            _ => {
                self.raise_at_token(last, "invalid syntax");
                self.check_rest_of_source_for_tokenizer_errors();
            }
        }
    }


    /// `_PyPegen_tokenize_full_source_to_check_for_errors`: tokenizes the rest of the source;
    /// an error the tokenizer raises eagerly replaces the parser's error (unless the tokenizer
    /// is inside an f-string); a bracket left open on a line before the error's line turns the
    /// error into "'(' was never closed".
    fn check_rest_of_source_for_tokenizer_errors(&mut self) {
        // CPython compares with the line of the last token fetched (`p->tokens[p->fill-1]`),
        // not with the error's own line.
        let error_line = self.tokens.last().map_or(0, |t| t.lineno);
        loop {
            match self.tokenizer.next_token() {
                Ok(token) if token.kind == TokenKind::EndMarker => return,
                Ok(_) => continue,
                Err(tokenizer_error) => {
                    let replaces = match self.tokenizer.error_origin() {
                        Some(ErrorOrigin::State) => false,
                        Some(ErrorOrigin::EofInBrackets { bracket_lineno }) => error_line > bracket_lineno,
                        Some(ErrorOrigin::Raised) | None => true,
                    };
                    // Inside an f-string the parser's error (in the expression part) wins.
                    if replaces && !self.tokenizer.in_fstring() {
                        self.error_on_current_line = true;
                        self.error = Some(tokenizer_error);
                    }
                    return;
                }
            }
        }
    }

    /// The error as Python sees it: character offsets and the source line.
    fn to_python_error(&self) -> PySyntaxError {
        let Some(error) = &self.error else {
            return PySyntaxError {
                error_type: ErrorType::SyntaxError,
                msg: "invalid syntax".into(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0,
                text: None,
            };
        };
        let keep_newline = self.error_on_current_line;
        convert_error(self.source, &line_starts(self.source), error, keep_newline)
    }
}

/// CPython's tokens without a column (`col_offset == -1`).
fn has_no_column(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker)
}

/// Byte offset of the start of every line of `source` (index 0 is line 1).
pub(crate) fn line_starts(source: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

/// The text of line `lineno` (1-based) without its line ending, if it exists.
fn line_text<'a>(source: &'a str, line_starts: &[usize], lineno: u32) -> Option<&'a str> {
    let index = (lineno as usize).checked_sub(1)?;
    let start = *line_starts.get(index)?;
    let end = line_starts.get(index + 1).copied().unwrap_or(source.len());
    let line = source.get(start..end)?;
    Some(line)
}

/// CPython's `_PyPegen_byte_offset_to_character_offset` on a 0-based byte column: the
/// 1-based character offset, clamped to one past the end of the line.
fn char_offset(line: &str, col: u32) -> i64 {
    let bytes = line.as_bytes();
    let take = (col as usize + 1).min(bytes.len() + 1);
    let within = take.min(bytes.len());
    let prefix = &bytes[..within];
    // Count characters as a lossy UTF-8 decode would: each complete sequence is one char,
    // and a truncated sequence at the end (we stopped mid-character) counts as one.
    let mut count = String::from_utf8_lossy(prefix).chars().count() as i64;
    if take > bytes.len() {
        count += 1;
    }
    count
}

/// A line number as Python shows it; `None` (errors before tokenizing) is shown as 0.
fn python_line(lineno: u32) -> i64 {
    if lineno == NONE_LINE { 0 } else { i64::from(lineno) }
}

/// Converts a front-end error (byte columns) to Python's view (1-based character offsets).
///
/// `keep_newline`: convert against the line with its newline (CPython does when the error
/// is on the tokenizer's current line), so that an offset can point just past the text.
pub(crate) fn convert_error(source: &str, line_starts: &[usize], error: &SyntaxError, keep_newline: bool) -> PySyntaxError {
    let line = line_text(source, line_starts, error.lineno);
    let text = line.map(str::to_string);
    // CPython's tokenizer buffer always ends a line with a newline, even the last one.
    let with_newline;
    let line_str = match line {
        Some(l) if keep_newline && l.ends_with('\n') => l,
        Some(l) if keep_newline => {
            with_newline = format!("{l}\n");
            with_newline.as_str()
        }
        Some(l) => l.trim_end_matches(['\n', '\r']),
        None => "",
    };
    // CPython converts the end column on the *start* line too, even for multi-line errors.
    let convert = |col: u32| match col {
        NO_COL | NONE_COL => 0,
        NEG_COL => -1,
        col => char_offset(line_str, col),
    };
    let offset = convert(error.col);
    let end_offset = convert(error.end_col);
    PySyntaxError {
        error_type: error.error_type,
        msg: error.msg.clone(),
        lineno: python_line(error.lineno),
        offset,
        end_lineno: python_line(error.end_lineno),
        end_offset,
        text,
    }
}
