//! Assignment and deletion targets (`star_targets`, `single_target`, `del_targets`,
//! `t_primary`), setting expression contexts, and the shared helpers the `invalid_*` rules
//! use to name an expression ("function call", "literal", ...) and to find the offending
//! sub-expression of an invalid target.

use super::{Parser, Rule};
use crate::ast::{
    CmpOp, Constant, Expr, ExprAttribute, ExprCall, ExprContext, ExprList, ExprStarred,
    ExprSubscript, ExprTuple,
};
use crate::token::TokenKind as T;

/// Which kind of target an invalid-target search is for (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TargetsType {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_set_expr_context`: `expr` with context `ctx` (recursively through
/// tuples, lists and starred; other expressions are returned unchanged).
pub(crate) fn set_expr_context(expr: Expr, ctx: ExprContext) -> Expr {
    match expr {
        Expr::Name(mut n) => {
            n.ctx = ctx;
            Expr::Name(n)
        }
        Expr::Tuple(mut t) => {
            t.elts = t
                .elts
                .into_iter()
                .map(|e| set_expr_context(e, ctx))
                .collect();
            t.ctx = ctx;
            Expr::Tuple(t)
        }
        Expr::List(mut l) => {
            l.elts = l
                .elts
                .into_iter()
                .map(|e| set_expr_context(e, ctx))
                .collect();
            l.ctx = ctx;
            Expr::List(l)
        }
        Expr::Subscript(mut s) => {
            s.ctx = ctx;
            Expr::Subscript(s)
        }
        Expr::Attribute(mut a) => {
            a.ctx = ctx;
            Expr::Attribute(a)
        }
        Expr::Starred(mut s) => {
            s.value = Box::new(set_expr_context(*s.value, ctx));
            s.ctx = ctx;
            Expr::Starred(s)
        }
        other => other,
    }
}

