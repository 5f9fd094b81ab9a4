//! Expression rules: from `expressions` down to `atom`, comprehensions, calls and their
//! arguments, slices, lambda, and the `invalid_*` rules of these sections.
//!
//! Left-recursive rules of the grammar (`primary`, `bitwise_or`, `sum`, `term`, ...) are
//! written as loops that build the same left-leaning trees with the same positions.

use super::targets::expr_name;
use super::{End, Parser, Rule};
use crate::ast::{
    Arguments, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprAttribute, ExprAwait, ExprBinOp,
    ExprBoolOp, ExprCall, ExprCompare, ExprConstant, ExprContext, ExprDict, ExprDictComp,
    ExprGeneratorExp, ExprIfExp, ExprLambda, ExprList, ExprListComp, ExprName, ExprNamedExpr,
    ExprSet, ExprSetComp, ExprSlice, ExprStarred, ExprSubscript, ExprTuple, ExprUnaryOp, ExprYield,
    ExprYieldFrom, Keyword, Operator, Range, UnaryOp,
};
use crate::error::ErrorType;
use crate::literal::Number;
use crate::token::{Token, TokenKind as T};

/// An element of `kwargs`: a keyword argument or a `*` argument (CPython's
/// `KeywordOrStarred`).
#[derive(Clone, Debug)]
pub(crate) enum KwOrStarred {
    Keyword(Keyword),
    Starred(Expr),
}

/// A `key: value` or `**value` element of a dict display.
#[derive(Clone, Debug)]
pub(crate) struct KeyValue {
    pub(crate) key: Option<Expr>,
    pub(crate) value: Expr,
}

