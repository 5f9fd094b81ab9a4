//! String rules: `strings` (implicit concatenation of str/bytes/f-string/t-string pieces)
//! and the f-string and t-string grammar (replacement fields, conversions, format specs,
//! `=` debug text), with their errors.
//!
//! The debug text of `{expr=}` and the `str` of a t-string Interpolation are the source
//! text between the field's `{` and the `!`, `:` or `}` that ends the expression (CPython's
//! tokenizer hands the same text to the parser as token metadata), with comments removed.

use super::Parser;
use super::Rule;
use crate::ast::{
    Constant, Expr, ExprConstant, ExprFormattedValue, ExprInterpolation, ExprJoinedStr,
    ExprTemplateStr, Range,
};
use crate::error::{ErrorType, SyntaxWarning};
use crate::literal::{self, EscapeWarning, LiteralError, LiteralValue};
use crate::token::{Token, TokenKind as T};

/// A conversion (`!r`) with the token that ends the expression text (`!`).
struct Conversion {
    /// The conversion character.
    ch: char,
    /// The conversion name's start (where the debug text ends, plus one).
    name_range: Range,
    /// The `!` token.
    bang: Token,
}

/// A format spec (`:...`) with its `:` token.
struct FormatSpec {
    expr: Expr,
    colon: Token,
}

fn is_empty_str_constant(e: &Expr) -> bool {
    matches!(e, Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) if s.is_empty())
}

/// CPython's `_build_concatenated_str`: flattens JoinedStr/TemplateStr pieces, merges runs
/// of adjacent constants (position from the first to the last, kind of the first) and drops
/// empty strings.
fn build_concatenated_str(strings: Vec<Expr>) -> Vec<Expr> {
    let mut flat: Vec<Expr> = Vec::with_capacity(strings.len());
    for e in strings {
        match e {
            Expr::JoinedStr(j) => flat.extend(j.values),
            Expr::TemplateStr(t) => flat.extend(t.values),
            other => flat.push(other),
        }
    }
    let mut values = Vec::with_capacity(flat.len());
    let mut iter = flat.into_iter().peekable();
    while let Some(elem) = iter.next() {
        let Expr::Constant(first) = elem else {
            values.push(elem);
            continue;
        };
        if !matches!(iter.peek(), Some(Expr::Constant(_))) {
            if !matches!(&first.value, Constant::Str(s) if s.is_empty()) {
                values.push(Expr::Constant(first));
            }
            continue;
        }
        let mut text = match first.value {
            Constant::Str(s) => s,
            _ => String::new(),
        };
        let mut end = first.range;
        while let Some(Expr::Constant(_)) = iter.peek() {
            if let Some(Expr::Constant(c)) = iter.next() {
                if let Constant::Str(s) = &c.value {
                    text.push_str(s);
                }
                end = c.range;
            }
        }
        if text.is_empty() {
            continue;
        }
        values.push(Expr::Constant(ExprConstant {
            value: Constant::Str(text),
            kind: first.kind,
            range: first.range.to(end),
        }));
    }
    values
}