impl Parser<'_> {
    /// `star_targets`.
    pub(crate) fn star_targets(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            let a = p.star_target()?;
            if !p.at(T::Comma) {
                return Some(a);
            }
            let mut elts = vec![a];
            while let Some(c) = p.alt(|p| {
                p.expect(T::Comma)?;
                p.star_target()
            }) {
                elts.push(c);
            }
            if p.failed() {
                return None;
            }
            p.expect(T::Comma);
            Some(Expr::Tuple(ExprTuple {
                elts,
                ctx: ExprContext::Store,
                range: p.range_from(start),
            }))
        })
    }

    /// `star_targets_list_seq: ','.star_target+ [',']`.
    fn star_targets_list_seq(&mut self) -> Option<Vec<Expr>> {
        let items = self.gather(|p| p.star_target())?;
        self.expect(T::Comma);
        Some(items)
    }

    /// `star_targets_tuple_seq`: at least one comma.
    fn star_targets_tuple_seq(&mut self) -> Option<Vec<Expr>> {
        self.alt(|p| {
            let a = p.star_target()?;
            let mut items = vec![a];
            while let Some(c) = p.alt(|p| {
                p.expect(T::Comma)?;
                p.star_target()
            }) {
                items.push(c);
            }
            if p.failed() {
                return None;
            }
            if items.len() == 1 {
                p.expect(T::Comma)?;
            } else {
                p.expect(T::Comma);
            }
            Some(items)
        })
    }

    /// `star_target (memo)`.
    pub(crate) fn star_target(&mut self) -> Option<Expr> {
        self.memo_second_pass(Rule::StarTarget, |p| {
            let start = p.mark;
            if let Some(a) = p.alt(|p| {
                p.expect(T::Star)?;
                if p.at(T::Star) {
                    return None;
                }
                p.star_target()
            }) {
                return Some(Expr::Starred(ExprStarred {
                    value: Box::new(set_expr_context(a, ExprContext::Store)),
                    ctx: ExprContext::Store,
                    range: p.range_from(start),
                }));
            }
            if p.failed() {
                return None;
            }
            p.target_with_star_atom()
        })
    }

    /// `target_with_star_atom (memo)`.
    pub(crate) fn target_with_star_atom(&mut self) -> Option<Expr> {
        self.memo_rule(Rule::TargetWithStarAtom, |p| {
            if let Some(e) = p.subscript_attribute_target(ExprContext::Store) {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            p.star_atom()
        })
    }

    /// `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead` with `ctx`.
    fn subscript_attribute_target(&mut self, ctx: ExprContext) -> Option<Expr> {
        self.alt(|p| {
            let start = p.mark;
            let a = p.t_primary()?;
            // The two alternatives start with different tokens, so at most one can match.
            match p.peek_kind() {
                T::Dot => {
                    p.expect(T::Dot)?;
                    let (attr, _) = p.name_identifier()?;
                    if p.at_t_lookahead() {
                        return None;
                    }
                    Some(Expr::Attribute(ExprAttribute {
                        value: Box::new(a),
                        attr,
                        ctx,
                        range: p.range_from(start),
                    }))
                }
                T::LSqb => {
                    p.expect(T::LSqb)?;
                    let b = p.slices()?;
                    p.expect(T::RSqb)?;
                    if p.at_t_lookahead() {
                        return None;
                    }
                    Some(Expr::Subscript(ExprSubscript {
                        value: Box::new(a),
                        slice: Box::new(b),
                        ctx,
                        range: p.range_from(start),
                    }))
                }
                _ => None,
            }
        })
    }

    /// `star_atom`.
    fn star_atom(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            match p.peek_kind() {
                T::Name => p.name().map(|n| set_expr_context(n, ExprContext::Store)),
                T::LPar => {
                    if let Some(a) = p.alt(|p| {
                        p.expect(T::LPar)?;
                        let a = p.target_with_star_atom()?;
                        p.expect(T::RPar)?;
                        Some(a)
                    }) {
                        return Some(set_expr_context(a, ExprContext::Store));
                    }
                    if p.failed() {
                        return None;
                    }
                    p.alt(|p| {
                        p.expect(T::LPar)?;
                        let a = p.star_targets_tuple_seq();
                        if p.failed() {
                            return None;
                        }
                        p.expect(T::RPar)?;
                        Some(Expr::Tuple(ExprTuple {
                            elts: a.unwrap_or_default(),
                            ctx: ExprContext::Store,
                            range: p.range_from(start),
                        }))
                    })
                }
                T::LSqb => p.alt(|p| {
                    p.expect(T::LSqb)?;
                    let a = p.star_targets_list_seq();
                    if p.failed() {
                        return None;
                    }
                    p.expect(T::RSqb)?;
                    Some(Expr::List(ExprList {
                        elts: a.unwrap_or_default(),
                        ctx: ExprContext::Store,
                        range: p.range_from(start),
                    }))
                }),
                _ => None,
            }
        })
    }

    /// `single_target`.
    pub(crate) fn single_target(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.single_subscript_attribute_target() {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            if let Some(n) = p.name() {
                return Some(set_expr_context(n, ExprContext::Store));
            }
            if p.failed() {
                return None;
            }
            p.alt(|p| {
                p.expect(T::LPar)?;
                let a = p.single_target()?;
                p.expect(T::RPar)?;
                Some(a)
            })
        })
    }

    /// `single_subscript_attribute_target`.
    pub(crate) fn single_subscript_attribute_target(&mut self) -> Option<Expr> {
        self.nested(|p| p.subscript_attribute_target(ExprContext::Store))
    }

    /// `t_lookahead: '(' | '[' | '.'`.
    fn at_t_lookahead(&mut self) -> bool {
        matches!(self.peek_kind(), T::LPar | T::LSqb | T::Dot) && !self.failed()
    }

    /// `t_primary` (left-recursive: a loop where every step must be followed by
    /// `t_lookahead`).
    pub(crate) fn t_primary(&mut self) -> Option<Expr> {
        self.memo_rule(Rule::TPrimary, |p| {
            let start = p.mark;
            // First pass: a one-token atom not followed by t_lookahead fails here; look at
            // the token after it (which the lookahead fetches anyway) before building it.
            if p.fast_paths
                && !p.call_invalid_rules
                && matches!(p.peek_kind(), T::Name | T::True | T::False | T::None | T::Ellipsis)
                && !matches!(p.token_at(start + 1).kind, T::LPar | T::LSqb | T::Dot)
            {
                return None;
            }
            let mut a = p.alt(|p| {
                let a = p.atom()?;
                if !p.at_t_lookahead() {
                    return None;
                }
                Some(a)
            })?;
            loop {
                let step = match p.peek_kind() {
                    T::Dot => p.alt(|p| {
                        p.expect(T::Dot)?;
                        let (attr, _) = p.name_identifier()?;
                        if !p.at_t_lookahead() {
                            return None;
                        }
                        Some(Step::Attr(attr))
                    }),
                    T::LSqb => {
                        let sub = p.alt(|p| {
                            p.expect(T::LSqb)?;
                            let s = p.slices()?;
                            p.expect(T::RSqb)?;
                            if !p.at_t_lookahead() {
                                return None;
                            }
                            Some(Step::Subscript(s))
                        });
                        if sub.is_some() || p.failed() || !p.call_invalid_rules {
                            sub
                        } else {
                            // `t_primary genexp &t_lookahead`: genexp's invalid_comprehension.
                            p.alt(|p| {
                                let g = p.genexp()?;
                                if !p.at_t_lookahead() {
                                    return None;
                                }
                                Some(Step::Call(vec![g], Vec::new()))
                            })
                        }
                    }
                    T::LPar | T::LBrace => {
                        // In the second pass genexp's `invalid_comprehension` also accepts `{`.
                        let g = if p.at(T::LPar) || p.call_invalid_rules {
                            p.alt(|p| {
                                let g = p.genexp()?;
                                if !p.at_t_lookahead() {
                                    return None;
                                }
                                Some(Step::Call(vec![g], Vec::new()))
                            })
                        } else {
                            None
                        };
                        if g.is_some() || p.failed() || !p.at(T::LPar) {
                            g
                        } else {
                            p.alt(|p| {
                                let (args, keywords) = p.call_parens()?;
                                if !p.at_t_lookahead() {
                                    return None;
                                }
                                Some(Step::Call(args, keywords))
                            })
                        }
                    }
                    _ => None,
                };
                if p.failed() {
                    return None;
                }
                let Some(step) = step else { break };
                let range = p.range_from(start);
                a = match step {
                    Step::Attr(attr) => Expr::Attribute(ExprAttribute {
                        value: Box::new(a),
                        attr,
                        ctx: ExprContext::Load,
                        range,
                    }),
                    Step::Subscript(s) => Expr::Subscript(ExprSubscript {
                        value: Box::new(a),
                        slice: Box::new(s),
                        ctx: ExprContext::Load,
                        range,
                    }),
                    Step::Call(args, keywords) => Expr::Call(ExprCall {
                        func: Box::new(a),
                        args,
                        keywords,
                        range,
                    }),
                };
            }
            Some(a)
        })
    }

    /// `del_targets: ','.del_target+ [',']`.
    pub(crate) fn del_targets(&mut self) -> Option<Vec<Expr>> {
        self.nested(|p| {
            let items = p.gather(|p| p.del_target())?;
            p.expect(T::Comma);
            Some(items)
        })
    }

    /// `del_target (memo)`.
    fn del_target(&mut self) -> Option<Expr> {
        self.memo_rule(Rule::DelTarget, |p| {
            if let Some(e) = p.subscript_attribute_target(ExprContext::Del) {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            p.del_t_atom()
        })
    }

    /// `del_t_atom`.
    fn del_t_atom(&mut self) -> Option<Expr> {
        self.nested(|p| {
            let start = p.mark;
            match p.peek_kind() {
                T::Name => p.name().map(|n| set_expr_context(n, ExprContext::Del)),
                T::LPar => {
                    if let Some(a) = p.alt(|p| {
                        p.expect(T::LPar)?;
                        let a = p.del_target()?;
                        p.expect(T::RPar)?;
                        Some(a)
                    }) {
                        return Some(set_expr_context(a, ExprContext::Del));
                    }
                    if p.failed() {
                        return None;
                    }
                    p.alt(|p| {
                        p.expect(T::LPar)?;
                        let a = p.del_targets();
                        if p.failed() {
                            return None;
                        }
                        p.expect(T::RPar)?;
                        Some(Expr::Tuple(ExprTuple {
                            elts: a.unwrap_or_default(),
                            ctx: ExprContext::Del,
                            range: p.range_from(start),
                        }))
                    })
                }
                T::LSqb => p.alt(|p| {
                    p.expect(T::LSqb)?;
                    let a = p.del_targets();
                    if p.failed() {
                        return None;
                    }
                    p.expect(T::RSqb)?;
                    Some(Expr::List(ExprList {
                        elts: a.unwrap_or_default(),
                        ctx: ExprContext::Del,
                        range: p.range_from(start),
                    }))
                }),
                _ => None,
            }
        })
    }
}