thread_local! {
    /// How many `expression_without_invalid` calls are active on this thread: inside one,
    /// `call_invalid_rules` is off although this is the second pass.
    static WITHOUT_INVALID_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The soft keywords (CPython's `SOFT_KEYWORD` token class).
const SOFT_KEYWORDS: [&str; 4] = ["_", "case", "match", "type"];

pub(crate) fn empty_arguments() -> Arguments {
    Arguments {
        posonlyargs: Vec::new(),
        args: Vec::new(),
        vararg: None,
        kwonlyargs: Vec::new(),
        kw_defaults: Vec::new(),
        kwarg: None,
        defaults: Vec::new(),
    }
}

fn bin_op(left: Expr, op: Operator, right: Expr, range: Range) -> Expr {
    Expr::BinOp(ExprBinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
        range,
    })
}

fn tuple(elts: Vec<Expr>, ctx: ExprContext, range: Range) -> Expr {
    Expr::Tuple(ExprTuple { elts, ctx, range })
}

fn constant(value: Constant, range: Range) -> Expr {
    Expr::Constant(ExprConstant {
        value,
        kind: None,
        range,
    })
}

/// NFKC-normalises a non-ASCII identifier, as CPython does for every NAME.
pub(crate) fn normalize_identifier(text: &str) -> String {
    crate::literal::normalize_identifier(text).into_owned()
}

/// CPython's `_PyPegen_get_last_comprehension_item`.
fn last_comprehension_item(c: &Comprehension) -> Range {
    match c.ifs.last() {
        Some(e) => e.range(),
        None => c.iter.range(),
    }
}

/// CPython's `_PyPegen_check_legacy_stmt`: is `e` the name `print` or `exec`?
fn is_legacy_stmt_name(e: &Expr) -> bool {
    matches!(e, Expr::Name(n) if n.id == "print" || n.id == "exec")
}

impl Parser<'_> {
    // ----------------------------------------------------------------------------------
    // Small helpers
    // ----------------------------------------------------------------------------------

    /// `NAME` as a Name node (Load).
    pub(crate) fn name(&mut self) -> Option<Expr> {
        let tok = self.expect(T::Name)?;
        let id = normalize_identifier(self.text(tok));
        Some(Expr::Name(ExprName {
            id,
            ctx: ExprContext::Load,
            range: Self::token_range(tok),
        }))
    }

    /// `NAME` as an identifier and its token.
    pub(crate) fn name_identifier(&mut self) -> Option<(String, Token)> {
        let tok = self.expect(T::Name)?;
        Some((normalize_identifier(self.text(tok)), tok))
    }

    /// Is the token at the mark a soft keyword (`SOFT_KEYWORD`)?
    fn at_soft_keyword(&mut self) -> bool {
        let tok = self.peek();
        tok.kind == T::Name && SOFT_KEYWORDS.contains(&self.text(tok)) && !self.failed()
    }

    /// `','.elem+`: `elem` must restore the mark itself when it fails.
    pub(crate) fn gather<X>(
        &mut self,
        mut elem: impl FnMut(&mut Self) -> Option<X>,
    ) -> Option<Vec<X>> {
        let first = elem(self)?;
        let mut items = vec![first];
        while let Some(x) = self.alt(|p| {
            p.expect(T::Comma)?;
            elem(p)
        }) {
            items.push(x);
        }
        if self.failed() {
            return None;
        }
        Some(items)
    }

    /// Runs an `invalid_*` rule (only in the second pass): it never matches, but it may raise.
    /// Returns `true` when an error is now set.
    fn invalid(&mut self, f: impl FnOnce(&mut Self) -> Option<()>) -> bool {
        if !self.call_invalid_rules {
            return false;
        }
        let _ = self.alt(f);
        self.failed()
    }

    /// The bracket nesting level after the token at `index` (CPython's `token->level`).
    fn level_after(&mut self, index: usize) -> i64 {
        let _ = self.token_at(index);
        let mut level: i64 = 0;
        for i in 0..=index {
            match self.token_at(i).kind {
                T::LPar | T::LSqb | T::LBrace => level += 1,
                T::RPar | T::RSqb | T::RBrace => level -= 1,
                _ => {}
            }
        }
        level
    }

    // ----------------------------------------------------------------------------------
    // Memoisation
    // ----------------------------------------------------------------------------------

    /// A memoised rule of the expression chain: CPython memoises it, but in the first pass
    /// krait reaches it only once per position (through `expression`), so it is memoised
    /// only in the second pass, where the invalid rules re-parse the same text many times
    /// (including inside `expression_without_invalid`, whose memo entries CPython keeps and
    /// reuses when the invalid rules are on again: which errors are found depends on it).
    pub(crate) fn memo_second_pass<X: Clone + 'static>(
        &mut self,
        rule: Rule,
        f: impl FnOnce(&mut Self) -> Option<X>,
    ) -> Option<X> {
        if self.in_second_pass() {
            self.memo_rule(rule, f)
        } else {
            f(self)
        }
    }

    /// Is this the second pass (even inside `expression_without_invalid`, where
    /// `call_invalid_rules` is off for a while)?
    pub(crate) fn in_second_pass(&self) -> bool {
        self.call_invalid_rules || WITHOUT_INVALID_DEPTH.with(|d| d.get()) > 0
    }

    /// [`Parser::memo`] for the rules of these files. The core memo keeps a success only
    /// when the rule is tried again at the same token; CPython keeps it at once, and in the
    /// second pass that matters: a success found while the invalid rules are off (inside
    /// `expression_without_invalid`) is reused later without trying them. So in the second
    /// pass the result is stored at once (by asking the memo a second time).
    pub(crate) fn memo_rule<X: Clone + 'static>(
        &mut self,
        rule: Rule,
        f: impl FnOnce(&mut Self) -> Option<X>,
    ) -> Option<X> {
        let start = self.mark;
        let result = self.memo(rule, f);
        if result.is_some() && !self.failed() && self.in_second_pass() {
            let end = self.mark;
            self.mark = start;
            let value = result.clone();
            let _ = self.memo(rule, move |p| {
                p.mark = end;
                value
            });
            self.mark = end;
        }
        result
    }

    // ----------------------------------------------------------------------------------
    // expressions, expression, yield, star expressions
    // ----------------------------------------------------------------------------------

    /// `expressions: expression (',' expression)* [',']` (a Tuple when there is a comma).
    pub(crate) fn expressions(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            let a = p.expression()?;
            if !p.at(T::Comma) {
                return Some(a);
            }
            let mut elts = vec![a];
            while let Some(e) = p.alt(|p| {
                p.expect(T::Comma)?;
                p.expression()
            }) {
                elts.push(e);
            }
            if p.failed() {
                return None;
            }
            p.expect(T::Comma);
            Some(tuple(elts, ExprContext::Load, p.range_from(start)))
        })
    }

    /// `expression (memo)`: `disjunction 'if' disjunction 'else' expression | disjunction | lambdef`.
    pub(crate) fn expression(&mut self) -> Option<Expr> {
        self.memo_rule(Rule::Expression, |p| {
            if p.invalid(|p| p.invalid_expression()) {
                return None;
            }
            if p.invalid(|p| p.invalid_legacy_expression()) {
                return None;
            }
            p.expression_body()
        })
    }

    /// The valid alternatives of `expression` (also `expression_without_invalid`).
    fn expression_body(&mut self) -> Option<Expr> {
        let start = self.mark;
        let first = match self.disjunction_fast() {
            Some(result) => result,
            None => self.disjunction(),
        };
        if let Some(a) = first {
            let after = self.mark;
            let ifexp = self.alt(|p| {
                p.expect(T::If)?;
                let b = p.disjunction()?;
                p.expect(T::Else)?;
                let c = p.expression()?;
                Some((b, c))
            });
            if self.failed() {
                return None;
            }
            if let Some((b, c)) = ifexp {
                return Some(Expr::IfExp(ExprIfExp {
                    test: Box::new(b),
                    body: Box::new(a),
                    orelse: Box::new(c),
                    range: self.range_from(start),
                }));
            }
            self.mark = after;
            return Some(a);
        }
        if self.failed() {
            return None;
        }
        self.lambdef()
    }

    /// `expression_without_invalid`: `expression` with the invalid rules switched off.
    fn expression_without_invalid(&mut self) -> Option<Expr> {
        let saved = self.call_invalid_rules;
        self.call_invalid_rules = false;
        WITHOUT_INVALID_DEPTH.with(|d| d.set(d.get() + 1));
        let result = self.alt(|p| p.nested(|p| p.expression_body()));
        WITHOUT_INVALID_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
        self.call_invalid_rules = saved;
        result
    }

    /// `yield_expr`.
    pub(crate) fn yield_expr(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            p.expect(T::Yield)?;
            if let Some(e) = p.alt(|p| {
                p.expect(T::From)?;
                p.expression()
            }) {
                return Some(Expr::YieldFrom(ExprYieldFrom {
                    value: Box::new(e),
                    range: p.range_from(start),
                }));
            }
            if p.failed() {
                return None;
            }
            let value = p.star_expressions();
            if p.failed() {
                return None;
            }
            Some(Expr::Yield(ExprYield {
                value: value.map(Box::new),
                range: p.range_from(start),
            }))
        })
    }

    /// `star_expressions`.
    pub(crate) fn star_expressions(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            let a = p.star_expression()?;
            if !p.at(T::Comma) {
                return Some(a);
            }
            let mut elts = vec![a];
            while let Some(e) = p.alt(|p| {
                p.expect(T::Comma)?;
                p.star_expression()
            }) {
                elts.push(e);
            }
            if p.failed() {
                return None;
            }
            p.expect(T::Comma);
            Some(tuple(elts, ExprContext::Load, p.range_from(start)))
        })
    }

    /// `star_expression (memo)`: `'*' bitwise_or | expression`.
    pub(crate) fn star_expression(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::StarExpression, |p| {
            let start = p.mark;
            if let Some(a) = p.alt(|p| {
                p.expect(T::Star)?;
                p.bitwise_or()
            }) {
                return Some(Expr::Starred(ExprStarred {
                    value: Box::new(a),
                    ctx: ExprContext::Load,
                    range: p.range_from(start),
                }));
            }
            if p.failed() {
                return None;
            }
            p.expression()
        })
    }

    /// `star_named_expressions` (the comma-separated list inside [] and {}).
    pub(crate) fn star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        self.nested(|p| {
            let items = p.gather(|p| p.star_named_expression())?;
            p.expect(T::Comma);
            Some(items)
        })
    }

    /// `star_named_expression`: `'*' bitwise_or | named_expression`.
    pub(crate) fn star_named_expression(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            if let Some(a) = p.alt(|p| {
                p.expect(T::Star)?;
                p.bitwise_or()
            }) {
                return Some(Expr::Starred(ExprStarred {
                    value: Box::new(a),
                    ctx: ExprContext::Load,
                    range: p.range_from(start),
                }));
            }
            if p.failed() {
                return None;
            }
            p.named_expression()
        }
    }

    /// `assignment_expression: NAME ':=' ~ expression`.
    pub(crate) fn assignment_expression(&mut self) -> Option<Expr> {
        // Cheap test first (no identifier allocated for the common miss); the token after
        // the NAME is one CPython fetches too when it looks for ':='.
        if self.peek_kind() != T::Name || self.token_at(self.mark + 1).kind != T::ColonEqual {
            return None;
        }
        self.nested(|p| {
            p.alt(|p| {
                let start = p.mark;
                let (id, tok) = p.name_identifier()?;
                p.expect(T::ColonEqual)?;
                let b = p.expression()?;
                let target = Expr::Name(ExprName {
                    id,
                    ctx: ExprContext::Store,
                    range: Self::token_range(tok),
                });
                Some(Expr::NamedExpr(ExprNamedExpr {
                    target: Box::new(target),
                    value: Box::new(b),
                    range: p.range_from(start),
                }))
            })
        })
    }

    /// `named_expression`.
    pub(crate) fn named_expression(&mut self) -> Option<Expr> {
        let p = self;
        {
            if let Some(e) = p.assignment_expression() {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            if p.invalid(|p| p.invalid_named_expression()) {
                return None;
            }
            p.expression_not_walrus()
        }
    }

    /// `expression !':='`.
    fn expression_not_walrus(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let e = p.expression()?;
            if p.at(T::ColonEqual) {
                return None;
            }
            Some(e)
        })
    }

    /// `(assignment_expression | expression !':=')`.
    fn assignment_or_expression(&mut self) -> Option<Expr> {
        if let Some(e) = self.assignment_expression() {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.expression_not_walrus()
    }

    // ----------------------------------------------------------------------------------
    // Boolean operators and comparisons
    // ----------------------------------------------------------------------------------

    /// First pass, when the operand starts with an atom: `disjunction` without descending
    /// the precedence rules one by one. `primary` is parsed at once, then `**`, the binary
    /// operators (by precedence climbing), comparisons, `and` and `or` are applied as the
    /// grammar's rules would wrap it, giving the same trees, positions and mark. The nesting
    /// level is raised as `inversion` and `factor` raise it, so every rule below runs at the
    /// level it has in the grammar (and "too complex" errors happen at the same place).
    /// `None`: not applicable here (the caller uses the grammar's rules).
    fn disjunction_fast(&mut self) -> Option<Option<Expr>> {
        if self.call_invalid_rules || !self.fast_paths || self.level + 3 >= super::MAX_LEVEL || self.failed() {
            return None;
        }
        if !matches!(
            self.peek_kind(),
            T::Name
                | T::Number
                | T::String
                | T::FStringStart
                | T::TStringStart
                | T::LPar
                | T::LSqb
                | T::LBrace
                | T::True
                | T::False
                | T::None
                | T::Ellipsis
        ) || self.failed()
            || self.in_second_pass()
        {
            return None;
        }
        let start = self.mark;
        // disjunction, conjunction (no level), inversion (+1), factor (+1).
        self.level += 2;
        let operand = self.power_from_primary(start);
        self.level -= 1;
        let comparison = match operand {
            Some(a) => self.comparison_from(start, a),
            None => None,
        };
        self.level -= 1;
        let Some(mut a) = comparison else {
            return Some(None);
        };
        if self.at(T::And) {
            let mut values = vec![a];
            while let Some(c) = self.alt(|p| {
                p.expect(T::And)?;
                p.inversion()
            }) {
                values.push(c);
            }
            if self.failed() {
                return Some(None);
            }
            a = if values.len() == 1 {
                values.pop()?
            } else {
                Expr::BoolOp(ExprBoolOp { op: BoolOp::And, values, range: self.range_from(start) })
            };
        }
        if self.failed() {
            return Some(None);
        }
        if self.at(T::Or) {
            let mut values = vec![a];
            while let Some(c) = self.alt(|p| {
                p.expect(T::Or)?;
                p.conjunction()
            }) {
                values.push(c);
            }
            if self.failed() {
                return Some(None);
            }
            a = if values.len() == 1 {
                values.pop()?
            } else {
                Expr::BoolOp(ExprBoolOp { op: BoolOp::Or, values, range: self.range_from(start) })
            };
        }
        if self.failed() {
            return Some(None);
        }
        Some(Some(a))
    }

    /// `power` whose `await_primary` starts with an atom (no `await`): `primary ['**' factor]`.
    fn power_from_primary(&mut self, start: usize) -> Option<Expr> {
        let a = self.primary()?;
        if self.peek_kind() != T::DoubleStar || self.failed() {
            return if self.failed() { None } else { Some(a) };
        }
        if let Some(b) = self.alt(|p| {
            p.mark += 1;
            p.factor()
        }) {
            return Some(bin_op(a, Operator::Pow, b, self.range_from(start)));
        }
        if self.failed() {
            return None;
        }
        Some(a)
    }

    /// `comparison` whose first `factor` is `a` (parsed from `start`): the binary
    /// operators, then the comparison pairs.
    fn comparison_from(&mut self, start: usize, a: Expr) -> Option<Expr> {
        let (a, stopped) = self.binary_loop(1, start, a);
        let a = a?;
        if stopped {
            return Some(a);
        }
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, e)) = self.alt(|p| p.compare_op_pair()) {
            ops.push(op);
            comparators.push(e);
        }
        if self.failed() {
            return None;
        }
        if ops.is_empty() {
            return Some(a);
        }
        Some(Expr::Compare(ExprCompare { left: Box::new(a), ops, comparators, range: self.range_from(start) }))
    }

    /// `disjunction (memo)`.
    pub(crate) fn disjunction(&mut self) -> Option<Expr> {
        if let Some(result) = self.disjunction_fast() {
            return result;
        }
        self.memo_second_pass(Rule::Disjunction, |p| {
            let start = p.mark;
            let a = p.conjunction()?;
            if !p.at(T::Or) {
                return Some(a);
            }
            let mut values = vec![a];
            while let Some(c) = p.alt(|p| {
                p.expect(T::Or)?;
                p.conjunction()
            }) {
                values.push(c);
            }
            if p.failed() {
                return None;
            }
            if values.len() == 1 {
                return values.pop();
            }
            Some(Expr::BoolOp(ExprBoolOp {
                op: BoolOp::Or,
                values,
                range: p.range_from(start),
            }))
        })
    }

    /// `conjunction (memo)`.
    fn conjunction(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::Conjunction, |p| {
            let start = p.mark;
            let a = p.inversion()?;
            if !p.at(T::And) {
                return Some(a);
            }
            let mut values = vec![a];
            while let Some(c) = p.alt(|p| {
                p.expect(T::And)?;
                p.inversion()
            }) {
                values.push(c);
            }
            if p.failed() {
                return None;
            }
            if values.len() == 1 {
                return values.pop();
            }
            Some(Expr::BoolOp(ExprBoolOp {
                op: BoolOp::And,
                values,
                range: p.range_from(start),
            }))
        })
    }

    /// `inversion (memo)`: `'not' inversion | comparison`.
    fn inversion(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::Inversion, |p| {
            p.nested(|p| {
                let start = p.mark;
                if let Some(a) = p.alt(|p| {
                    p.expect(T::Not)?;
                    p.inversion()
                }) {
                    return Some(Expr::UnaryOp(ExprUnaryOp {
                        op: UnaryOp::Not,
                        operand: Box::new(a),
                        range: p.range_from(start),
                    }));
                }
                if p.failed() {
                    return None;
                }
                p.comparison()
            })
        })
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or`.
    fn comparison(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            let a = p.bitwise_or()?;
            let mut ops = Vec::new();
            let mut comparators = Vec::new();
            while let Some((op, e)) = p.alt(|p| p.compare_op_pair()) {
                ops.push(op);
                comparators.push(e);
            }
            if p.failed() {
                return None;
            }
            if ops.is_empty() {
                return Some(a);
            }
            Some(Expr::Compare(ExprCompare {
                left: Box::new(a),
                ops,
                comparators,
                range: p.range_from(start),
            }))
        }
    }

    /// `compare_op_bitwise_or_pair`.
    fn compare_op_pair(&mut self) -> Option<(CmpOp, Expr)> {
        let tok = self.peek();
        let op = match tok.kind {
            T::EqEqual => CmpOp::Eq,
            T::NotEqual => {
                // `<>` is NOTEQUAL too, but only valid under barry_as_FLUFL, which in turn
                // rejects `!=` (reported at the last token fetched: this one).
                let bang = self.text(tok) == "!=";
                if self.barry_as_flufl && bang {
                    self.raise_error(
                        ErrorType::SyntaxError,
                        "with Barry as BDFL, use '<>' instead of '!='",
                    );
                    return None;
                }
                if !self.barry_as_flufl && !bang {
                    return None;
                }
                CmpOp::NotEq
            }
            T::LessEqual => CmpOp::LtE,
            T::Less => CmpOp::Lt,
            T::GreaterEqual => CmpOp::GtE,
            T::Greater => CmpOp::Gt,
            T::Not => {
                self.mark += 1;
                self.expect(T::In)?;
                let e = self.bitwise_or()?;
                return Some((CmpOp::NotIn, e));
            }
            T::In => CmpOp::In,
            T::Is => {
                self.mark += 1;
                if let Some(e) = self.alt(|p| {
                    p.expect(T::Not)?;
                    p.bitwise_or()
                }) {
                    return Some((CmpOp::IsNot, e));
                }
                if self.failed() {
                    return None;
                }
                let e = self.bitwise_or()?;
                return Some((CmpOp::Is, e));
            }
            _ => return None,
        };
        if self.failed() {
            return None;
        }
        self.mark += 1;
        let e = self.bitwise_or()?;
        Some((op, e))
    }

    // ----------------------------------------------------------------------------------
    // Binary operators
    // ----------------------------------------------------------------------------------

    /// `bitwise_or` (left-recursive: a loop).
    pub(crate) fn bitwise_or(&mut self) -> Option<Expr> {
        if !self.call_invalid_rules && self.fast_paths && !self.in_second_pass() {
            return self.binary_fast(1).0;
        }
        self.memo_second_pass(Rule::BitwiseOr, |p| {
            let start = p.mark;
            let mut a = p.bitwise_xor()?;
            while let Some(b) = p.alt(|p| {
                p.expect(T::VBar)?;
                p.bitwise_xor()
            }) {
                a = bin_op(a, Operator::BitOr, b, p.range_from(start));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        })
    }

    /// First pass: `bitwise_or` down to `term` by precedence climbing: operators of
    /// precedence `min_prec` and above, over `factor` operands. The trees, positions and the
    /// final mark are those of the grammar's loops (left-associative; a node's range starts
    /// at its leftmost operand). The second value is set when an operand after an operator
    /// failed: the mark is then back before that operator, and no enclosing level can use
    /// that operator either, so every level stops (as the grammar's loops all do).
    fn binary_fast(&mut self, min_prec: u8) -> (Option<Expr>, bool) {
        let start = self.mark;
        let Some(left) = self.factor() else {
            return (None, false);
        };
        self.binary_loop(min_prec, start, left)
    }

    /// The loop of [`Parser::binary_fast`] after its first operand `left` (from `start`).
    fn binary_loop(&mut self, min_prec: u8, start: usize, mut left: Expr) -> (Option<Expr>, bool) {
        loop {
            let (op, prec) = match self.peek_kind() {
                T::VBar => (Operator::BitOr, 1),
                T::CircumFlex => (Operator::BitXor, 2),
                T::Amper => (Operator::BitAnd, 3),
                T::LeftShift => (Operator::LShift, 4),
                T::RightShift => (Operator::RShift, 4),
                T::Plus => (Operator::Add, 5),
                T::Minus => (Operator::Sub, 5),
                T::Star => (Operator::Mult, 6),
                T::Slash => (Operator::Div, 6),
                T::DoubleSlash => (Operator::FloorDiv, 6),
                T::Percent => (Operator::Mod, 6),
                T::At => (Operator::MatMult, 6),
                _ => break,
            };
            if prec < min_prec || self.failed() {
                break;
            }
            let before = self.mark;
            self.mark += 1;
            let (right, stopped) = self.binary_fast(prec + 1);
            if self.failed() {
                return (None, false);
            }
            let Some(right) = right else {
                self.mark = before;
                return (Some(left), true);
            };
            left = bin_op(left, op, right, self.range_from(start));
            if stopped {
                return (Some(left), true);
            }
        }
        if self.failed() {
            return (None, false);
        }
        (Some(left), false)
    }

    fn bitwise_xor(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            let mut a = p.bitwise_and()?;
            while let Some(b) = p.alt(|p| {
                p.expect(T::CircumFlex)?;
                p.bitwise_and()
            }) {
                a = bin_op(a, Operator::BitXor, b, p.range_from(start));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    fn bitwise_and(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            let mut a = p.shift_expr()?;
            while let Some(b) = p.alt(|p| {
                p.expect(T::Amper)?;
                p.shift_expr()
            }) {
                a = bin_op(a, Operator::BitAnd, b, p.range_from(start));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    fn shift_expr(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            if p.invalid(|p| p.invalid_arithmetic()) {
                return None;
            }
            let mut a = p.sum()?;
            loop {
                let op = match p.peek_kind() {
                    T::LeftShift => Operator::LShift,
                    T::RightShift => Operator::RShift,
                    _ => break,
                };
                let Some(b) = p.alt(|p| {
                    p.mark += 1;
                    p.sum()
                }) else {
                    break;
                };
                a = bin_op(a, op, b, p.range_from(start));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    fn sum(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            let mut a = p.term()?;
            loop {
                let op = match p.peek_kind() {
                    T::Plus => Operator::Add,
                    T::Minus => Operator::Sub,
                    _ => break,
                };
                let Some(b) = p.alt(|p| {
                    p.mark += 1;
                    p.term()
                }) else {
                    break;
                };
                a = bin_op(a, op, b, p.range_from(start));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    fn term(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            if p.invalid(|p| p.invalid_factor()) {
                return None;
            }
            let mut a = p.factor()?;
            loop {
                let op = match p.peek_kind() {
                    T::Star => Operator::Mult,
                    T::Slash => Operator::Div,
                    T::DoubleSlash => Operator::FloorDiv,
                    T::Percent => Operator::Mod,
                    T::At => Operator::MatMult,
                    _ => break,
                };
                let Some(b) = p.alt(|p| {
                    p.mark += 1;
                    p.factor()
                }) else {
                    break;
                };
                a = bin_op(a, op, b, p.range_from(start));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    /// `factor (memo)`: unary `+`, `-`, `~`, or `power`.
    fn factor(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::Factor, |p| {
            p.nested(|p| {
                let start = p.mark;
                let op = match p.peek_kind() {
                    T::Plus => Some(UnaryOp::UAdd),
                    T::Minus => Some(UnaryOp::USub),
                    T::Tilde => Some(UnaryOp::Invert),
                    _ => None,
                };
                if p.failed() {
                    return None;
                }
                if let Some(op) = op {
                    if let Some(a) = p.alt(|p| {
                        p.mark += 1;
                        p.factor()
                    }) {
                        return Some(Expr::UnaryOp(ExprUnaryOp {
                            op,
                            operand: Box::new(a),
                            range: p.range_from(start),
                        }));
                    }
                    if p.failed() {
                        return None;
                    }
                }
                p.power()
            })
        })
    }

    /// `power: await_primary '**' factor | await_primary`.
    fn power(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            let a = p.await_primary()?;
            if let Some(b) = p.alt(|p| {
                p.expect(T::DoubleStar)?;
                p.factor()
            }) {
                return Some(bin_op(a, Operator::Pow, b, p.range_from(start)));
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    /// `await_primary (memo)`.
    fn await_primary(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::AwaitPrimary, |p| {
            let start = p.mark;
            if let Some(a) = p.alt(|p| {
                p.expect(T::Await)?;
                p.primary()
            }) {
                return Some(Expr::Await(ExprAwait {
                    value: Box::new(a),
                    range: p.range_from(start),
                }));
            }
            if p.failed() {
                return None;
            }
            p.primary()
        })
    }

    /// `primary` (left-recursive: atom followed by `.name`, calls, genexp calls, subscripts).
    pub(crate) fn primary(&mut self) -> Option<Expr> {
        let p = self;
        {
            let start = p.mark;
            let mut a = p.atom()?;
            loop {
                match p.peek_kind() {
                    T::Dot => {
                        let Some((attr, _)) = p.alt(|p| {
                            p.expect(T::Dot)?;
                            p.name_identifier()
                        }) else {
                            break;
                        };
                        a = Expr::Attribute(ExprAttribute {
                            value: Box::new(a),
                            attr,
                            ctx: ExprContext::Load,
                            range: p.range_from(start),
                        });
                    }
                    kind @ (T::LPar | T::LSqb | T::LBrace) => {
                        // `primary genexp` comes before calls and subscripts; in the second
                        // pass genexp's `invalid_comprehension` also accepts `[` and `{`.
                        // First pass: a call's parentheses and a generator argument exclude
                        // each other (after the first element, one needs ',' ')' '=' and the
                        // other 'for'), and both parse that element with the same rules; so
                        // the common call is tried first, and its first argument is parsed
                        // once. When it fails, genexp is tried as the grammar does, and the
                        // call is not retried (it would fail again).
                        let mut call_failed = false;
                        if kind == T::LPar && !p.call_invalid_rules && p.fast_paths {
                            if let Some((args, keywords)) = p.call_parens() {
                                a = Expr::Call(ExprCall {
                                    func: Box::new(a),
                                    args,
                                    keywords,
                                    range: p.range_from(start),
                                });
                                continue;
                            }
                            if p.failed() {
                                return None;
                            }
                            call_failed = true;
                        }
                        if kind == T::LPar || p.call_invalid_rules {
                            if let Some(g) = p.genexp() {
                                a = Expr::Call(ExprCall {
                                    func: Box::new(a),
                                    args: vec![g],
                                    keywords: Vec::new(),
                                    range: p.range_from(start),
                                });
                                continue;
                            }
                            if p.failed() {
                                return None;
                            }
                        }
                        if kind == T::LPar {
                            if call_failed {
                                break;
                            }
                            let Some((args, keywords)) = p.call_parens() else {
                                break;
                            };
                            a = Expr::Call(ExprCall {
                                func: Box::new(a),
                                args,
                                keywords,
                                range: p.range_from(start),
                            });
                        } else if kind == T::LSqb {
                            let Some(s) = p.alt(|p| {
                                p.expect(T::LSqb)?;
                                let s = p.slices()?;
                                p.expect(T::RSqb)?;
                                Some(s)
                            }) else {
                                break;
                            };
                            a = Expr::Subscript(ExprSubscript {
                                value: Box::new(a),
                                slice: Box::new(s),
                                ctx: ExprContext::Load,
                                range: p.range_from(start),
                            });
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            if p.failed() {
                return None;
            }
            Some(a)
        }
    }

    /// `'(' [arguments] ')'`.
    pub(crate) fn call_parens(&mut self) -> Option<(Vec<Expr>, Vec<Keyword>)> {
        self.alt(|p| {
            p.expect(T::LPar)?;
            let b = p.arguments();
            if p.failed() {
                return None;
            }
            p.expect(T::RPar)?;
            Some(b.unwrap_or_default())
        })
    }

    /// `slices`.
    pub(crate) fn slices(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            if let Some(a) = p.alt(|p| {
                let a = p.slice()?;
                if p.at(T::Comma) {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            if p.failed() {
                return None;
            }
            let elts = p.gather(|p| {
                if let Some(s) = p.slice() {
                    return Some(s);
                }
                if p.failed() {
                    return None;
                }
                p.starred_expression()
            })?;
            p.expect(T::Comma);
            Some(tuple(elts, ExprContext::Load, p.range_from(start)))
        })
    }

    /// `slice`.
    fn slice(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            // First pass: unless the slice starts with `NAME ':='`, its second alternative
            // (`named_expression`) is `expression !':='` at the same token: the `lower`
            // expression the first alternative parses. Reuse it when no ':' follows.
            let fast = !p.call_invalid_rules
                && p.fast_paths
                && !(p.peek_kind() == T::Name && p.token_at(start + 1).kind == T::ColonEqual);
            if p.failed() {
                return None;
            }
            let mut reusable = None;
            if let Some(s) = p.alt(|p| {
                let lower = p.expression();
                if p.failed() {
                    return None;
                }
                if fast && !p.at(T::Colon) {
                    if p.failed() {
                        return None;
                    }
                    if let Some(e) = lower
                        && !p.at(T::ColonEqual)
                        && !p.failed()
                    {
                        reusable = Some((e, p.mark));
                    }
                    return None;
                }
                if p.failed() {
                    return None;
                }
                p.expect(T::Colon)?;
                let upper = p.expression();
                if p.failed() {
                    return None;
                }
                let step = p.alt(|p| {
                    p.expect(T::Colon)?;
                    let d = p.expression();
                    if p.failed() {
                        return None;
                    }
                    Some(d)
                });
                if p.failed() {
                    return None;
                }
                Some(Expr::Slice(ExprSlice {
                    lower: lower.map(Box::new),
                    upper: upper.map(Box::new),
                    step: step.flatten().map(Box::new),
                    range: p.range_from(start),
                }))
            }) {
                return Some(s);
            }
            if p.failed() {
                return None;
            }
            if fast {
                let (e, end) = reusable?;
                p.mark = end;
                return Some(e);
            }
            p.named_expression()
        })
    }

    // ----------------------------------------------------------------------------------
    // Atoms and displays
    // ----------------------------------------------------------------------------------

    /// `atom`.
    pub(crate) fn atom(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let tok = p.peek();
            if p.failed() {
                return None;
            }
            let range = Self::token_range(tok);
            match tok.kind {
                T::Name => p.name(),
                T::True => {
                    p.mark += 1;
                    Some(constant(Constant::True, range))
                }
                T::False => {
                    p.mark += 1;
                    Some(constant(Constant::False, range))
                }
                T::None => {
                    p.mark += 1;
                    Some(constant(Constant::None, range))
                }
                T::String | T::FStringStart | T::TStringStart => p.strings(),
                T::Number => p.number(),
                T::LPar => {
                    if !p.call_invalid_rules && p.fast_paths {
                        if let Some(e) = p.parenthesized_fast_path() {
                            return Some(e);
                        }
                        if p.failed() {
                            return None;
                        }
                    }
                    if let Some(e) = p.tuple() {
                        return Some(e);
                    }
                    if p.failed() {
                        return None;
                    }
                    if let Some(e) = p.group() {
                        return Some(e);
                    }
                    if p.failed() {
                        return None;
                    }
                    p.genexp()
                }
                T::LSqb => {
                    if !p.call_invalid_rules && p.fast_paths {
                        if let Some(e) = p.list_fast_path() {
                            return Some(e);
                        }
                        if p.failed() {
                            return None;
                        }
                    }
                    if let Some(e) = p.list() {
                        return Some(e);
                    }
                    if p.failed() {
                        return None;
                    }
                    p.listcomp()
                }
                T::LBrace => {
                    if let Some(e) = p.dict_display() {
                        return Some(e);
                    }
                    if p.failed() {
                        return None;
                    }
                    if let Some(e) = p.set_display() {
                        return Some(e);
                    }
                    if p.failed() {
                        return None;
                    }
                    if let Some(e) = p.dictcomp() {
                        return Some(e);
                    }
                    if p.failed() {
                        return None;
                    }
                    p.setcomp()
                }
                T::Ellipsis => {
                    p.mark += 1;
                    Some(constant(Constant::Ellipsis, range))
                }
                _ => None,
            }
        })
    }

    /// `NUMBER` as a Constant.
    pub(crate) fn number(&mut self) -> Option<Expr> {
        let tok = self.expect(T::Number)?;
        match crate::literal::parse_number(self.text(tok)) {
            Ok(number) => {
                let value = match number {
                    Number::Int(v) => Constant::Int(v),
                    Number::BigInt(b) => Constant::BigInt(Box::new(b)),
                    Number::Float(f) => Constant::Float(f),
                    Number::Complex(imag) => Constant::Complex { real: 0.0, imag },
                };
                Some(constant(value, Self::token_range(tok)))
            }
            Err(msg) => {
                // CPython omits the columns (offset 0, end offset 0).
                self.raise_at(
                    ErrorType::SyntaxError,
                    tok.lineno,
                    crate::error::NO_COL,
                    End::None {
                        lineno: tok.end_lineno,
                    },
                    msg,
                );
                None
            }
        }
    }

    /// First pass only: `'(' e ')'` where `e` is a `named_expression`. `tuple` would parse
    /// `e` as its first element and fail at the `)`, then `group` would parse the same `e`
    /// again (the memo keeps a result only from the second try on): here it is parsed once.
    /// Returns `None` (mark restored) in every other case, for the regular alternatives.
    fn parenthesized_fast_path(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let start = p.mark;
            p.expect(T::LPar)?;
            if p.at(T::Yield) || p.at(T::RPar) {
                return None;
            }
            let e = p.star_named_expression()?;
            if p.at(T::Comma) {
                // The `tuple` alternative, continued.
                p.expect(T::Comma)?;
                let rest = p.star_named_expressions();
                if p.failed() {
                    return None;
                }
                p.expect(T::RPar)?;
                let mut elts = vec![e];
                elts.extend(rest.unwrap_or_default());
                return Some(tuple(elts, ExprContext::Load, p.range_from(start)));
            }
            if !matches!(e, Expr::Starred(_)) && p.fast_paths && matches!(p.peek_kind(), T::For | T::Async) {
                // `tuple` and `group` fail at the 'for'; `genexp` parses the same element
                // (a named expression) first. On failure the caller tries them all again.
                let generators = p.nested(|p| p.for_if_clauses())?;
                p.expect(T::RPar)?;
                return Some(Expr::GeneratorExp(ExprGeneratorExp {
                    elt: Box::new(e),
                    generators,
                    range: p.range_from(start),
                }));
            }
            if matches!(e, Expr::Starred(_)) || !p.at(T::RPar) {
                return None;
            }
            p.expect(T::RPar)?;
            Some(e)
        })
    }

    /// First pass: `list | listcomp` with the first element parsed once. After it, ','
    /// or ']' continue the list (`listcomp` then fails at once, its element being followed
    /// by neither 'for' nor 'async'); 'for' or 'async' fail the list, and a non-starred
    /// element is `listcomp`'s named expression. `None` with the mark restored: use the
    /// grammar's alternatives (they give the same result).
    fn list_fast_path(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let start = p.mark;
            p.expect(T::LSqb)?;
            if p.at(T::RSqb) {
                return None;
            }
            let saved_max = p.max_level;
            p.max_level = p.level;
            let e = p.nested(|p| p.star_named_expression());
            let deepest = p.max_level;
            p.max_level = saved_max.max(deepest);
            let e = e?;
            if matches!(p.peek_kind(), T::For | T::Async) {
                // `listcomp` would parse the element again one level deeper: give way to
                // it when that could reach the nesting limit.
                if matches!(e, Expr::Starred(_)) || p.failed() || deepest + 2 >= super::MAX_LEVEL {
                    return None;
                }
                let generators = p.nested(|p| p.for_if_clauses())?;
                p.expect(T::RSqb)?;
                return Some(Expr::ListComp(ExprListComp {
                    elt: Box::new(e),
                    generators,
                    range: p.range_from(start),
                }));
            }
            let mut elts = vec![e];
            while let Some(x) = p.alt(|p| {
                p.expect(T::Comma)?;
                p.nested(|p| p.star_named_expression())
            }) {
                elts.push(x);
            }
            if p.failed() {
                return None;
            }
            p.expect(T::Comma);
            p.expect(T::RSqb)?;
            Some(Expr::List(ExprList {
                elts,
                ctx: ExprContext::Load,
                range: p.range_from(start),
            }))
        })
    }

    /// `tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'`.
    pub(crate) fn tuple(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let start = p.mark;
            p.expect(T::LPar)?;
            let elts = p.alt(|p| {
                let y = p.star_named_expression()?;
                p.expect(T::Comma)?;
                let z = p.star_named_expressions();
                if p.failed() {
                    return None;
                }
                let mut v = vec![y];
                v.extend(z.unwrap_or_default());
                Some(v)
            });
            if p.failed() {
                return None;
            }
            p.expect(T::RPar)?;
            Some(tuple(
                elts.unwrap_or_default(),
                ExprContext::Load,
                p.range_from(start),
            ))
        })
    }

    /// `group: '(' (yield_expr | named_expression) ')' | invalid_group`.
    fn group(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| {
                p.expect(T::LPar)?;
                let a = match p.yield_expr() {
                    Some(a) => a,
                    None => {
                        if p.failed() {
                            return None;
                        }
                        p.named_expression()?
                    }
                };
                p.expect(T::RPar)?;
                Some(a)
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_group());
            None
        })
    }

    /// `list: '[' [star_named_expressions] ']'`.
    pub(crate) fn list(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let start = p.mark;
            p.expect(T::LSqb)?;
            let elts = p.star_named_expressions();
            if p.failed() {
                return None;
            }
            p.expect(T::RSqb)?;
            Some(Expr::List(ExprList {
                elts: elts.unwrap_or_default(),
                ctx: ExprContext::Load,
                range: p.range_from(start),
            }))
        })
    }

    /// `set: '{' star_named_expressions '}'`.
    fn set_display(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let start = p.mark;
            p.expect(T::LBrace)?;
            let elts = p.star_named_expressions()?;
            p.expect(T::RBrace)?;
            Some(Expr::Set(ExprSet {
                elts,
                range: p.range_from(start),
            }))
        })
    }

    /// `dict`.
    fn dict_display(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| {
                let start = p.mark;
                p.expect(T::LBrace)?;
                let pairs = p.double_starred_kvpairs();
                if p.failed() {
                    return None;
                }
                p.expect(T::RBrace)?;
                let pairs = pairs.unwrap_or_default();
                let mut keys = Vec::with_capacity(pairs.len());
                let mut values = Vec::with_capacity(pairs.len());
                for kv in pairs {
                    keys.push(kv.key);
                    values.push(kv.value);
                }
                Some(Expr::Dict(ExprDict {
                    keys,
                    values,
                    range: p.range_from(start),
                }))
            }) {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            // Not guarded by `call_invalid_rules`: in CPython's generated parser only an
            // alternative that *starts* with an invalid rule is, so this one also runs in
            // the first pass.
            let _ = p.alt(|p| {
                p.expect(T::LBrace)?;
                p.invalid_double_starred_kvpairs()?;
                p.expect(T::RBrace)?;
                Some(())
            });
            None
        })
    }

    /// `double_starred_kvpairs: ','.double_starred_kvpair+ [',']`.
    fn double_starred_kvpairs(&mut self) -> Option<Vec<KeyValue>> {
        self.nested(|p| {
            let items = p.gather(|p| p.double_starred_kvpair())?;
            p.expect(T::Comma);
            Some(items)
        })
    }

    /// `double_starred_kvpair: '**' bitwise_or | kvpair`.
    fn double_starred_kvpair(&mut self) -> Option<KeyValue> {
        self.nested(|p| {
            if let Some(value) = p.alt(|p| {
                p.expect(T::DoubleStar)?;
                p.bitwise_or()
            }) {
                return Some(KeyValue { key: None, value });
            }
            if p.failed() {
                return None;
            }
            p.kvpair()
        })
    }

    /// `kvpair: expression ':' expression`.
    fn kvpair(&mut self) -> Option<KeyValue> {
        self.alt(|p| {
            let key = p.expression()?;
            p.expect(T::Colon)?;
            let value = p.expression()?;
            Some(KeyValue {
                key: Some(key),
                value,
            })
        })
    }

    // ----------------------------------------------------------------------------------
    // Comprehensions
    // ----------------------------------------------------------------------------------

    /// `for_if_clauses: for_if_clause+`.
    pub(crate) fn for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        self.nested(|p| {
            let mut clauses = Vec::new();
            while let Some(c) = p.for_if_clause() {
                clauses.push(c);
            }
            if p.failed() || clauses.is_empty() {
                return None;
            }
            Some(clauses)
        })
    }

    /// `for_if_clause`.
    fn for_if_clause(&mut self) -> Option<Comprehension> {
        self.nested(|p| {
            let mark = p.mark;
            let is_async = p.at(T::Async);
            if is_async || p.at(T::For) {
                let mut cut = false;
                let result = p.alt(|p| {
                    if is_async {
                        p.expect(T::Async)?;
                    }
                    p.expect(T::For)?;
                    let target = p.star_targets()?;
                    p.expect(T::In)?;
                    cut = true;
                    let iter = p.disjunction()?;
                    let mut ifs = Vec::new();
                    while let Some(z) = p.alt(|p| {
                        p.expect(T::If)?;
                        p.disjunction()
                    }) {
                        ifs.push(z);
                    }
                    if p.failed() {
                        return None;
                    }
                    Some(Comprehension {
                        target: Box::new(target),
                        iter: Box::new(iter),
                        ifs,
                        is_async: i32::from(is_async),
                    })
                });
                if result.is_some() || cut || p.failed() {
                    return result;
                }
            }
            p.mark = mark;
            if p.invalid(|p| p.invalid_for_if_clause()) {
                return None;
            }
            // (statements.rs's `invalid_for_target` checks `call_invalid_rules` itself.)
            let _ = p.invalid_for_target();
            if p.failed() {
                return None;
            }
            None
        })
    }

    /// `listcomp`.
    fn listcomp(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| {
                let start = p.mark;
                p.expect(T::LSqb)?;
                let elt = p.named_expression()?;
                let generators = p.for_if_clauses()?;
                p.expect(T::RSqb)?;
                Some(Expr::ListComp(ExprListComp {
                    elt: Box::new(elt),
                    generators,
                    range: p.range_from(start),
                }))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_comprehension());
            None
        })
    }

    /// `setcomp`.
    fn setcomp(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| {
                let start = p.mark;
                p.expect(T::LBrace)?;
                let elt = p.named_expression()?;
                let generators = p.for_if_clauses()?;
                p.expect(T::RBrace)?;
                Some(Expr::SetComp(ExprSetComp {
                    elt: Box::new(elt),
                    generators,
                    range: p.range_from(start),
                }))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_comprehension());
            None
        })
    }

    /// `genexp`.
    pub(crate) fn genexp(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| {
                let start = p.mark;
                p.expect(T::LPar)?;
                let elt = p.assignment_or_expression()?;
                let generators = p.for_if_clauses()?;
                p.expect(T::RPar)?;
                Some(Expr::GeneratorExp(ExprGeneratorExp {
                    elt: Box::new(elt),
                    generators,
                    range: p.range_from(start),
                }))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_comprehension());
            None
        })
    }

    /// `dictcomp`.
    fn dictcomp(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| {
                let start = p.mark;
                p.expect(T::LBrace)?;
                let kv = p.kvpair()?;
                let generators = p.for_if_clauses()?;
                p.expect(T::RBrace)?;
                let key = kv.key?;
                Some(Expr::DictComp(ExprDictComp {
                    key: Box::new(key),
                    value: Box::new(kv.value),
                    generators,
                    range: p.range_from(start),
                }))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_dict_comprehension());
            None
        })
    }

    // ----------------------------------------------------------------------------------
    // Lambda
    // ----------------------------------------------------------------------------------

    /// `lambdef: 'lambda' [lambda_params] ':' expression`.
    fn lambdef(&mut self) -> Option<Expr> {
        self.alt(|p| {
            p.nested(|p| {
                let start = p.mark;
                p.expect(T::Lambda)?;
                let params = p.lambda_params();
                if p.failed() {
                    return None;
                }
                p.expect(T::Colon)?;
                let body = p.expression()?;
                Some(Expr::Lambda(ExprLambda {
                    args: Box::new(params.unwrap_or_else(empty_arguments)),
                    body: Box::new(body),
                    range: p.range_from(start),
                }))
            })
        })
    }

    /// `annotated_rhs: yield_expr | star_expressions`.
    pub(crate) fn annotated_rhs(&mut self) -> Option<Expr> {
        if let Some(e) = self.yield_expr() {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.star_expressions()
    }

    // ----------------------------------------------------------------------------------
    // Call arguments
    // ----------------------------------------------------------------------------------

    /// `arguments (memo)`: the inside of a call's parentheses (also used by `class` bases).
    /// In the first pass it is not memoised: a call is parsed at most twice at the same
    /// place (as a target prefix, then as an expression), and keeping the second result
    /// for a third visit that never comes costs more than it saves.
    pub(crate) fn arguments(&mut self) -> Option<(Vec<Expr>, Vec<Keyword>)> {
        self.memo_second_pass(Rule::Arguments, |p| {
            if let Some(a) = p.alt(|p| {
                let a = p.args()?;
                p.expect(T::Comma);
                if !p.at(T::RPar) {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            p.invalid(|p| p.invalid_arguments());
            None
        })
    }

    /// `args`: positional arguments then keywords (as CPython's dummy Call's two lists).
    fn args(&mut self) -> Option<(Vec<Expr>, Vec<Keyword>)> {
        self.nested(|p| {
            if let Some(r) = p.alt(|p| {
                let a = p.gather(|p| p.positional_arg())?;
                let b = p.alt(|p| {
                    p.expect(T::Comma)?;
                    p.kwargs()
                });
                if p.failed() {
                    return None;
                }
                let mut args = a;
                let mut keywords = Vec::new();
                for item in b.unwrap_or_default() {
                    match item {
                        KwOrStarred::Starred(e) => args.push(e),
                        KwOrStarred::Keyword(k) => keywords.push(k),
                    }
                }
                Some((args, keywords))
            }) {
                return Some(r);
            }
            if p.failed() {
                return None;
            }
            let items = p.kwargs()?;
            let mut args = Vec::new();
            let mut keywords = Vec::new();
            for item in items {
                match item {
                    KwOrStarred::Starred(e) => args.push(e),
                    KwOrStarred::Keyword(k) => keywords.push(k),
                }
            }
            Some((args, keywords))
        })
    }

    /// `(starred_expression | (assignment_expression | expression !':=') !'=')`.
    fn positional_arg(&mut self) -> Option<Expr> {
        // First pass: `NAME '='` is a keyword argument; every alternative here fails on it
        // after parsing the NAME as an expression and finding the '='.
        if !self.call_invalid_rules
            && self.fast_paths
            && self.peek_kind() == T::Name
            && self.token_at(self.mark + 1).kind == T::Equal
        {
            return None;
        }
        if let Some(e) = self.starred_expression() {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            let e = p.assignment_or_expression()?;
            if p.at(T::Equal) {
                return None;
            }
            Some(e)
        })
    }

    /// `kwargs`.
    fn kwargs(&mut self) -> Option<Vec<KwOrStarred>> {
        self.nested(|p| {
            if !p.call_invalid_rules && p.fast_paths {
                // First pass: the first two alternatives start with the same gather; parse
                // it once, then try the first alternative's continuation.
                if let Some(mut a) = p.alt(|p| p.gather(|p| p.kwarg_or_starred())) {
                    if let Some(b) = p.alt(|p| {
                        p.expect(T::Comma)?;
                        p.gather(|p| p.kwarg_or_double_starred())
                    }) {
                        a.extend(b);
                    }
                    if p.failed() {
                        return None;
                    }
                    return Some(a);
                }
                if p.failed() {
                    return None;
                }
                return p.alt(|p| p.gather(|p| p.kwarg_or_double_starred()));
            }
            if let Some(r) = p.alt(|p| {
                let mut a = p.gather(|p| p.kwarg_or_starred())?;
                p.expect(T::Comma)?;
                let b = p.gather(|p| p.kwarg_or_double_starred())?;
                a.extend(b);
                Some(a)
            }) {
                return Some(r);
            }
            if p.failed() {
                return None;
            }
            if let Some(r) = p.alt(|p| p.gather(|p| p.kwarg_or_starred())) {
                return Some(r);
            }
            if p.failed() {
                return None;
            }
            p.alt(|p| p.gather(|p| p.kwarg_or_double_starred()))
        })
    }

    /// `starred_expression`.
    pub(crate) fn starred_expression(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if p.invalid(|p| p.invalid_starred_expression_unpacking()) {
                return None;
            }
            if let Some(e) = p.alt(|p| {
                let start = p.mark;
                p.expect(T::Star)?;
                let a = p.expression()?;
                Some(Expr::Starred(ExprStarred {
                    value: Box::new(a),
                    ctx: ExprContext::Load,
                    range: p.range_from(start),
                }))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_starred_expression());
            None
        })
    }

    /// `NAME '=' expression` as a keyword.
    fn keyword_arg(&mut self) -> Option<KwOrStarred> {
        self.alt(|p| {
            let start = p.mark;
            let (id, _) = p.name_identifier()?;
            p.expect(T::Equal)?;
            let b = p.expression()?;
            Some(KwOrStarred::Keyword(Keyword {
                arg: Some(id),
                value: Box::new(b),
                range: p.range_from(start),
            }))
        })
    }

    /// `kwarg_or_starred`.
    fn kwarg_or_starred(&mut self) -> Option<KwOrStarred> {
        self.nested(|p| {
            if p.invalid(|p| p.invalid_kwarg()) {
                return None;
            }
            if let Some(k) = p.keyword_arg() {
                return Some(k);
            }
            if p.failed() {
                return None;
            }
            p.starred_expression().map(KwOrStarred::Starred)
        })
    }

    /// `kwarg_or_double_starred`.
    fn kwarg_or_double_starred(&mut self) -> Option<KwOrStarred> {
        self.nested(|p| {
            if p.invalid(|p| p.invalid_kwarg()) {
                return None;
            }
            if let Some(k) = p.keyword_arg() {
                return Some(k);
            }
            if p.failed() {
                return None;
            }
            p.alt(|p| {
                let start = p.mark;
                p.expect(T::DoubleStar)?;
                let a = p.expression()?;
                Some(KwOrStarred::Keyword(Keyword {
                    arg: None,
                    value: Box::new(a),
                    range: p.range_from(start),
                }))
            })
        })
    }

    // ----------------------------------------------------------------------------------
    // invalid_* rules
    // ----------------------------------------------------------------------------------

    fn invalid_arguments(&mut self) -> Option<()> {
        // ((','.(starred_expression | ...)+ ',' kwargs) | kwargs) a=',' ','.(starred_expression !'=')+
        if self
            .alt(|p| {
                let ok = p.alt(|p| {
                    p.gather(|p| p.positional_arg())?;
                    p.expect(T::Comma)?;
                    p.kwargs()
                });
                if ok.is_none() {
                    if p.failed() {
                        return None;
                    }
                    p.kwargs()?;
                }
                let a = p.expect(T::Comma)?;
                p.gather(|p| {
                    p.alt(|p| {
                        let e = p.starred_expression()?;
                        if p.at(T::Equal) {
                            return None;
                        }
                        Some(e)
                    })
                })?;
                p.raise_starting_from(
                    Self::token_range(a),
                    "iterable argument unpacking follows keyword argument unpacking",
                );
                None::<()>
            })
            .is_some()
            || self.failed()
        {
            return None;
        }
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        self.alt(|p| {
            let a = p.expression()?;
            let b = p.for_if_clauses()?;
            p.expect(T::Comma)?;
            let _ = p.alt(|p| {
                if p.args().is_some() {
                    return Some(());
                }
                if p.failed() {
                    return None;
                }
                p.expression()?;
                p.for_if_clauses()?;
                Some(())
            });
            if p.failed() {
                return None;
            }
            let last = b.last()?;
            p.raise_range(
                a.range(),
                last_comprehension_item(last),
                "Generator expression must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=NAME b='=' expression for_if_clauses
        self.alt(|p| {
            let a = p.expect(T::Name)?;
            let b = p.expect(T::Equal)?;
            p.expression()?;
            p.for_if_clauses()?;
            p.raise_range(
                Self::token_range(a),
                Self::token_range(b),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // (args ',')? a=NAME b='=' &(',' | ')')
        self.alt(|p| {
            let _ = p.alt(|p| {
                p.args()?;
                p.expect(T::Comma)
            });
            if p.failed() {
                return None;
            }
            let a = p.expect(T::Name)?;
            let b = p.expect(T::Equal)?;
            if !(p.at(T::Comma) || p.at(T::RPar)) {
                return None;
            }
            p.raise_range(
                Self::token_range(a),
                Self::token_range(b),
                "expected argument value expression",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=args b=for_if_clauses
        self.alt(|p| {
            let a = p.args()?;
            let b = p.for_if_clauses()?;
            // _PyPegen_nonparen_genexp_in_call
            if a.0.len() <= 1 {
                return None;
            }
            let last_arg = a.0.last()?.range();
            let last = b.last()?;
            p.raise_range(
                last_arg,
                last_comprehension_item(last),
                "Generator expression must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // args ',' a=expression b=for_if_clauses
        self.alt(|p| {
            p.args()?;
            p.expect(T::Comma)?;
            let a = p.expression()?;
            let b = p.for_if_clauses()?;
            let last = b.last()?;
            p.raise_range(
                a.range(),
                last_comprehension_item(last),
                "Generator expression must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=args ',' args
        self.alt(|p| {
            let a = p.args()?;
            p.expect(T::Comma)?;
            p.args()?;
            let unpacking = a.1.iter().any(|k| k.arg.is_none());
            let msg = if unpacking {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            };
            p.raise_error(ErrorType::SyntaxError, msg);
            None::<()>
        });
        None
    }

    fn invalid_kwarg(&mut self) -> Option<()> {
        // a=('True'|'False'|'None') b='='
        self.alt(|p| {
            let a = p.peek();
            if !matches!(a.kind, T::True | T::False | T::None) {
                return None;
            }
            p.mark += 1;
            let b = p.expect(T::Equal)?;
            let text = p.text(a).to_string();
            p.raise_range(
                Self::token_range(a),
                Self::token_range(b),
                format!("cannot assign to {text}"),
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=NAME b='=' expression for_if_clauses
        self.alt(|p| {
            let a = p.expect(T::Name)?;
            let b = p.expect(T::Equal)?;
            p.expression()?;
            p.for_if_clauses()?;
            p.raise_range(
                Self::token_range(a),
                Self::token_range(b),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // !(NAME '=') a=expression b='='
        self.alt(|p| {
            if p.lookahead(true, |p| {
                p.expect(T::Name)?;
                p.expect(T::Equal)
            }) {
                return None;
            }
            if p.failed() {
                return None;
            }
            let a = p.expression()?;
            let b = p.expect(T::Equal)?;
            p.raise_range(
                a.range(),
                Self::token_range(b),
                "expression cannot contain assignment, perhaps you meant \"==\"?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a='**' expression '=' b=expression
        self.alt(|p| {
            let a = p.expect(T::DoubleStar)?;
            p.expression()?;
            p.expect(T::Equal)?;
            let b = p.expression()?;
            p.raise_range(
                Self::token_range(a),
                b.range(),
                "cannot assign to keyword argument unpacking",
            );
            None::<()>
        });
        None
    }

    fn invalid_legacy_expression(&mut self) -> Option<()> {
        let a = self.name()?;
        if self.at(T::LPar) {
            return None;
        }
        if self.failed() {
            return None;
        }
        let b = self.star_expressions()?;
        if is_legacy_stmt_name(&a) {
            let Expr::Name(n) = &a else { return None };
            let id = n.id.clone();
            self.raise_range(
                a.range(),
                b.range(),
                format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"),
            );
        }
        None
    }

    fn invalid_expression(&mut self) -> Option<()> {
        // STRING a=(!STRING expression_without_invalid)+ STRING
        self.alt(|p| {
            p.expect(T::String)?;
            let mut items = Vec::new();
            loop {
                if p.at(T::String) {
                    break;
                }
                if p.failed() {
                    return None;
                }
                match p.expression_without_invalid() {
                    Some(e) => items.push(e),
                    None => break,
                }
            }
            if p.failed() || items.is_empty() {
                return None;
            }
            p.expect(T::String)?;
            let first = items.first()?.range();
            let last = items.last()?.range();
            p.raise_range(
                first,
                last,
                "invalid syntax. Is this intended to be part of the string?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        self.alt(|p| {
            let name_string = p.lookahead(true, |p| {
                p.expect(T::Name)?;
                p.expect(T::String)
            });
            if name_string || p.failed() || p.at_soft_keyword() {
                return None;
            }
            let a = p.disjunction()?;
            let b = p.expression_without_invalid()?;
            if is_legacy_stmt_name(&a) {
                return None;
            }
            let prev = p.mark.checked_sub(1)?;
            if p.level_after(prev) == 0 {
                return None;
            }
            p.raise_range(
                a.range(),
                b.range(),
                "invalid syntax. Perhaps you forgot a comma?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=disjunction 'if' b=disjunction !('else'|':')
        self.alt(|p| {
            let a = p.disjunction()?;
            p.expect(T::If)?;
            let b = p.disjunction()?;
            if p.at(T::Else) || p.at(T::Colon) || p.failed() {
                return None;
            }
            p.raise_range(
                a.range(),
                b.range(),
                "expected 'else' after 'if' expression",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=disjunction 'if' b=disjunction 'else' !expression
        self.alt(|p| {
            p.disjunction()?;
            p.expect(T::If)?;
            p.disjunction()?;
            p.expect(T::Else)?;
            if !p.lookahead(false, |p| p.expression()) {
                return None;
            }
            p.raise_on_next_token("expected expression after 'else', but statement is given");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
        self.alt(|p| {
            let a = p.peek();
            if !matches!(a.kind, T::Pass | T::Break | T::Continue) {
                return None;
            }
            p.mark += 1;
            p.expect(T::If)?;
            p.disjunction()?;
            p.expect(T::Else)?;
            p.simple_stmt()?;
            p.raise_node(
                Self::token_range(a),
                "expected expression before 'if', but statement is given",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)
        self.alt(|p| {
            let a = p.expect(T::Lambda)?;
            let _ = p.lambda_params();
            if p.failed() {
                return None;
            }
            let b = p.expect(T::Colon)?;
            let msg = match p.peek_kind() {
                T::FStringMiddle => {
                    "f-string: lambda expressions are not allowed without parentheses"
                }
                T::TStringMiddle => {
                    "t-string: lambda expressions are not allowed without parentheses"
                }
                _ => return None,
            };
            p.raise_range(Self::token_range(a), Self::token_range(b), msg);
            None::<()>
        });
        None
    }

    fn invalid_named_expression(&mut self) -> Option<()> {
        self.memo(Rule::InvalidNamedExpression, |p| {
            // a=expression ':=' expression
            p.alt(|p| {
                let a = p.expression()?;
                p.expect(T::ColonEqual)?;
                p.expression()?;
                let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
                p.raise_node(a.range(), msg);
                None::<()>
            });
            if p.failed() {
                return None;
            }
            // a=NAME '=' b=bitwise_or !('='|':=')
            p.alt(|p| {
                let a = p.expect(T::Name)?;
                p.expect(T::Equal)?;
                let b = p.bitwise_or()?;
                if p.at(T::Equal) || p.at(T::ColonEqual) || p.failed() {
                    return None;
                }
                p.raise_range(
                    Self::token_range(a),
                    b.range(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
                None::<()>
            });
            if p.failed() {
                return None;
            }
            // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
            p.alt(|p| {
                let blocked = p.lookahead(true, |p| {
                    if p.list().is_some() {
                        return Some(());
                    }
                    if p.failed() {
                        return None;
                    }
                    if p.tuple().is_some() {
                        return Some(());
                    }
                    if p.failed() {
                        return None;
                    }
                    if p.genexp().is_some() {
                        return Some(());
                    }
                    if p.failed() {
                        return None;
                    }
                    if matches!(p.peek_kind(), T::True | T::None | T::False) {
                        return Some(());
                    }
                    None
                });
                if blocked || p.failed() {
                    return None;
                }
                let a = p.bitwise_or()?;
                p.expect(T::Equal)?;
                p.bitwise_or()?;
                if p.at(T::Equal) || p.at(T::ColonEqual) || p.failed() {
                    return None;
                }
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&a)
                );
                p.raise_node(a.range(), msg);
                None::<()>
            });
            None
        })
    }

    fn invalid_comprehension(&mut self) -> Option<()> {
        // ('[' | '(' | '{') a=starred_expression for_if_clauses
        self.alt(|p| {
            if !matches!(p.peek_kind(), T::LSqb | T::LPar | T::LBrace) {
                return None;
            }
            p.mark += 1;
            let a = p.starred_expression()?;
            p.for_if_clauses()?;
            p.raise_node(
                a.range(),
                "iterable unpacking cannot be used in comprehension",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
        self.alt(|p| {
            if !matches!(p.peek_kind(), T::LSqb | T::LBrace) {
                return None;
            }
            p.mark += 1;
            let a = p.star_named_expression()?;
            p.expect(T::Comma)?;
            let b = p.star_named_expressions()?;
            p.for_if_clauses()?;
            let last = b.last()?.range();
            p.raise_range(
                a.range(),
                last,
                "did you forget parentheses around the comprehension target?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // ('[' | '{') a=star_named_expression b=',' for_if_clauses
        self.alt(|p| {
            if !matches!(p.peek_kind(), T::LSqb | T::LBrace) {
                return None;
            }
            p.mark += 1;
            let a = p.star_named_expression()?;
            let b = p.expect(T::Comma)?;
            p.for_if_clauses()?;
            p.raise_range(
                a.range(),
                Self::token_range(b),
                "did you forget parentheses around the comprehension target?",
            );
            None::<()>
        });
        None
    }

    fn invalid_dict_comprehension(&mut self) -> Option<()> {
        self.expect(T::LBrace)?;
        let a = self.expect(T::DoubleStar)?;
        self.bitwise_or()?;
        self.for_if_clauses()?;
        self.expect(T::RBrace)?;
        self.raise_at_token(a, "dict unpacking cannot be used in dict comprehension");
        None
    }

    fn invalid_for_if_clause(&mut self) -> Option<()> {
        self.expect(T::Async);
        self.expect(T::For)?;
        self.bitwise_or()?;
        while self
            .alt(|p| {
                p.expect(T::Comma)?;
                p.bitwise_or()
            })
            .is_some()
        {}
        if self.failed() {
            return None;
        }
        self.expect(T::Comma);
        if self.at(T::In) || self.failed() {
            return None;
        }
        self.raise_error(
            ErrorType::SyntaxError,
            "'in' expected after for-loop variables",
        );
        None
    }

    fn invalid_group(&mut self) -> Option<()> {
        self.alt(|p| {
            p.expect(T::LPar)?;
            let a = p.starred_expression()?;
            p.expect(T::RPar)?;
            p.raise_node(a.range(), "cannot use starred expression here");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expect(T::LPar)?;
            let a = p.expect(T::DoubleStar)?;
            p.expression()?;
            p.expect(T::RPar)?;
            p.raise_at_token(a, "cannot use double starred expression here");
            None::<()>
        });
        None
    }

    fn invalid_double_starred_kvpairs(&mut self) -> Option<()> {
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        self.alt(|p| {
            p.gather(|p| p.double_starred_kvpair())?;
            p.expect(T::Comma)?;
            p.invalid_kvpair()
        });
        if self.failed() {
            return None;
        }
        // expression ':' a='*' bitwise_or
        self.alt(|p| {
            p.expression()?;
            p.expect(T::Colon)?;
            let a = p.expect(T::Star)?;
            p.bitwise_or()?;
            p.raise_starting_from(
                Self::token_range(a),
                "cannot use a starred expression in a dictionary value",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // expression a=':' &('}'|',')
        self.alt(|p| {
            p.expression()?;
            let a = p.expect(T::Colon)?;
            if !(p.at(T::RBrace) || p.at(T::Comma)) {
                return None;
            }
            p.raise_at_token(a, "expression expected after dictionary key and ':'");
            None::<()>
        });
        None
    }

    fn invalid_kvpair(&mut self) -> Option<()> {
        // a=expression !(':')
        self.alt(|p| {
            let a = p.expression()?;
            if p.at(T::Colon) || p.failed() {
                return None;
            }
            let r = a.range();
            p.raise_at(
                ErrorType::SyntaxError,
                r.lineno,
                r.end_col_offset.saturating_sub(1),
                End::None {
                    lineno: r.end_lineno,
                },
                "':' expected after dictionary key",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expression()?;
            p.expect(T::Colon)?;
            let a = p.expect(T::Star)?;
            p.bitwise_or()?;
            p.raise_starting_from(
                Self::token_range(a),
                "cannot use a starred expression in a dictionary value",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expression()?;
            let a = p.expect(T::Colon)?;
            if !(p.at(T::RBrace) || p.at(T::Comma)) {
                return None;
            }
            p.raise_at_token(a, "expression expected after dictionary key and ':'");
            None::<()>
        });
        None
    }

    fn invalid_starred_expression_unpacking(&mut self) -> Option<()> {
        let a = self.expect(T::Star)?;
        self.expression()?;
        self.expect(T::Equal)?;
        let b = self.expression()?;
        self.raise_range(
            Self::token_range(a),
            b.range(),
            "cannot assign to iterable argument unpacking",
        );
        None
    }

    fn invalid_starred_expression(&mut self) -> Option<()> {
        self.expect(T::Star)?;
        self.raise_error(ErrorType::SyntaxError, "Invalid star expression");
        None
    }

    fn invalid_arithmetic(&mut self) -> Option<()> {
        self.sum()?;
        if !matches!(
            self.peek_kind(),
            T::Plus | T::Minus | T::Star | T::Slash | T::Percent | T::DoubleSlash | T::At
        ) {
            return None;
        }
        self.mark += 1;
        let a = self.expect(T::Not)?;
        let b = self.inversion()?;
        self.raise_range(
            Self::token_range(a),
            b.range(),
            "'not' after an operator must be parenthesized",
        );
        None
    }

    fn invalid_factor(&mut self) -> Option<()> {
        if !matches!(self.peek_kind(), T::Plus | T::Minus | T::Tilde) {
            return None;
        }
        self.mark += 1;
        let a = self.expect(T::Not)?;
        let b = self.factor()?;
        self.raise_range(
            Self::token_range(a),
            b.range(),
            "'not' after an operator must be parenthesized",
        );
        None
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::DumpOptions;

    /// Parses each source as a module and compares with the oracle's answer: the
    /// `ast.dump(..., include_attributes=True)` text, or `Type: msg (l:o-l:o)` for an error.
    pub(crate) fn check_cases(cases: &[(&str, &str)]) {
        let options = DumpOptions {
            include_attributes: true,
            indent: None,
        };
        let mut failures = Vec::new();
        for (source, expected) in cases {
            let actual = match crate::parse_module(source.as_bytes(), "<unknown>") {
                Ok(module) => crate::ast::dump(&module, &options),
                Err(e) => format!(
                    "{}: {} ({}:{}-{}:{})",
                    e.error_type.name(),
                    e.msg,
                    e.lineno,
                    e.offset,
                    e.end_lineno,
                    e.end_offset
                ),
            };
            if actual != *expected {
                failures.push(format!(
                    "{source:?}\n  expected {expected}\n    actual {actual}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases differ:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    /// Expectations from the CPython 3.14 oracle.
    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("a if b else c\n", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])"),
        ("lambda x, /, y=1, *a, z, **k: x\n", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='y', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], vararg=arg(arg='a', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), kwonlyargs=[arg(arg='z', lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], kw_defaults=[None], kwarg=arg(arg='k', lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=Name(id='x', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)])"),
        ("a[1:2, ::3, *b]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        ("f(*a, b, c=1, **d, e=2)\n", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), keyword(arg='e', value=Constant(value=2, lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=19, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)])"),
        ("f(x for x in y)\n", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        ("x = not a == b < c is not d not in e in f is g\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ops=[Eq(), Lt(), IsNot(), NotIn(), In(), Is()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), Name(id='c', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), Name(id='d', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), Name(id='e', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), Name(id='f', ctx=Load(), lineno=1, col_offset=40, end_lineno=1, end_col_offset=41), Name(id='g', ctx=Load(), lineno=1, col_offset=45, end_lineno=1, end_col_offset=46)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=46), lineno=1, col_offset=4, end_lineno=1, end_col_offset=46), lineno=1, col_offset=0, end_lineno=1, end_col_offset=46)])"),
        ("-x ** -y\n", "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), lineno=1, col_offset=1, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        ("a @ b // c % d << e >> f & g ^ h | i\n", "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=MatMult(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), op=FloorDiv(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), op=Mod(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), op=LShift(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), op=RShift(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), op=BitAnd(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), op=BitXor(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), op=BitOr(), right=Name(id='i', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, end_col_offset=36)])"),
        ("{**a, b: c}\n", "Module(body=[Expr(value=Dict(keys=[None, Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"),
        ("{a for b in c if d if e for f in g}\n", "Module(body=[Expr(value=SetComp(elt=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='b', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='d', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), Name(id='e', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], is_async=0), comprehension(target=Name(id='f', ctx=Store(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), iter=Name(id='g', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=35), lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)])"),
        ("{a: b for c, d in e}\n", "Module(body=[Expr(value=DictComp(key=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='c', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='d', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), iter=Name(id='e', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        ("(x := 1, [*a])\n", "Module(body=[Expr(value=Tuple(elts=[NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7), List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12)], ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        ("(yield)\n", "Module(body=[Expr(value=Yield(lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        ("x = (  # c\n  1,\n)\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=2, end_lineno=2, end_col_offset=3)], ctx=Load(), lineno=1, col_offset=4, end_lineno=3, end_col_offset=1), lineno=1, col_offset=0, end_lineno=3, end_col_offset=1)])"),
        ("await x\n", "Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        ("f(a for a in b, c)\n", "SyntaxError: Generator expression must be parenthesized (1:3-1:15)"),
        ("f(a, b for b in c)\n", "SyntaxError: Generator expression must be parenthesized (1:6-1:18)"),
        ("f(a=1, b)\n", "SyntaxError: positional argument follows keyword argument (1:9-1:10)"),
        ("f(**a, b)\n", "SyntaxError: positional argument follows keyword argument unpacking (1:9-1:10)"),
        ("f(**a, *b)\n", "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:6-1:10)"),
        ("f(True=1)\n", "SyntaxError: cannot assign to True (1:3-1:8)"),
        ("f(a.b=1)\n", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:3-1:7)"),
        ("f(a=)\n", "SyntaxError: expected argument value expression (1:3-1:5)"),
        ("print \"hello\"\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1-1:14)"),
        ("[a b]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)"),
        ("x = 1 if 2\n", "SyntaxError: expected 'else' after 'if' expression (1:5-1:11)"),
        ("(a := 1) := 2\n", "SyntaxError: cannot use assignment expressions with named expression (1:2-1:8)"),
        ("if x = 1: pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:4-1:9)"),
        ("[*a for a in b]\n", "SyntaxError: iterable unpacking cannot be used in comprehension (1:2-1:4)"),
        ("[a, b for a in c]\n", "SyntaxError: did you forget parentheses around the comprehension target? (1:2-1:6)"),
        ("{**a for a in b}\n", "SyntaxError: dict unpacking cannot be used in dict comprehension (1:2-1:4)"),
        ("(*a)\n", "SyntaxError: cannot use starred expression here (1:2-1:4)"),
        ("{a: *b}\n", "SyntaxError: cannot use a starred expression in a dictionary value (1:5-1:7)"),
        ("{a:b, c d}\n", "SyntaxError: ':' expected after dictionary key (1:7-1:0)"),
        ("a + not b\n", "SyntaxError: 'not' after an operator must be parenthesized (1:5-1:10)"),
        ("x = \"abc\" 1 \"def\"\n", "SyntaxError: invalid syntax. Is this intended to be part of the string? (1:11-1:12)"),
        ("a <> b\n", "SyntaxError: invalid syntax (1:3-1:5)"),
        ("f(x for x in y, )\n", "SyntaxError: Generator expression must be parenthesized (1:3-1:15)"),
        ("x = {a:}\n", "SyntaxError: expression expected after dictionary key and ':' (1:7-1:8)"),
    ];

    #[test]
    fn expressions_match_cpython() {
        super::super::expressions::test_support::check_cases(CASES);
    }
}