/// The expression text of a replacement field as CPython's tokenizer records it: comments
/// (outside string quotes) are replaced by the newline that ends them.
fn strip_comments(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut hash = false;
    let mut in_string = false;
    let mut quote = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        let ch = bytes[i];
        if ch == b'\\' {
            i += 2;
            continue;
        }
        if ch == b'"' || ch == b'\'' {
            if !in_string {
                in_string = true;
                quote = ch;
            } else if ch == quote {
                in_string = false;
            }
        } else if ch == b'#' && !in_string {
            hash = true;
            break;
        }
        i += 1;
    }
    if !hash {
        return text.to_string();
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut in_string = false;
    let mut quote = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        let ch = bytes[i];
        if ch == b'"' || ch == b'\'' {
            if !in_string {
                in_string = true;
                quote = ch;
            } else if ch == quote {
                in_string = false;
            }
            out.push(ch);
        } else if ch == b'#' && !in_string {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            if i < bytes.len() {
                out.push(b'\n');
            }
        } else {
            out.push(ch);
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `_strip_interpolation_expr`: drops trailing whitespace and `=`.
fn strip_interpolation_expr(text: &str) -> String {
    text.trim_end_matches(|c: char| c.is_whitespace() || c == '=')
        .to_string()
}

/// `repr()` of a conversion name, for the error message.
fn str_repr(s: &str) -> String {
    crate::ast::repr::str_repr(s)
}

impl Parser<'_> {
    /// `strings (memo): (fstring|string)+ | tstring+` as one Constant, JoinedStr or
    /// TemplateStr.
    pub(crate) fn strings(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::Strings, |p| {
            let start = p.mark;
            if p.call_invalid_rules {
                let _ = p.alt(|p| p.invalid_string_tstring_concat());
                if p.failed() {
                    return None;
                }
            }
            if p.fast_paths && p.peek_kind() == T::String {
                // One plain string, not followed by another piece: it is the result (no
                // concatenation, nothing to mix), without a vector of pieces.
                let first = p.string();
                if p.failed() {
                    return None;
                }
                let first = first?;
                if !matches!(p.peek_kind(), T::String | T::FStringStart) {
                    if p.failed() {
                        return None;
                    }
                    if matches!(first, Expr::Constant(_)) {
                        return Some(first);
                    }
                }
                if p.failed() {
                    return None;
                }
                let mut pieces = vec![first];
                loop {
                    let piece = match p.peek_kind() {
                        T::FStringStart => p.fstring(),
                        T::String => p.string(),
                        _ => None,
                    };
                    if p.failed() {
                        return None;
                    }
                    match piece {
                        Some(e) => pieces.push(e),
                        None => break,
                    }
                }
                let range = p.range_from(start);
                return p.concatenate_strings(pieces, range);
            }
            let mut pieces = Vec::new();
            loop {
                let piece = match p.peek_kind() {
                    T::FStringStart => p.fstring(),
                    T::String => p.string(),
                    _ => None,
                };
                if p.failed() {
                    return None;
                }
                match piece {
                    Some(e) => pieces.push(e),
                    None => break,
                }
            }
            if !pieces.is_empty() {
                let range = p.range_from(start);
                return p.concatenate_strings(pieces, range);
            }
            let mut pieces = Vec::new();
            while let Some(e) = p.tstring() {
                pieces.push(e);
            }
            if p.failed() || pieces.is_empty() {
                return None;
            }
            let range = p.range_from(start);
            Some(Expr::TemplateStr(ExprTemplateStr {
                values: build_concatenated_str(pieces),
                range,
            }))
        })
    }

    fn invalid_string_tstring_concat(&mut self) -> Option<()> {
        // a=(fstring|string)+ b=tstring
        self.alt(|p| {
            let mut last = None;
            loop {
                let piece = match p.peek_kind() {
                    T::FStringStart => p.fstring(),
                    T::String => p.string(),
                    _ => None,
                };
                if p.failed() {
                    return None;
                }
                match piece {
                    Some(e) => last = Some(e.range()),
                    None => break,
                }
            }
            let last = last?;
            let b = p.tstring()?;
            p.raise_range(
                last,
                b.range(),
                "cannot mix t-string literals with string or bytes literals",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=tstring+ b=(fstring|string)
        self.alt(|p| {
            let mut last = None;
            while let Some(e) = p.tstring() {
                last = Some(e.range());
            }
            if p.failed() {
                return None;
            }
            let last = last?;
            let b = match p.peek_kind() {
                T::FStringStart => p.fstring(),
                T::String => p.string(),
                _ => None,
            }?;
            p.raise_range(
                last,
                b.range(),
                "cannot mix t-string literals with string or bytes literals",
            );
            None::<()>
        });
        None
    }

    /// `_PyPegen_concatenate_strings`.
    fn concatenate_strings(&mut self, strings: Vec<Expr>, range: Range) -> Option<Expr> {
        let mut fstring = false;
        let mut unicode = false;
        let mut bytes = false;
        for e in &strings {
            match e {
                Expr::Constant(c) => {
                    if matches!(c.value, Constant::Bytes(_)) {
                        bytes = true;
                    } else {
                        unicode = true;
                    }
                }
                _ => fstring = true,
            }
        }
        if (unicode || fstring) && bytes {
            self.raise_error(
                ErrorType::SyntaxError,
                "cannot mix bytes and nonbytes literals",
            );
            return None;
        }
        if !fstring {
            if strings.len() == 1 {
                return strings.into_iter().next();
            }
            let kind = match strings.first() {
                Some(Expr::Constant(c)) => c.kind.clone(),
                _ => None,
            };
            let value = if bytes {
                let mut out = Vec::new();
                for e in &strings {
                    if let Expr::Constant(ExprConstant {
                        value: Constant::Bytes(b),
                        ..
                    }) = e
                    {
                        out.extend_from_slice(b);
                    }
                }
                Constant::Bytes(out)
            } else {
                let mut out = String::new();
                for e in &strings {
                    if let Expr::Constant(ExprConstant {
                        value: Constant::Str(s),
                        ..
                    }) = e
                    {
                        out.push_str(s);
                    }
                }
                Constant::Str(out)
            };
            return Some(Expr::Constant(ExprConstant { value, kind, range }));
        }
        Some(Expr::JoinedStr(ExprJoinedStr {
            values: build_concatenated_str(strings),
            range,
        }))
    }

    /// `string: STRING` (`_PyPegen_constant_from_string`).
    fn string(&mut self) -> Option<Expr> {
        let tok = self.expect(T::String)?;
        let text = self.text(tok);
        let u_kind = text.starts_with('u');
        match literal::decode_string_literal(text) {
            Ok(lit) => {
                if let Some(w) = lit.warning {
                    self.push_escape_warning(tok, &w);
                }
                let value = match lit.value {
                    LiteralValue::Str(s) => Constant::Str(s),
                    LiteralValue::Bytes(b) => Constant::Bytes(b),
                };
                Some(Expr::Constant(ExprConstant {
                    value,
                    kind: if u_kind { Some("u".to_string()) } else { None },
                    range: Self::token_range(tok),
                }))
            }
            Err(e) => {
                self.raise_literal_error(tok, e);
                None
            }
        }
    }

    fn raise_literal_error(&mut self, tok: Token, e: LiteralError) {
        match e {
            LiteralError::NonAsciiBytes => self.raise_at_token(tok, e.message()),
            LiteralError::Decode(msg) => self.raise_error(ErrorType::SyntaxError, msg),
        }
    }

    /// Records an invalid-escape SyntaxWarning for a literal token (first pass only).
    fn push_escape_warning(&mut self, tok: Token, w: &EscapeWarning) {
        if self.call_invalid_rules {
            return;
        }
        let lineno = tok.lineno + w.line_delta;
        let col = if w.line_delta == 0 {
            tok.col + w.col
        } else {
            w.col
        };
        let warning = SyntaxWarning {
            msg: w.msg.clone(),
            lineno,
            col: col.saturating_sub(1),
            end_lineno: lineno,
            end_col: col + 1,
        };
        // The same literal can be decoded twice (the memo keeps a result only when a rule
        // is tried again); CPython decodes it once and warns once.
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// Decodes an FSTRING_MIDDLE/TSTRING_MIDDLE text (`_PyPegen_decode_string`).
    fn decode_middle(&mut self, text: &str, raw: bool, warn_tok: Token) -> Option<String> {
        match literal::decode_fstring_middle(text, raw) {
            Ok((s, w)) => {
                if let Some(w) = w {
                    self.push_escape_warning(warn_tok, &w);
                }
                Some(s)
            }
            Err(e) => {
                self.raise_literal_error(warn_tok, e);
                None
            }
        }
    }

    /// Is the string starting with token `tok` raw (an `r` in its prefix)?
    fn prefix_is_raw(&self, tok: Token) -> bool {
        self.text(tok)
            .bytes()
            .take_while(|b| b.is_ascii_alphabetic())
            .any(|b| b == b'r' || b == b'R')
    }

    /// `fstring: FSTRING_START fstring_middle* FSTRING_END`.
    fn fstring(&mut self) -> Option<Expr> {
        self.alt(|p| {
            p.nested(|p| {
                let a = p.expect(T::FStringStart)?;
                let raw = p.prefix_is_raw(a);
                let items = p.ft_middles(false, raw)?;
                let b = p.expect(T::FStringEnd)?;
                let values = p.resized_exprs(items, raw, b)?;
                Some(Expr::JoinedStr(ExprJoinedStr {
                    values,
                    range: Self::token_range(a).to(Self::token_range(b)),
                }))
            })
        })
    }

    /// `tstring (memo): TSTRING_START tstring_middle* TSTRING_END`.
    fn tstring(&mut self) -> Option<Expr> {
        if !self.at(T::TStringStart) {
            return None;
        }
        self.memo_rule(Rule::TString, |p| {
            p.alt(|p| {
                let a = p.expect(T::TStringStart)?;
                let raw = p.prefix_is_raw(a);
                let items = p.ft_middles(true, raw)?;
                let b = p.expect(T::TStringEnd)?;
                let values = p.resized_exprs(items, raw, b)?;
                Some(Expr::TemplateStr(ExprTemplateStr {
                    values,
                    range: Self::token_range(a).to(Self::token_range(b)),
                }))
            })
        })
    }

    /// `fstring_middle*` / `tstring_middle*`: replacement fields and raw MIDDLE texts.
    fn ft_middles(&mut self, is_t: bool, raw: bool) -> Option<Vec<Expr>> {
        let middle = if is_t {
            T::TStringMiddle
        } else {
            T::FStringMiddle
        };
        let mut items = Vec::new();
        loop {
            if let Some(e) = self.replacement_field(is_t, false, raw) {
                items.push(e);
                continue;
            }
            if self.failed() {
                return None;
            }
            if let Some(t) = self.expect(middle) {
                let text = self.text(t).to_string();
                let range = Self::token_range(t);
                items.push(Expr::Constant(ExprConstant {
                    value: Constant::Str(text),
                    kind: None,
                    range,
                }));
                continue;
            }
            break;
        }
        if self.failed() {
            return None;
        }
        Some(items)
    }

    /// `_get_resized_exprs`: flattens debug pairs, decodes the MIDDLE texts and drops empty
    /// ones. `b` is the END token (CPython reports escape warnings relative to it).
    fn resized_exprs(&mut self, items: Vec<Expr>, raw: bool, b: Token) -> Option<Vec<Expr>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Expr::JoinedStr(j) => out.extend(j.values),
                Expr::Constant(c) => {
                    let Constant::Str(text) = c.value else {
                        out.push(Expr::Constant(c));
                        continue;
                    };
                    let text = if text == "{{" || text == "}}" {
                        text[..1].to_string()
                    } else {
                        text
                    };
                    let decoded = self.decode_middle(&text, raw, b)?;
                    if decoded.is_empty() {
                        continue;
                    }
                    out.push(Expr::Constant(ExprConstant {
                        value: Constant::Str(decoded),
                        kind: None,
                        range: c.range,
                    }));
                }
                other => out.push(other),
            }
        }
        Some(out)
    }

    /// The expression text of the field opened by `lbrace`, up to `end` (exclusive).
    fn field_text(&self, lbrace: Token, end: usize) -> String {
        let text = self.source.get(lbrace.end as usize..end).unwrap_or("");
        strip_comments(text)
    }

    /// `fstring_replacement_field`, `tstring_replacement_field` (`is_t`, `!in_spec`) and
    /// `tstring_format_spec_replacement_field` (`is_t`, `in_spec`: a FormattedValue).
    fn replacement_field(&mut self, is_t: bool, in_spec: bool, raw: bool) -> Option<Expr> {
        if !self.at(T::LBrace) {
            return None;
        }
        if let Some(e) = self.alt(|p| {
            p.nested(|p| {
                let start = p.mark;
                let lbrace = p.expect(T::LBrace)?;
                let a = p.annotated_rhs()?;
                let debug = p.expect(T::Equal);
                let conversion = p.fstring_conversion(is_t);
                if p.failed() {
                    return None;
                }
                let format = p.full_format_spec(is_t, raw);
                if p.failed() {
                    return None;
                }
                let rbrace = p.expect(T::RBrace)?;
                let range = p.range_from(start);
                Some(p.build_field(
                    is_t && !in_spec,
                    a,
                    debug.is_some(),
                    conversion,
                    format,
                    lbrace,
                    rbrace,
                    range,
                ))
            })
        }) {
            return Some(e);
        }
        if self.call_invalid_rules && !self.failed() {
            let _ = self.alt(|p| p.invalid_replacement_field(is_t, raw));
        }
        None
    }

    /// `_PyPegen_formatted_value` / `_PyPegen_interpolation`.
    #[allow(clippy::too_many_arguments)]
    fn build_field(
        &mut self,
        interpolation: bool,
        value: Expr,
        debug: bool,
        conversion: Option<Conversion>,
        format: Option<FormatSpec>,
        lbrace: Token,
        rbrace: Token,
        range: Range,
    ) -> Expr {
        let conversion_val = match &conversion {
            Some(c) => c.ch as i32,
            None if debug && format.is_none() => 'r' as i32,
            None => -1,
        };
        // Where the debug text ends, and the token whose metadata is the expression text.
        let (debug_end_line, debug_end_col, text_end) = if let Some(c) = &conversion {
            (c.name_range.lineno, c.name_range.col_offset, c.bang)
        } else if let Some(f) = &format {
            let r = f.expr.range();
            (r.lineno, r.col_offset + 1, f.colon)
        } else {
            (range.end_lineno, range.end_col_offset, rbrace)
        };
        let needs_text = debug || interpolation;
        let mut end = text_end.start as usize;
        if conversion.is_none() && format.is_some() {
            // CPython's tokenizer ends the text at the first `!` of the field's top level,
            // and a `:` does not move that end: the `!` of a `!=` counts.
            end = self
                .first_top_level_not_equal(lbrace, text_end)
                .unwrap_or(end);
        }
        let text = if needs_text {
            self.field_text(lbrace, end)
        } else {
            String::new()
        };
        let format_spec = format.map(|f| Box::new(f.expr));
        let node = if interpolation {
            Expr::Interpolation(ExprInterpolation {
                value: Box::new(value),
                str: Constant::Str(strip_interpolation_expr(&text)),
                conversion: conversion_val,
                format_spec,
                range,
            })
        } else {
            Expr::FormattedValue(ExprFormattedValue {
                value: Box::new(value),
                conversion: conversion_val,
                format_spec,
                range,
            })
        };
        if !debug {
            return node;
        }
        let debug_text = Expr::Constant(ExprConstant {
            value: Constant::Str(text),
            kind: None,
            range: Range {
                lineno: range.lineno,
                col_offset: range.col_offset + 1,
                end_lineno: debug_end_line,
                end_col_offset: debug_end_col.saturating_sub(1),
            },
        });
        Expr::JoinedStr(ExprJoinedStr {
            values: vec![debug_text, node],
            range: Range {
                lineno: range.lineno,
                col_offset: range.col_offset,
                end_lineno: debug_end_line,
                end_col_offset: debug_end_col,
            },
        })
    }

    /// The byte offset of the first `!=` between `lbrace` and `end` outside brackets.
    fn first_top_level_not_equal(&self, lbrace: Token, end: Token) -> Option<usize> {
        let mut depth = 0i32;
        let first = self.tokens.partition_point(|t| t.start <= lbrace.start);
        let tokens = self.tokens.get(first..).unwrap_or(&[]);
        for t in tokens.iter().take_while(|t| t.start < end.start) {
            match t.kind {
                T::LPar | T::LSqb | T::LBrace => depth += 1,
                T::RPar | T::RSqb | T::RBrace => depth -= 1,
                T::NotEqual if depth == 0 => return Some(t.start as usize),
                _ => {}
            }
        }
        None
    }

    /// `fstring_conversion: "!" NAME` (`_PyPegen_check_fstring_conversion`).
    fn fstring_conversion(&mut self, is_t: bool) -> Option<Conversion> {
        if !self.at(T::Exclamation) {
            return None;
        }
        let result = self.alt(|p| {
            let bang = p.expect(T::Exclamation)?;
            let (name, tok) = p.name_identifier()?;
            Some((bang, name, tok))
        })?;
        let (bang, name, tok) = result;
        let prefix = if is_t { 't' } else { 'f' };
        if bang.lineno != tok.lineno || bang.end_col != tok.col {
            self.raise_range(
                Self::token_range(bang),
                Self::token_range(tok),
                format!(
                    "{prefix}-string: conversion type must come right after the exclamation mark"
                ),
            );
            return None;
        }
        let mut chars = name.chars();
        let first = chars.next();
        if chars.next().is_some() || !matches!(first, Some('s' | 'r' | 'a')) {
            self.raise_at_token(
                tok,
                format!(
                    "{prefix}-string: invalid conversion character {}: expected 's', 'r', or 'a'",
                    str_repr(&name)
                ),
            );
            return None;
        }
        Some(Conversion {
            ch: first.unwrap_or('r'),
            name_range: Self::token_range(tok),
            bang,
        })
    }

    /// `fstring_full_format_spec` / `tstring_full_format_spec`: `':' format_spec*`
    /// (`_PyPegen_setup_full_format_spec`).
    fn full_format_spec(&mut self, is_t: bool, raw: bool) -> Option<FormatSpec> {
        if !self.at(T::Colon) {
            return None;
        }
        self.alt(|p| {
            let start = p.mark;
            let colon = p.expect(T::Colon)?;
            let spec = p.format_spec_items(is_t, raw)?;
            let range = p.range_from(start);
            let spec: Vec<Expr> = spec
                .into_iter()
                .filter(|e| !is_empty_str_constant(e))
                .collect();
            let expr = if spec.is_empty()
                || (spec.len() == 1 && matches!(spec.first(), Some(Expr::Constant(_))))
            {
                Expr::JoinedStr(ExprJoinedStr {
                    values: spec,
                    range,
                })
            } else {
                p.concatenate_strings(spec, range)?
            };
            Some(FormatSpec { expr, colon })
        })
    }

    /// `fstring_format_spec*` / `tstring_format_spec*`.
    fn format_spec_items(&mut self, is_t: bool, raw: bool) -> Option<Vec<Expr>> {
        let middle = if is_t {
            T::TStringMiddle
        } else {
            T::FStringMiddle
        };
        let mut items = Vec::new();
        loop {
            if let Some(t) = self.expect(middle) {
                let text = self.text(t).to_string();
                let decoded = self.decode_middle(&text, raw, t)?;
                items.push(Expr::Constant(ExprConstant {
                    value: Constant::Str(decoded),
                    kind: None,
                    range: Self::token_range(t),
                }));
                continue;
            }
            if self.failed() {
                return None;
            }
            if let Some(e) = self.replacement_field(is_t, true, raw) {
                items.push(e);
                continue;
            }
            break;
        }
        if self.failed() {
            return None;
        }
        Some(items)
    }

    /// `invalid_fstring_replacement_field` / `invalid_tstring_replacement_field`.
    fn invalid_replacement_field(&mut self, is_t: bool, raw: bool) -> Option<()> {
        let prefix = if is_t { 't' } else { 'f' };
        self.expect(T::LBrace)?;
        let after_brace = self.mark;
        // '{' a=('=' | '!' | ':' | '}')
        let tok = self.peek();
        let which = match tok.kind {
            T::Equal => Some('='),
            T::Exclamation => Some('!'),
            T::Colon => Some(':'),
            T::RBrace => Some('}'),
            _ => None,
        };
        if self.failed() {
            return None;
        }
        if let Some(c) = which {
            self.raise_at_token(
                tok,
                format!("{prefix}-string: valid expression required before '{c}'"),
            );
            return None;
        }
        // '{' !annotated_rhs
        if !self.lookahead(true, |p| p.annotated_rhs()) {
            if self.failed() {
                return None;
            }
            self.raise_on_next_token(format!(
                "{prefix}-string: expecting a valid expression after '{{'"
            ));
            return None;
        }
        // '{' annotated_rhs !('=' | '!' | ':' | '}')
        self.mark = after_brace;
        self.annotated_rhs()?;
        let after_rhs = self.mark;
        if !matches!(
            self.peek_kind(),
            T::Equal | T::Exclamation | T::Colon | T::RBrace
        ) {
            if self.failed() {
                return None;
            }
            self.raise_on_next_token(format!(
                "{prefix}-string: expecting '=', or '!', or ':', or '}}'"
            ));
            return None;
        }
        // '{' annotated_rhs '=' !('!' | ':' | '}')
        if self.at(T::Equal) {
            self.mark += 1;
            if !matches!(self.peek_kind(), T::Exclamation | T::Colon | T::RBrace) {
                if self.failed() {
                    return None;
                }
                self.raise_on_next_token(format!(
                    "{prefix}-string: expecting '!', or ':', or '}}'"
                ));
                return None;
            }
            self.mark = after_rhs;
        }
        // '{' annotated_rhs '='? invalid_conversion_character
        self.expect(T::Equal);
        let after_eq = self.mark;
        if self.at(T::Exclamation) {
            self.mark += 1;
            if matches!(self.peek_kind(), T::Colon | T::RBrace) {
                self.raise_on_next_token(format!("{prefix}-string: missing conversion character"));
                return None;
            }
            if !self.at(T::Name) {
                if self.failed() {
                    return None;
                }
                self.raise_on_next_token(format!("{prefix}-string: invalid conversion character"));
                return None;
            }
            self.mark = after_eq;
        }
        // '{' annotated_rhs '='? ['!' NAME] !(':' | '}')
        let _ = self.alt(|p| {
            p.expect(T::Exclamation)?;
            p.expect(T::Name)
        });
        if !matches!(self.peek_kind(), T::Colon | T::RBrace) {
            if self.failed() {
                return None;
            }
            self.raise_on_next_token(format!("{prefix}-string: expecting ':' or '}}'"));
            return None;
        }
        // '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}'
        if self.at(T::Colon) {
            let after_conv = self.mark;
            self.mark += 1;
            // The grammar uses fstring_format_spec here for both kinds of strings.
            let _ = self.format_spec_items_for_invalid(raw);
            if self.failed() {
                return None;
            }
            if !self.at(T::RBrace) {
                if self.failed() {
                    return None;
                }
                self.raise_on_next_token(format!(
                    "{prefix}-string: expecting '}}', or format specs"
                ));
                return None;
            }
            self.mark = after_conv;
        }
        // '{' annotated_rhs '='? ['!' NAME] !'}'
        if !self.at(T::RBrace) {
            if self.failed() {
                return None;
            }
            self.raise_on_next_token(format!("{prefix}-string: expecting '}}'"));
        }
        None
    }

    /// `fstring_format_spec*` as the t-string invalid rule uses it (FSTRING_MIDDLE only).
    fn format_spec_items_for_invalid(&mut self, raw: bool) -> Option<Vec<Expr>> {
        self.format_spec_items(false, raw)
    }
}

#[cfg(test)]
mod tests {
    /// Expectations from the CPython 3.14 oracle.
    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("f\"{a!r:>{b}} {c=} {d = !s} {e=:x}\"\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12), Constant(value=' c=', lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=114, lineno=1, col_offset=13, end_lineno=1, end_col_offset=17), Constant(value=' d = ', lineno=1, col_offset=17, end_lineno=1, end_col_offset=23), FormattedValue(value=Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=115, lineno=1, col_offset=18, end_lineno=1, end_col_offset=26), Constant(value=' e=', lineno=1, col_offset=26, end_lineno=1, end_col_offset=30), FormattedValue(value=Name(id='e', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), conversion=-1, format_spec=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32)], lineno=1, col_offset=30, end_lineno=1, end_col_offset=32), lineno=1, col_offset=27, end_lineno=1, end_col_offset=33)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)])"),
        ("f\"{a:{b}{c}d}\" f'' \"x\" f\"y{z}\"\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11), Constant(value='d', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=2, end_lineno=1, end_col_offset=13), Constant(value='xy', lineno=1, col_offset=19, end_lineno=1, end_col_offset=26), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), conversion=-1, lineno=1, col_offset=26, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)])"),
        ("t\"{a} {b!r:>10} {c=}\"\n", "Module(body=[Expr(value=TemplateStr(values=[Interpolation(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), str='a', conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value=' ', lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Interpolation(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), str='b', conversion=114, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=11, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), lineno=1, col_offset=6, end_lineno=1, end_col_offset=15), Constant(value=' c=', lineno=1, col_offset=15, end_lineno=1, end_col_offset=19), Interpolation(value=Name(id='c', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), str='c', conversion=114, lineno=1, col_offset=16, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)])"),
        ("u\"a\" \"b\"\n", "Module(body=[Expr(value=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        ("f\"{x!r}}}{{\"\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), Constant(value='}{', lineno=1, col_offset=7, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        ("f\"\"\"{\n    x # comment\n    =}\"\"\"\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n    x \\n    =', lineno=1, col_offset=5, end_lineno=3, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=114, lineno=1, col_offset=4, end_lineno=3, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=9), lineno=1, col_offset=0, end_lineno=3, end_col_offset=9)])"),
        ("t\"\"\"{x # c\n}\"\"\"\n", "Module(body=[Expr(value=TemplateStr(values=[Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), str='x', conversion=-1, lineno=1, col_offset=4, end_lineno=2, end_col_offset=1)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)])"),
        ("rf\"\\n{x}\\{{\"\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), Constant(value='\\\\{', lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        ("\"\\N{DASH}\" f\"{{\\N{DASH}}}\"\n", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name (1:1-1:11)"),
        ("f\"{x!z}\"\n", "SyntaxError: f-string: invalid conversion character 'z': expected 's', 'r', or 'a' (1:6-1:7)"),
        ("f\"{x! r}\"\n", "SyntaxError: f-string: conversion type must come right after the exclamation mark (1:5-1:8)"),
        ("f\"{}\"\n", "SyntaxError: f-string: valid expression required before '}' (1:4-1:5)"),
        ("f\"{x y}\"\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:4-1:7)"),
        ("f\"{x=y}\"\n", "SyntaxError: f-string: expecting '!', or ':', or '}' (1:6-1:7)"),
        ("f\"{!r}\"\n", "SyntaxError: f-string: valid expression required before '!' (1:4-1:5)"),
        ("f\"{x!}\"\n", "SyntaxError: f-string: missing conversion character (1:6-1:7)"),
        ("t\"{x!}\"\n", "SyntaxError: t-string: missing conversion character (1:6-1:7)"),
        ("f\"{lambda x:1}\"\n", "SyntaxError: f-string: lambda expressions are not allowed without parentheses (1:4-1:13)"),
        ("\"a\" t\"b\"\n", "SyntaxError: cannot mix t-string literals with string or bytes literals (1:1-1:9)"),
        ("t\"a\" \"b\"\n", "SyntaxError: cannot mix t-string literals with string or bytes literals (1:1-1:9)"),
        ("(b\"a\" \"b\")\n", "SyntaxError: cannot mix bytes and nonbytes literals (1:10-1:11)"),
    ];

    #[test]
    fn strings_match_cpython() {
        super::super::expressions::test_support::check_cases(CASES);
    }
}
