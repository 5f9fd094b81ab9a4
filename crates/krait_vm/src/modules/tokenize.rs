//! `_tokenize`: `TokenizerIter(readline, *, extra_tokens, encoding=None)`, the iterator the
//! `tokenize` module wraps (CPython's `Python/Python-tokenize.c`), over krait_syntax's
//! tokenizer.
//!
//! The lines are read (and decoded when `encoding` is given) on the first `next()`, the
//! whole text is tokenized, and the tokens are handed out one by one as
//! `(type, string, (row, col), (end_row, end_col), line)` with character columns; an error
//! is raised (SyntaxError, as CPython's) after the tokens before it. With `extra_tokens`
//! the stream is the `tokenize` module's: operators are OP, and the COMMENT and NL tokens
//! the parser never sees are rebuilt from the text between the parser's tokens (comments,
//! blank lines, newlines inside brackets; a NEWLINE that starts at a comment is split).

use super::{module, Args, Kwargs};
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::{ObjRef, Value};
use krait_syntax::token::{Token, TokenKind};
use krait_syntax::tokenizer::{ErrorOrigin, Tokenizer};
use std::collections::VecDeque;

const ENDMARKER: i64 = 0;
const NAME: i64 = 1;
const NUMBER: i64 = 2;
const STRING: i64 = 3;
const NEWLINE: i64 = 4;
const INDENT: i64 = 5;
const DEDENT: i64 = 6;
const LPAR: i64 = 7;
const EXCLAMATION: i64 = 54;
const OP: i64 = 55;
const COMMENT: i64 = 65;
const NL: i64 = 66;

/// CPython's token number for a krait token kind (exact operator types).
fn token_type(kind: TokenKind) -> i64 {
    use TokenKind as K;
    match kind {
        K::EndMarker => ENDMARKER,
        K::Name => NAME,
        K::Number => NUMBER,
        K::String => STRING,
        K::Newline => NEWLINE,
        K::Indent => INDENT,
        K::Dedent => DEDENT,
        K::FStringStart => 59,
        K::FStringMiddle => 60,
        K::FStringEnd => 61,
        K::TStringStart => 62,
        K::TStringMiddle => 63,
        K::TStringEnd => 64,
        K::Exclamation => EXCLAMATION,
        K::Op => OP,
        k if (k as i64) >= (K::LPar as i64) && (k as i64) <= (K::ColonEqual as i64) => LPAR + (k as i64 - K::LPar as i64),
        _ => NAME,
    }
}

/// A tokenizing error to raise: message, exception type, line, offset, line text.
type TokError = (String, &'static str, i64, i64, String);

/// The iterator's state.
struct TokState {
    readline: Value,
    encoding: Option<String>,
    extra: bool,
    /// The tokens still to hand out, once tokenized.
    tokens: Option<VecDeque<Value>>,
    /// The error to raise after them.
    error: Option<TokError>,
    done: bool,
}

fn new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(Value::Obj(cls)) = args.first() else { return Err(vm.type_error("TokenizerIter.__new__(): not enough arguments")) };
    let cls: ObjRef = cls.clone();
    let a = super::util::bind(vm, "TokenizerIter", &args[1..], &kwargs, &["readline", "extra_tokens", "encoding"], 1)?;
    let readline = a[0].clone().unwrap_or(Value::None);
    let extra = super::util::bool_arg(vm, &a[1], false)?;
    let encoding = match &a[2] {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.to_str(v)?),
    };
    Ok(native::wrap(&cls, TokState { readline, encoding, extra, tokens: None, error: None, done: false }))
}

