//! `match` statement patterns: `patterns` down to `closed_pattern` (literals, captures,
//! wildcards, values, groups, sequences, mappings, classes, `|` and `as`), with their
//! `invalid_*` rules.

use super::Parser;
use super::Rule;
use super::statements::b_name_expr;
use super::targets::expr_name;
use crate::ast::*;
use crate::token::TokenKind as T;

impl Parser<'_> {
    /// `patterns` (the subject side of a `case`).
    pub(crate) fn patterns(&mut self) -> Option<Pattern> {
        let start = self.mark;
        if let Some(patterns) = self.alt(|p| p.open_sequence_pattern()) {
            return Some(Pattern::MatchSequence(PatternMatchSequence {
                patterns,
                range: self.range_from(start),
            }));
        }
        self.alt(|p| p.pattern())
    }

    /// `pattern: as_pattern | or_pattern`, parsed as `or_pattern ['as' target]` (same
    /// results; `invalid_as_pattern` sits between the two in the second pass).
    fn pattern(&mut self) -> Option<Pattern> {
        self.nested(|p| {
            let start = p.mark;
            if let Some(pat) = p.alt(|p| {
                let pattern = p.or_pattern()?;
                p.expect(T::As)?;
                let name = p.pattern_capture_target()?;
                Some(Pattern::MatchAs(PatternMatchAs {
                    pattern: Some(Box::new(pattern)),
                    name: Some(name),
                    range: p.range_from(start),
                }))
            }) {
                return Some(pat);
            }
            if p.call_invalid_rules && !p.failed() {
                p.invalid_as_pattern();
                if p.failed() {
                    return None;
                }
            }
            p.alt(|p| p.or_pattern())
        })
    }

    fn invalid_as_pattern(&mut self) {
        // or_pattern 'as' a="_"
        self.alt(|p| {
            p.or_pattern()?;
            p.expect(T::As)?;
            let a = p.expect_soft_keyword("_")?;
            p.raise_at_token(a, "cannot use '_' as a target");
            None::<()>
        });
        // or_pattern 'as' a=expression
        self.alt(|p| {
            p.or_pattern()?;
            p.expect(T::As)?;
            let a = p.expression()?;
            p.raise_node(a.range(), format!("cannot use {} as pattern target", expr_name(&a)));
            None::<()>
        });
    }

    /// `or_pattern: '|'.closed_pattern+`.
    fn or_pattern(&mut self) -> Option<Pattern> {
        let start = self.mark;
        let mut patterns = self.b_gather(T::VBar, |p| p.closed_pattern())?;
        if patterns.len() == 1 {
            return patterns.pop();
        }
        Some(Pattern::MatchOr(PatternMatchOr {
            patterns,
            range: self.range_from(start),
        }))
    }

    /// `closed_pattern (memo)`.
    fn closed_pattern(&mut self) -> Option<Pattern> {
        self.memo(Rule::ClosedPattern, |p| p.closed_pattern_body())
    }

    fn closed_pattern_body(&mut self) -> Option<Pattern> {
        if let Some(pat) = self.alt(|p| p.literal_pattern()) {
            return Some(pat);
        }
        let start = self.mark;
        // capture_pattern
        if let Some(name) = self.alt(|p| p.pattern_capture_target()) {
            return Some(Pattern::MatchAs(PatternMatchAs {
                pattern: None,
                name: Some(name),
                range: self.range_from(start),
            }));
        }
        // wildcard_pattern
        if let Some(token) = self.expect_soft_keyword("_") {
            return Some(Pattern::MatchAs(PatternMatchAs {
                pattern: None,
                name: None,
                range: Self::token_range(token),
            }));
        }
        // value_pattern: attr !('.' | '(' | '=')
        if let Some(attr) = self.alt(|p| {
            let attr = p.attr()?;
            if matches!(p.peek_kind(), T::Dot | T::LPar | T::Equal) {
                return None;
            }
            Some(attr)
        }) {
            return Some(Pattern::MatchValue(PatternMatchValue {
                value: Box::new(attr),
                range: self.range_from(start),
            }));
        }
        // group_pattern: '(' pattern ')'
        if let Some(pat) = self.alt(|p| {
            p.expect(T::LPar)?;
            let pat = p.pattern()?;
            p.expect(T::RPar)?;
            Some(pat)
        }) {
            return Some(pat);
        }
        // sequence_pattern
        if let Some(patterns) = self.alt(|p| {
            p.expect(T::LSqb)?;
            let patterns = p.alt(|p| p.maybe_sequence_pattern()).unwrap_or_default();
            p.expect(T::RSqb)?;
            Some(patterns)
        }) {
            return Some(Pattern::MatchSequence(PatternMatchSequence {
                patterns,
                range: self.range_from(start),
            }));
        }
        if let Some(patterns) = self.alt(|p| {
            p.expect(T::LPar)?;
            let patterns = p.alt(|p| p.open_sequence_pattern()).unwrap_or_default();
            p.expect(T::RPar)?;
            Some(patterns)
        }) {
            return Some(Pattern::MatchSequence(PatternMatchSequence {
                patterns,
                range: self.range_from(start),
            }));
        }
        if let Some(pat) = self.alt(|p| p.mapping_pattern()) {
            return Some(pat);
        }
        self.alt(|p| p.class_pattern())
    }

    /// `literal_pattern`.
    fn literal_pattern(&mut self) -> Option<Pattern> {
        let start = self.mark;
        let value = |p: &mut Self, value: Expr| {
            Pattern::MatchValue(PatternMatchValue {
                value: Box::new(value),
                range: p.range_from(start),
            })
        };
        if let Some(e) = self.alt(|p| p.b_signed_number_alone()) {
            return Some(value(self, e));
        }
        if let Some(e) = self.alt(|p| p.complex_number()) {
            return Some(value(self, e));
        }
        if let Some(e) = self.alt(|p| p.strings()) {
            return Some(value(self, e));
        }
        let singleton = match self.peek_kind() {
            T::None => Constant::None,
            T::True => Constant::True,
            T::False => Constant::False,
            _ => return None,
        };
        let token = self.peek();
        if self.failed() {
            return None;
        }
        self.mark += 1;
        Some(Pattern::MatchSingleton(PatternMatchSingleton {
            value: singleton,
            range: Self::token_range(token),
        }))
    }

    /// `literal_expr` (mapping pattern keys).
    fn literal_expr(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| p.b_signed_number_alone()) {
            return Some(e);
        }
        if let Some(e) = self.alt(|p| p.complex_number()) {
            return Some(e);
        }
        if matches!(self.peek_kind(), T::String | T::FStringStart | T::TStringStart)
            && let Some(e) = self.alt(|p| p.strings())
        {
            return Some(e);
        }
        let value = match self.peek_kind() {
            T::None => Constant::None,
            T::True => Constant::True,
            T::False => Constant::False,
            _ => return None,
        };
        let token = self.peek();
        if self.failed() {
            return None;
        }
        self.mark += 1;
        Some(Expr::Constant(ExprConstant {
            value,
            kind: None,
            range: Self::token_range(token),
        }))
    }

    /// `signed_number !('+' | '-')`.
    fn b_signed_number_alone(&mut self) -> Option<Expr> {
        let e = self.signed_number()?;
        if matches!(self.peek_kind(), T::Plus | T::Minus) {
            return None;
        }
        Some(e)
    }

    /// `complex_number: signed_real_number ('+' | '-') imaginary_number`.
    fn complex_number(&mut self) -> Option<Expr> {
        let start = self.mark;
        let real = self.signed_real_number()?;
        let op = match self.peek_kind() {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return None,
        };
        if self.failed() {
            return None;
        }
        self.mark += 1;
        let imag = self.imaginary_number()?;
        Some(Expr::BinOp(ExprBinOp {
            left: Box::new(real),
            op,
            right: Box::new(imag),
            range: self.range_from(start),
        }))
    }

    /// `signed_number: NUMBER | '-' NUMBER`.
    fn signed_number(&mut self) -> Option<Expr> {
        let start = self.mark;
        if self.expect(T::Minus).is_some() {
            let number = self.b_number()?;
            return Some(Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number),
                range: self.range_from(start),
            }));
        }
        self.b_number()
    }

    /// `signed_real_number: real_number | '-' real_number`.
    fn signed_real_number(&mut self) -> Option<Expr> {
        let start = self.mark;
        if self.expect(T::Minus).is_some() {
            let number = self.real_number()?;
            return Some(Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number),
                range: self.range_from(start),
            }));
        }
        self.real_number()
    }

    /// `real_number: NUMBER` (must not be imaginary).
    fn real_number(&mut self) -> Option<Expr> {
        let e = self.b_number()?;
        if let Expr::Constant(ExprConstant {
            value: Constant::Complex { .. },
            range,
            ..
        }) = &e
        {
            self.raise_node(*range, "real number required in complex literal");
            return None;
        }
        Some(e)
    }

    /// `imaginary_number: NUMBER` (must be imaginary).
    fn imaginary_number(&mut self) -> Option<Expr> {
        let e = self.b_number()?;
        if !matches!(
            &e,
            Expr::Constant(ExprConstant {
                value: Constant::Complex { .. },
                ..
            })
        ) {
            self.raise_node(e.range(), "imaginary number required in complex literal");
            return None;
        }
        Some(e)
    }

    /// A NUMBER token as a Constant.
    fn b_number(&mut self) -> Option<Expr> {
        self.number()
    }

    /// `pattern_capture_target: !"_" NAME !('.' | '(' | '=')` (its identifier).
    fn pattern_capture_target(&mut self) -> Option<String> {
        let token = self.peek();
        if self.failed() || token.kind != T::Name || self.text(token) == "_" {
            return None;
        }
        let (_, id) = self.b_name()?;
        if matches!(self.peek_kind(), T::Dot | T::LPar | T::Equal) {
            return None;
        }
        Some(id)
    }

    /// `attr: name_or_attr '.' NAME` (at least one dot).
    fn attr(&mut self) -> Option<Expr> {
        let e = self.name_or_attr()?;
        if matches!(e, Expr::Attribute(_)) { Some(e) } else { None }
    }

    /// `name_or_attr: attr | NAME`, i.e. `NAME ('.' NAME)*` as nested Attributes.
    fn name_or_attr(&mut self) -> Option<Expr> {
        let start = self.mark;
        let (token, id) = self.b_name()?;
        let mut e = b_name_expr(token, id, ExprContext::Load);
        while let Some(attr) = self.alt(|p| {
            p.expect(T::Dot)?;
            p.b_name().map(|(_, id)| id)
        }) {
            e = Expr::Attribute(ExprAttribute {
                value: Box::new(e),
                attr,
                ctx: ExprContext::Load,
                range: self.range_from(start),
            });
        }
        Some(e)
    }

    /// `open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?`.
    fn open_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        let first = self.maybe_star_pattern()?;
        self.expect(T::Comma)?;
        let mut patterns = vec![first];
        if let Some(rest) = self.alt(|p| p.maybe_sequence_pattern()) {
            patterns.extend(rest);
        }
        Some(patterns)
    }

    /// `maybe_sequence_pattern: ','.maybe_star_pattern+ ','?`.
    fn maybe_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        let patterns = self.b_gather(T::Comma, |p| p.maybe_star_pattern())?;
        self.expect(T::Comma);
        Some(patterns)
    }

    /// `maybe_star_pattern: star_pattern | pattern`.
    fn maybe_star_pattern(&mut self) -> Option<Pattern> {
        if let Some(pat) = self.alt(|p| p.star_pattern()) {
            return Some(pat);
        }
        self.alt(|p| p.pattern())
    }

    /// `star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern`.
    fn star_pattern(&mut self) -> Option<Pattern> {
        self.memo(Rule::StarPattern, |p| {
            let start = p.mark;
            p.expect(T::Star)?;
            if let Some(name) = p.alt(|p| p.pattern_capture_target()) {
                return Some(Pattern::MatchStar(PatternMatchStar {
                    name: Some(name),
                    range: p.range_from(start),
                }));
            }
            p.expect_soft_keyword("_")?;
            Some(Pattern::MatchStar(PatternMatchStar {
                name: None,
                range: p.range_from(start),
            }))
        })
    }

    /// `mapping_pattern`.
    fn mapping_pattern(&mut self) -> Option<Pattern> {
        let start = self.mark;
        let make = |p: &mut Self, items: Vec<(Expr, Pattern)>, rest: Option<String>| {
            let (keys, patterns) = items.into_iter().unzip();
            Pattern::MatchMapping(PatternMatchMapping {
                keys,
                patterns,
                rest,
                range: p.range_from(start),
            })
        };
        // '{' '}'
        if self
            .alt(|p| {
                p.expect(T::LBrace)?;
                p.expect(T::RBrace)
            })
            .is_some()
        {
            return Some(make(self, Vec::new(), None));
        }
        // '{' double_star_pattern ','? '}'
        if let Some(rest) = self.alt(|p| {
            p.expect(T::LBrace)?;
            let rest = p.double_star_pattern()?;
            p.expect(T::Comma);
            p.expect(T::RBrace)?;
            Some(rest)
        }) {
            return Some(make(self, Vec::new(), Some(rest)));
        }
        // '{' items_pattern ',' double_star_pattern ','? '}'
        if let Some((items, rest)) = self.alt(|p| {
            p.expect(T::LBrace)?;
            let items = p.items_pattern()?;
            p.expect(T::Comma)?;
            let rest = p.double_star_pattern()?;
            p.expect(T::Comma);
            p.expect(T::RBrace)?;
            Some((items, rest))
        }) {
            return Some(make(self, items, Some(rest)));
        }
        // '{' items_pattern ','? '}'
        let items = self.alt(|p| {
            p.expect(T::LBrace)?;
            let items = p.items_pattern()?;
            p.expect(T::Comma);
            p.expect(T::RBrace)?;
            Some(items)
        })?;
        Some(make(self, items, None))
    }

    /// `items_pattern: ','.key_value_pattern+`.
    fn items_pattern(&mut self) -> Option<Vec<(Expr, Pattern)>> {
        self.b_gather(T::Comma, |p| p.key_value_pattern())
    }

    /// `key_value_pattern: (literal_expr | attr) ':' pattern`.
    fn key_value_pattern(&mut self) -> Option<(Expr, Pattern)> {
        let key = match self.alt(|p| p.literal_expr()) {
            Some(k) => k,
            None => self.alt(|p| p.attr())?,
        };
        self.expect(T::Colon)?;
        let pattern = self.pattern()?;
        Some((key, pattern))
    }

    /// `double_star_pattern: '**' pattern_capture_target`.
    fn double_star_pattern(&mut self) -> Option<String> {
        self.expect(T::DoubleStar)?;
        self.pattern_capture_target()
    }

    /// `class_pattern`.
    fn class_pattern(&mut self) -> Option<Pattern> {
        let start = self.mark;
        let make = |p: &mut Self, cls: Expr, patterns: Vec<Pattern>, keywords: Vec<(String, Pattern)>| {
            let (kwd_attrs, kwd_patterns) = keywords.into_iter().unzip();
            Pattern::MatchClass(PatternMatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
                range: p.range_from(start),
            })
        };
        // name_or_attr '(' ')'
        if let Some(cls) = self.alt(|p| {
            let cls = p.name_or_attr()?;
            p.expect(T::LPar)?;
            p.expect(T::RPar)?;
            Some(cls)
        }) {
            return Some(make(self, cls, Vec::new(), Vec::new()));
        }
        // name_or_attr '(' positional_patterns ','? ')'
        if let Some((cls, patterns)) = self.alt(|p| {
            let cls = p.name_or_attr()?;
            p.expect(T::LPar)?;
            let patterns = p.positional_patterns()?;
            p.expect(T::Comma);
            p.expect(T::RPar)?;
            Some((cls, patterns))
        }) {
            return Some(make(self, cls, patterns, Vec::new()));
        }
        // name_or_attr '(' keyword_patterns ','? ')'
        if let Some((cls, keywords)) = self.alt(|p| {
            let cls = p.name_or_attr()?;
            p.expect(T::LPar)?;
            let keywords = p.keyword_patterns()?;
            p.expect(T::Comma);
            p.expect(T::RPar)?;
            Some((cls, keywords))
        }) {
            return Some(make(self, cls, Vec::new(), keywords));
        }
        // name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
        if let Some((cls, patterns, keywords)) = self.alt(|p| {
            let cls = p.name_or_attr()?;
            p.expect(T::LPar)?;
            let patterns = p.positional_patterns()?;
            p.expect(T::Comma)?;
            let keywords = p.keyword_patterns()?;
            p.expect(T::Comma);
            p.expect(T::RPar)?;
            Some((cls, patterns, keywords))
        }) {
            return Some(make(self, cls, patterns, keywords));
        }
        // invalid_class_pattern:
        //   name_or_attr '(' a=([positional_patterns ','] keyword_patterns ',' positional_patterns)
        if self.call_invalid_rules && !self.failed() {
            self.alt(|p| {
                p.name_or_attr()?;
                p.expect(T::LPar)?;
                p.alt(|p| {
                    p.positional_patterns()?;
                    p.expect(T::Comma)
                });
                p.keyword_patterns()?;
                p.expect(T::Comma)?;
                let a = p.positional_patterns()?;
                if let (Some(first), Some(last)) = (a.first(), a.last()) {
                    let (first, last) = (pattern_range(first), pattern_range(last));
                    p.raise_range(first, last, "positional patterns follow keyword patterns");
                }
                None::<()>
            });
        }
        None
    }

    /// `positional_patterns: ','.pattern+`.
    fn positional_patterns(&mut self) -> Option<Vec<Pattern>> {
        self.b_gather(T::Comma, |p| p.pattern())
    }

    /// `keyword_patterns: ','.keyword_pattern+`.
    fn keyword_patterns(&mut self) -> Option<Vec<(String, Pattern)>> {
        self.b_gather(T::Comma, |p| {
            let (_, name) = p.b_name()?;
            p.expect(T::Equal)?;
            let pattern = p.pattern()?;
            Some((name, pattern))
        })
    }
}

fn pattern_range(p: &Pattern) -> Range {
    match p {
        Pattern::MatchValue(n) => n.range,
        Pattern::MatchSingleton(n) => n.range,
        Pattern::MatchSequence(n) => n.range,
        Pattern::MatchMapping(n) => n.range,
        Pattern::MatchClass(n) => n.range,
        Pattern::MatchStar(n) => n.range,
        Pattern::MatchAs(n) => n.range,
        Pattern::MatchOr(n) => n.range,
    }
}