enum Step {
    Attr(String),
    Subscript(Expr),
    Call(Vec<Expr>, Vec<crate::ast::Keyword>),
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(crate) fn expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::TemplateStr(_) | Expr::Interpolation(_) => "t-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::False => "False",
            Constant::True => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "expression",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the sub-expression that makes `expr` an
/// invalid target of the given kind, if any.
pub(crate) fn invalid_target(expr: &Expr, kind: TargetsType) -> Option<&Expr> {
    match expr {
        Expr::List(ExprList { elts, .. }) | Expr::Tuple(ExprTuple { elts, .. }) => {
            elts.iter().find_map(|e| invalid_target(e, kind))
        }
        Expr::Starred(s) => {
            if kind == TargetsType::Del {
                Some(expr)
            } else {
                invalid_target(&s.value, kind)
            }
        }
        Expr::Compare(c) => {
            if kind == TargetsType::For {
                if c.ops.first() == Some(&CmpOp::In) {
                    return invalid_target(&c.left, kind);
                }
                return None;
            }
            Some(expr)
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(expr),
    }
}

#[cfg(test)]
mod tests {
    /// Expectations from the CPython 3.14 oracle.
    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("(a, b) = [c, *d] = e\n", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), List(elts=[Name(id='c', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Starred(value=Name(id='d', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=16)], value=Name(id='e', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        ("x[a, b:c].d = 1\n", "Module(body=[Assign(targets=[Attribute(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Slice(lower=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), upper=Name(id='c', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), attr='d', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], value=Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        ("for (x, [y, *z]) in w: pass\n", "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), List(elts=[Name(id='y', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Starred(value=Name(id='z', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), iter=Name(id='w', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)])"),
        ("del (a), [b], c.d, e[f]\n", "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), List(elts=[Name(id='b', ctx=Del(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Del(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), attr='d', ctx=Del(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), Subscript(value=Name(id='e', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), slice=Name(id='f', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), ctx=Del(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)])"),
        ("a.b(c)[d] += 1\n", "Module(body=[AugAssign(target=Subscript(value=Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), slice=Name(id='d', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), op=Add(), value=Constant(value=1, lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        ("f() = 1\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:1-1:4)"),
        ("del f()\n", "SyntaxError: cannot delete function call (1:5-1:8)"),
        ("del *a\n", "SyntaxError: cannot delete starred (1:5-1:7)"),
        ("for a + b in c: pass\n", "SyntaxError: cannot assign to expression (1:5-1:10)"),
        ("[x for f() in c]\n", "SyntaxError: cannot assign to function call (1:8-1:11)"),
        ("(a, b) += 1\n", "SyntaxError: 'tuple' is an illegal expression for augmented assignment (1:1-1:7)"),
        ("with a as b + c: pass\n", "SyntaxError: cannot assign to expression (1:11-1:16)"),
        ("*a, *b = c\n", "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        ("x = yield = 1\n", "SyntaxError: assignment to yield expression not possible (1:5-1:10)"),
    ];

    #[test]
    fn targets_match_cpython() {
        super::super::expressions::test_support::check_cases(CASES);
    }
}