fn iter_self(_vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

fn stop(vm: &Vm) -> PyErr {
    vm.error("StopIteration", "")
}

/// Reads every line `readline` gives (until '' or StopIteration).
fn read_all(vm: &mut Vm, readline: &Value, encoding: Option<&str>) -> Result<String, PyErr> {
    let mut text = String::new();
    loop {
        let line = match vm.call(readline.clone(), vec![], vec![]) {
            Ok(l) => l,
            Err(e) => {
                let stop_class = vm.types.exception("StopIteration");
                if crate::objects::types::is_subclass(&vm.types.type_of(&e.0), &stop_class) {
                    break;
                }
                return Err(e);
            }
        };
        let s = match (encoding, line.as_str()) {
            (None, Some(s)) => s.to_string(),
            (None, None) => {
                let tn = vm.type_name(&line);
                return Err(vm.type_error(format!("readline() returned a non-string object ({tn})")));
            }
            (Some(enc), _) => {
                if crate::builtins::methods::bytes_like(&line).is_none() {
                    let tn = vm.type_name(&line);
                    return Err(vm.type_error(format!("readline() returned a non-bytes object ({tn})")));
                }
                let decode = vm.getattr(&line, "decode")?;
                let s = vm.call(decode, vec![Value::str(enc)], vec![])?;
                s.as_str().unwrap_or_default().to_string()
            }
        };
        if s.is_empty() {
            break;
        }
        text.push_str(&s);
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The text as lines: start offsets of each line, for columns and `line` values.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// 1-based line of a byte offset.
    fn line_of(&self, pos: usize) -> usize {
        self.starts.partition_point(|&s| s <= pos).max(1)
    }

    fn start(&self, lineno: usize) -> usize {
        self.starts.get(lineno - 1).copied().unwrap_or(self.text.len())
    }

    /// The physical lines `first..=last`, with their newlines.
    fn text_of(&self, first: usize, last: usize) -> &'a str {
        let a = self.start(first).min(self.text.len());
        let b = self.starts.get(last).copied().unwrap_or(self.text.len()).max(a);
        self.text.get(a..b).unwrap_or("")
    }

    /// The character column of byte `col` in line `lineno`.
    fn char_col(&self, lineno: usize, col: usize) -> i64 {
        let a = self.start(lineno).min(self.text.len());
        let b = (a + col).min(self.text.len());
        self.text.get(a..b).map_or(col, |s| s.chars().count()) as i64
    }
}

fn tuple(ty: i64, s: &str, start: (i64, i64), end: (i64, i64), line: &str) -> Value {
    new_tuple([
        Value::Int(ty),
        Value::str(s),
        new_tuple([Value::Int(start.0), Value::Int(start.1)]),
        new_tuple([Value::Int(end.0), Value::Int(end.1)]),
        Value::str(line),
    ])
}

/// COMMENT and NL tokens for the text between two parser tokens (`a..b`).
fn gap_tokens(lines: &Lines, a: usize, b: usize, implicit_nl: bool, out: &mut VecDeque<Value>) {
    let bytes = lines.text.as_bytes();
    let mut i = a;
    // Whether the current physical line holds anything before a newline in this gap
    // matters only for the implicit newline at the end of the text.
    while i < b {
        match bytes[i] {
            b'#' => {
                let end = bytes[i..b].iter().position(|&c| c == b'\n').map_or(b, |k| i + k);
                let ln = lines.line_of(i);
                let col = i - lines.start(ln);
                let text = lines.text.get(i..end).unwrap_or("");
                let line = lines.text_of(ln, ln);
                let sc = lines.char_col(ln, col);
                let ec = lines.char_col(ln, end - lines.start(ln));
                out.push_back(tuple(COMMENT, text, (ln as i64, sc), (ln as i64, ec), line));
                let only_comment = lines.text.get(lines.start(ln)..i).is_some_and(|p| p.trim().is_empty());
                if implicit_nl && only_comment && end == b && b == bytes.len() && b > 0 {
                    // A comment on the last line without a newline: CPython's implicit NL.
                    out.push_back(tuple(NL, "", (ln as i64, ec), (ln as i64, ec + 1), line));
                }
                i = end;
            }
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'\n' => {
                let ln = lines.line_of(i);
                let c = lines.char_col(ln, i - lines.start(ln));
                out.push_back(tuple(NL, "\n", (ln as i64, c), (ln as i64, c + 1), lines.text_of(ln, ln)));
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Tokenizes the whole text into `(tokens, error)`.
fn tokenize_text(text: &str, extra: bool) -> (VecDeque<Value>, Option<TokError>) {
    let lines = Lines::new(text);
    let mut out = VecDeque::new();
    let mut tok = Tokenizer::new(text);
    let mut prev_end = 0usize;
    let n_lines = lines.starts.len() - usize::from(text.ends_with('\n'));
    loop {
        let t: Token = match tok.next_token() {
            Ok(t) => t,
            Err(e) => {
                if extra {
                    gap_tokens(&lines, prev_end, text.len().min(e_start(&lines, e.lineno, e.col, prev_end)), true, &mut out);
                }
                let err = if matches!(tok.error_origin(), Some(ErrorOrigin::EofInBrackets { .. })) {
                    ("unexpected EOF in multi-line statement".to_string(), "SyntaxError", n_lines.max(1) as i64, 0, String::new())
                } else {
                    let ln = e.lineno as usize;
                    let line = lines.text_of(ln, ln).trim_end_matches('\n').to_string();
                    let off = if e.col == krait_syntax::error::NO_COL { 0 } else { lines.char_col(ln, e.col as usize) + 1 };
                    (e.msg.clone(), e.error_type.name(), e.lineno as i64, off, line)
                };
                return (out, Some(err));
            }
        };
        let (start, end) = (t.start as usize, t.end as usize);
        let text_of = text.get(start..end.max(start)).unwrap_or("");
        let mut ty = token_type(t.kind);
        let trailing = matches!(t.kind, TokenKind::EndMarker) || (matches!(t.kind, TokenKind::Dedent) && start >= text.len());
        if extra {
            gap_tokens(&lines, prev_end, start.max(prev_end), true, &mut out);
            if ty > DEDENT && ty < OP || ty == OP {
                ty = OP;
            }
        }
        let (sl, el) = (t.lineno as usize, t.end_lineno as usize);
        let mut s = text_of.to_string();
        let mut sc = lines.char_col(sl, t.col as usize);
        let mut ec = lines.char_col(el, t.end_col as usize);
        let mut line = if trailing && extra { String::new() } else { lines.text_of(sl, el).to_string() };
        if trailing {
            sc = 0;
            ec = 0;
            if !extra {
                line = String::new();
            }
        }
        if matches!(t.kind, TokenKind::Newline) {
            // The newline character this NEWLINE stands for (none when implicit), after a
            // comment the parser's token starts at.
            let line_end = lines.start(sl + 1).min(text.len());
            let nl = text.get(start..line_end).and_then(|r| r.find('\n')).map(|k| start + k);
            let comment_end = nl.unwrap_or(line_end);
            if extra && comment_end > start {
                gap_tokens(&lines, start, comment_end, false, &mut out);
            }
            let stop_at = comment_end.max(start);
            sc = lines.char_col(sl, stop_at - lines.start(sl));
            ec = sc + 1;
            s = if nl.is_some() && extra { "\n".to_string() } else { String::new() };
            line = lines.text_of(sl, sl).to_string();
            prev_end = prev_end.max(nl.map_or(stop_at, |p| p + 1));
        }
        if trailing && extra {
            sc = 0;
            ec = 0;
        }
        out.push_back(tuple(ty, &s, (t.lineno as i64, sc), (t.end_lineno as i64, ec), &line));
        prev_end = end.max(prev_end);
        if matches!(t.kind, TokenKind::EndMarker) {
            return (out, None);
        }
    }
}

/// The byte offset an error position names (for the gap before it).
fn e_start(lines: &Lines, lineno: u32, col: u32, prev_end: usize) -> usize {
    if col == krait_syntax::error::NO_COL {
        return prev_end;
    }
    (lines.start(lineno as usize) + col as usize).max(prev_end)
}

fn next(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let me = args.first().cloned().unwrap_or(Value::None);
    let pending = native::with_state(&me, |s: &mut TokState| {
        if s.done {
            return Err(None);
        }
        match s.tokens.as_mut() {
            Some(t) => match t.pop_front() {
                Some(v) => Ok(Some(v)),
                None => Err(s.error.take()),
            },
            None => Ok(None),
        }
    });
    let Some(pending) = pending else { return Err(vm.type_error("descriptor '__next__' requires a '_tokenize.TokenizerIter' object")) };
    match pending {
        Ok(Some(v)) => return Ok(v),
        Err(None) => {
            native::with_state(&me, |s: &mut TokState| s.done = true);
            return Err(stop(vm));
        }
        Err(Some((msg, kind, lineno, offset, line))) => {
            native::with_state(&me, |s: &mut TokState| s.done = true);
            let e = krait_syntax::PySyntaxError {
                error_type: match kind {
                    "IndentationError" => krait_syntax::ErrorType::IndentationError,
                    "TabError" => krait_syntax::ErrorType::TabError,
                    _ => krait_syntax::ErrorType::SyntaxError,
                },
                msg,
                lineno,
                offset,
                end_lineno: lineno,
                end_offset: offset,
                text: if line.is_empty() { None } else { Some(line) },
            };
            return Err(vm.syntax_error(&e, "<string>"));
        }
        Ok(None) => {}
    }
    let (readline, encoding, extra) =
        native::with_state(&me, |s: &mut TokState| (s.readline.clone(), s.encoding.clone(), s.extra)).unwrap_or((Value::None, None, false));
    let text = read_all(vm, &readline, encoding.as_deref())?;
    let (tokens, error) = tokenize_text(&text, extra);
    native::with_state(&me, |s: &mut TokState| {
        s.tokens = Some(tokens);
        s.error = error;
    });
    next(vm, args, vec![])
}

/// The `_tokenize` module.
pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let cls = native::new_type("TokenizerIter", "_tokenize", &object, &[("__next__", next), ("__iter__", iter_self)], &[], Some(new));
    module("_tokenize", vec![("TokenizerIter", Value::Obj(cls))])
}
