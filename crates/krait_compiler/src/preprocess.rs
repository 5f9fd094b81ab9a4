//! CPython 3.14's `_PyAST_Preprocess` (`Python/ast_preprocess.c`): the rewrites `compile()`
//! makes to the tree between parsing and the symbol table.
//!
//! In walk order (the same as CPython's, which decides the order of warnings):
//! - `__debug__` read as a name becomes the constant `True` (`False` when optimising);
//! - `"literal %s %r %a" % (a, b, c)` with a tuple of as many plain items as there are
//!   `%s`/`%r`/`%a` units (flags `-`, width and precision of at most two digits) becomes an
//!   f-string (`JoinedStr`); anything else is left alone;
//! - inside `match` patterns, `-number` and `number +/- number` (complex literals) fold to
//!   constants (value patterns and mapping keys);
//! - at `optimize >= 2` (`-OO`) docstrings are removed (a body that was only a docstring
//!   becomes `pass` at the docstring's start, 4 columns wide), and a string statement that
//!   would become the new docstring is wrapped in a `JoinedStr` so it stays a plain statement;
//! - PEP 765: `return`, `break` and `continue` that would leave a `finally` block produce
//!   `SyntaxWarning: '<kw>' in a 'finally' block` at the statement.
//!
//! Under `from __future__ import annotations`, annotations are not walked (they will be
//! strings). Nodes CPython creates without a position get [`NO_POSITION`].

use crate::error::CompileWarning;
use crate::future::{FutureFeatures, docstring};
use krait_syntax::ast::*;
use num_bigint::BigInt;

/// The position of nodes CPython makes with `-1` for every field (the string pieces and
/// format specs of a `%`-format turned f-string).
pub const NO_POSITION: Range =
    Range { lineno: u32::MAX, col_offset: u32::MAX, end_lineno: u32::MAX, end_col_offset: u32::MAX };

/// Rewrites the module in place and appends the warnings CPython emits. `optimize` is
/// `compile()`'s level (-1 means the interpreter's, which is 0).
pub fn preprocess(module: &mut Mod, optimize: i32, future: &FutureFeatures, warnings: &mut Vec<CompileWarning>) {
    let mut p =
        Preprocessor { optimize: optimize.max(0), annotations: !future.annotations(), finally: Vec::new(), warnings };
    match module {
        Mod::Module(m) => p.body(&mut m.body),
        Mod::Interactive(m) => m.body.iter_mut().for_each(|s| p.stmt(s)),
        Mod::Expression(m) => p.expr(&mut m.body),
        Mod::FunctionType(_) => {}
    }
}

/// What a `return`/`break`/`continue` is inside (PEP 765): the innermost of `finally`,
/// function body, loop body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Finally,
    Function,
    Loop,
}

struct Preprocessor<'w> {
    optimize: i32,
    /// Whether annotations are evaluated (no `from __future__ import annotations`).
    annotations: bool,
    finally: Vec<Context>,
    warnings: &'w mut Vec<CompileWarning>,
}

impl Preprocessor<'_> {
    /// A `return` leaves a `finally` unless a function is nearer; `break`/`continue` unless a
    /// loop is: either way, exactly when the innermost context is a `finally` block.
    fn warn_in_finally(&mut self, keyword: &str, range: Range) {
        if self.finally.last() == Some(&Context::Finally) {
            self.warnings.push(CompileWarning {
                category: "SyntaxWarning",
                message: format!("'{keyword}' in a 'finally' block"),
                range,
            });
        }
    }

    fn within(&mut self, context: Context, f: impl FnOnce(&mut Self)) {
        self.finally.push(context);
        f(self);
        self.finally.pop();
    }

    /// `astfold_body`: docstring removal at `-OO`, then the statements.
    fn body(&mut self, body: &mut Vec<Stmt>) {
        let mut had_docstring = docstring(body).is_some();
        if had_docstring && self.optimize >= 2 {
            remove_docstring(body);
            had_docstring = false;
        }
        body.iter_mut().for_each(|s| self.stmt(s));
        if !had_docstring
            && docstring(body).is_some()
            && let Some(Stmt::Expr(statement)) = body.first_mut()
        {
            let range = statement.range;
            let value = std::mem::replace(&mut *statement.value, placeholder());
            *statement.value = Expr::JoinedStr(ExprJoinedStr { values: vec![value], range });
        }
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        body.iter_mut().for_each(|s| self.stmt(s));
    }

    fn exprs(&mut self, exprs: &mut [Expr]) {
        exprs.iter_mut().for_each(|e| self.expr(e));
    }

    fn opt(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn annotation(&mut self, e: &mut Option<Box<Expr>>) {
        if self.annotations {
            self.opt(e);
        }
    }

    fn arguments(&mut self, a: &mut Arguments) {
        for arg in a.posonlyargs.iter_mut().chain(&mut a.args) {
            self.annotation(&mut arg.annotation);
        }
        if let Some(v) = &mut a.vararg {
            self.annotation(&mut v.annotation);
        }
        for arg in &mut a.kwonlyargs {
            self.annotation(&mut arg.annotation);
        }
        a.kw_defaults.iter_mut().flatten().for_each(|e| self.expr(e));
        if let Some(k) = &mut a.kwarg {
            self.annotation(&mut k.annotation);
        }
        self.exprs(&mut a.defaults);
    }

    fn type_params(&mut self, params: &mut [TypeParam]) {
        for tp in params {
            match tp {
                TypeParam::TypeVar(t) => {
                    self.opt(&mut t.bound);
                    self.opt(&mut t.default_value);
                }
                TypeParam::ParamSpec(t) => self.opt(&mut t.default_value),
                TypeParam::TypeVarTuple(t) => self.opt(&mut t.default_value),
            }
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
    }

    fn stmt_inner(&mut self, s: &mut Stmt) {
        match s {
            Stmt::FunctionDef(StmtFunctionDef { type_params, args, body, decorator_list, returns, .. })
            | Stmt::AsyncFunctionDef(StmtAsyncFunctionDef {
                type_params, args, body, decorator_list, returns, ..
            }) => {
                self.type_params(type_params);
                self.arguments(args);
                self.within(Context::Function, |p| p.body(body));
                self.exprs(decorator_list);
                self.annotation(returns);
            }
            Stmt::ClassDef(c) => {
                self.type_params(&mut c.type_params);
                self.exprs(&mut c.bases);
                c.keywords.iter_mut().for_each(|k| self.expr(&mut k.value));
                self.body(&mut c.body);
                self.exprs(&mut c.decorator_list);
            }
            Stmt::Return(r) => {
                self.warn_in_finally("return", r.range);
                self.opt(&mut r.value);
            }
            Stmt::Delete(d) => self.exprs(&mut d.targets),
            Stmt::Assign(a) => {
                self.exprs(&mut a.targets);
                self.expr(&mut a.value);
            }
            Stmt::AugAssign(a) => {
                self.expr(&mut a.target);
                self.expr(&mut a.value);
            }
            Stmt::AnnAssign(a) => {
                self.expr(&mut a.target);
                if self.annotations {
                    self.expr(&mut a.annotation);
                }
                self.opt(&mut a.value);
            }
            Stmt::TypeAlias(t) => {
                self.expr(&mut t.name);
                self.type_params(&mut t.type_params);
                self.expr(&mut t.value);
            }
            Stmt::For(StmtFor { target, iter, body, orelse, .. })
            | Stmt::AsyncFor(StmtAsyncFor { target, iter, body, orelse, .. }) => {
                self.expr(target);
                self.expr(iter);
                self.within(Context::Loop, |p| p.stmts(body));
                self.stmts(orelse);
            }
            Stmt::While(w) => {
                self.expr(&mut w.test);
                self.within(Context::Loop, |p| p.stmts(&mut w.body));
                self.stmts(&mut w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&mut i.test);
                self.stmts(&mut i.body);
                self.stmts(&mut i.orelse);
            }
            Stmt::With(StmtWith { items, body, .. }) | Stmt::AsyncWith(StmtAsyncWith { items, body, .. }) => {
                for item in items.iter_mut() {
                    self.expr(&mut item.context_expr);
                    self.opt(&mut item.optional_vars);
                }
                self.stmts(body);
            }
            Stmt::Raise(r) => {
                self.opt(&mut r.exc);
                self.opt(&mut r.cause);
            }
            Stmt::Try(StmtTry { body, handlers, orelse, finalbody, .. })
            | Stmt::TryStar(StmtTryStar { body, handlers, orelse, finalbody, .. }) => {
                self.stmts(body);
                for h in handlers.iter_mut() {
                    self.opt(&mut h.r#type);
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.within(Context::Finally, |p| p.stmts(finalbody));
            }
            Stmt::Assert(a) => {
                self.expr(&mut a.test);
                self.opt(&mut a.msg);
            }
            Stmt::Expr(e) => self.expr(&mut e.value),
            Stmt::Match(m) => {
                self.expr(&mut m.subject);
                for case in &mut m.cases {
                    self.pattern(&mut case.pattern);
                    self.opt(&mut case.guard);
                    self.stmts(&mut case.body);
                }
            }
            Stmt::Break(b) => self.warn_in_finally("break", b.range),
            Stmt::Continue(c) => self.warn_in_finally("continue", c.range),
            Stmt::Import(_) | Stmt::ImportFrom(_) | Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
        }
    }

    fn comprehensions(&mut self, generators: &mut [Comprehension]) {
        for g in generators {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
    }

    fn expr_inner(&mut self, e: &mut Expr) {
        match e {
            Expr::BoolOp(b) => self.exprs(&mut b.values),
            Expr::BinOp(b) => {
                self.expr(&mut b.left);
                self.expr(&mut b.right);
                if let Some(joined) = format_to_fstring(b) {
                    *e = joined;
                }
            }
            Expr::UnaryOp(u) => self.expr(&mut u.operand),
            Expr::Lambda(l) => {
                self.arguments(&mut l.args);
                self.expr(&mut l.body);
            }
            Expr::IfExp(i) => {
                self.expr(&mut i.test);
                self.expr(&mut i.body);
                self.expr(&mut i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter_mut().flatten().for_each(|k| self.expr(k));
                self.exprs(&mut d.values);
            }
            Expr::Set(s) => self.exprs(&mut s.elts),
            Expr::ListComp(ExprListComp { elt, generators, .. })
            | Expr::SetComp(ExprSetComp { elt, generators, .. })
            | Expr::GeneratorExp(ExprGeneratorExp { elt, generators, .. }) => {
                self.expr(elt);
                self.comprehensions(generators);
            }
            Expr::DictComp(d) => {
                self.expr(&mut d.key);
                self.expr(&mut d.value);
                self.comprehensions(&mut d.generators);
            }
            Expr::Await(a) => self.expr(&mut a.value),
            Expr::Yield(y) => self.opt(&mut y.value),
            Expr::YieldFrom(y) => self.expr(&mut y.value),
            Expr::Compare(c) => {
                self.expr(&mut c.left);
                self.exprs(&mut c.comparators);
            }
            Expr::Call(c) => {
                self.expr(&mut c.func);
                self.exprs(&mut c.args);
                c.keywords.iter_mut().for_each(|k| self.expr(&mut k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&mut f.value);
                self.opt(&mut f.format_spec);
            }
            Expr::Interpolation(i) => {
                self.expr(&mut i.value);
                self.opt(&mut i.format_spec);
            }
            Expr::JoinedStr(j) => self.exprs(&mut j.values),
            Expr::TemplateStr(t) => self.exprs(&mut t.values),
            Expr::Attribute(a) => self.expr(&mut a.value),
            Expr::Subscript(s) => {
                self.expr(&mut s.value);
                self.expr(&mut s.slice);
            }
            Expr::Starred(s) => self.expr(&mut s.value),
            Expr::Slice(s) => {
                self.opt(&mut s.lower);
                self.opt(&mut s.upper);
                self.opt(&mut s.step);
            }
            Expr::List(l) => self.exprs(&mut l.elts),
            Expr::Tuple(t) => self.exprs(&mut t.elts),
            Expr::Name(n) => {
                if n.ctx == ExprContext::Load && n.id == "__debug__" {
                    let value = if self.optimize == 0 { Constant::True } else { Constant::False };
                    *e = Expr::Constant(ExprConstant { value, kind: None, range: n.range });
                }
            }
            // Only the value: the target is a name.
            Expr::NamedExpr(n) => self.expr(&mut n.value),
            Expr::Constant(_) => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p));
    }

    fn pattern_inner(&mut self, p: &mut Pattern) {
        match p {
            Pattern::MatchValue(v) => fold_pattern_constant(&mut v.value),
            Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
            Pattern::MatchSequence(s) => s.patterns.iter_mut().for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                m.keys.iter_mut().for_each(fold_pattern_constant);
                m.patterns.iter_mut().for_each(|p| self.pattern(p));
            }
            Pattern::MatchClass(c) => {
                self.expr(&mut c.cls);
                c.patterns.iter_mut().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter_mut().for_each(|p| self.pattern(p));
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &mut a.pattern {
                    self.pattern(p);
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter_mut().for_each(|p| self.pattern(p)),
        }
    }
}

fn placeholder() -> Expr {
    Expr::Constant(ExprConstant { value: Constant::None, kind: None, range: NO_POSITION })
}

/// `remove_docstring`: drop the docstring, or make it `pass` when it is the whole body.
fn remove_docstring(body: &mut Vec<Stmt>) {
    if body.len() == 1 {
        let r = body[0].range();
        let range = Range {
            lineno: r.lineno,
            col_offset: r.col_offset,
            end_lineno: r.lineno,
            end_col_offset: r.col_offset + 4,
        };
        body[0] = Stmt::Pass(StmtPass { range });
    } else if !body.is_empty() {
        body.remove(0);
    }
}

// ----------------------------------------------------------------------------------------
// `%`-format to f-string (`fold_binop`, `optimize_format`)

/// One piece of the f-string a `%`-format becomes.
enum Piece {
    Literal(String),
    /// A `%s`/`%r`/`%a` unit: the conversion character and the format spec, if any.
    Format(char, Option<String>),
}

/// The f-string for `"..." % (items)`, when CPython makes one.
fn format_to_fstring(b: &mut ExprBinOp) -> Option<Expr> {
    if b.op != Operator::Mod {
        return None;
    }
    let Expr::Constant(ExprConstant { value: Constant::Str(fmt), .. }) = &*b.left else { return None };
    let Expr::Tuple(tuple) = &mut *b.right else { return None };
    if tuple.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
        return None;
    }
    let pieces = plan_format(fmt, tuple.elts.len())?;
    let mut items = std::mem::take(&mut tuple.elts).into_iter();
    let mut values = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match piece {
            Piece::Literal(text) => {
                values.push(Expr::Constant(ExprConstant { value: Constant::Str(text), kind: None, range: NO_POSITION }))
            }
            Piece::Format(conversion, spec) => {
                let arg = items.next()?;
                let range = arg.range();
                let format_spec = spec.map(|s| {
                    Box::new(Expr::Constant(ExprConstant { value: Constant::Str(s), kind: None, range: NO_POSITION }))
                });
                values.push(Expr::FormattedValue(ExprFormattedValue {
                    value: Box::new(arg),
                    conversion: conversion as i32,
                    format_spec,
                    range,
                }));
            }
        }
    }
    Some(Expr::JoinedStr(ExprJoinedStr { values, range: b.range }))
}

/// The pieces of `fmt` with `n_items` items, or `None` when CPython leaves the `%` alone
/// (an unsupported unit, or a count mismatch).
fn plan_format(fmt: &str, n_items: usize) -> Option<Vec<Piece>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut count = 0;
    let mut pieces = Vec::new();
    loop {
        // A literal run, `%%` standing for `%`.
        let start = pos;
        let mut has_percents = false;
        while pos < chars.len() {
            if chars[pos] != '%' {
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                has_percents = true;
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            let text: String = chars[start..pos].iter().collect();
            pieces.push(Piece::Literal(if has_percents { text.replace("%%", "%") } else { text }));
        }
        if pos >= chars.len() {
            break;
        }
        if count >= n_items {
            return None; // more units than items
        }
        pos += 1; // the '%'
        let (conversion, spec) = parse_unit(&chars, &mut pos)?;
        count += 1;
        pieces.push(Piece::Format(conversion, spec));
    }
    if count < n_items {
        return None; // more items than units
    }
    Some(pieces)
}

/// `simple_format_arg_parse` + `parse_format`: flags, width and precision of at most two
/// digits each, then `s`, `r` or `a`.
fn parse_unit(chars: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    const MAX_DIGITS: usize = 3;
    let mut next = || {
        let c = chars.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut left_justify = false;
    let mut ch;
    loop {
        ch = next()?;
        match ch {
            '-' => left_justify = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            width = width * 10 + d as i32;
            ch = next()?;
            digits += 1;
            if digits >= MAX_DIGITS {
                return None;
            }
        }
    }
    let mut precision: i32 = -1;
    if ch == '.' {
        ch = next()?;
        precision = 0;
        if ch.is_ascii_digit() {
            let mut digits = 0;
            while let Some(d) = ch.to_digit(10) {
                precision = precision * 10 + d as i32;
                ch = next()?;
                digits += 1;
                if digits >= MAX_DIGITS {
                    return None;
                }
            }
        }
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !left_justify && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if precision >= 0 {
        spec.push('.');
        spec.push_str(&precision.to_string());
    }
    Some((ch, (!spec.is_empty()).then_some(spec)))
}

// ----------------------------------------------------------------------------------------
// Constant folding in patterns (`fold_const_match_patterns`)

/// A number as CPython's arithmetic sees it.
#[derive(Clone, Debug)]
enum Number {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn number(c: &Constant) -> Option<Number> {
    match c {
        Constant::Int(i) => Some(Number::Int(BigInt::from(*i))),
        Constant::BigInt(b) => Some(Number::Int((**b).clone())),
        Constant::True => Some(Number::Int(BigInt::from(1))),
        Constant::False => Some(Number::Int(BigInt::from(0))),
        Constant::Float(f) => Some(Number::Float(*f)),
        Constant::Complex { real, imag } => Some(Number::Complex(*real, *imag)),
        _ => None,
    }
}

fn constant(n: Number) -> Constant {
    match n {
        Number::Int(i) => match i64::try_from(&i) {
            Ok(small) => Constant::Int(small),
            Err(_) => Constant::BigInt(Box::new(i)),
        },
        Number::Float(f) => Constant::Float(f),
        Number::Complex(real, imag) => Constant::Complex { real, imag },
    }
}

/// `float(int)`, or `None` where CPython raises OverflowError.
fn int_to_float(i: &BigInt) -> Option<f64> {
    let f = num_traits::ToPrimitive::to_f64(i)?;
    f.is_finite().then_some(f)
}

fn negate(n: Number) -> Number {
    match n {
        Number::Int(i) => Number::Int(-i),
        Number::Float(f) => Number::Float(-f),
        Number::Complex(r, i) => Number::Complex(-r, -i),
    }
}

/// `left + right` or `left - right` with CPython 3.14's mixed real/complex rules.
fn add_or_sub(left: Number, right: Number, subtract: bool) -> Option<Number> {
    let op = |a: f64, b: f64| if subtract { a - b } else { a + b };
    let real = |n: &Number| match n {
        Number::Int(i) => int_to_float(i),
        Number::Float(f) => Some(*f),
        Number::Complex(..) => None,
    };
    Some(match (&left, &right) {
        (Number::Int(a), Number::Int(b)) => Number::Int(if subtract { a - b } else { a + b }),
        (Number::Complex(ar, ai), Number::Complex(br, bi)) => Number::Complex(op(*ar, *br), op(*ai, *bi)),
        (Number::Complex(ar, ai), _) => Number::Complex(op(*ar, real(&right)?), *ai),
        (_, Number::Complex(br, bi)) => {
            let a = real(&left)?;
            Number::Complex(op(a, *br), if subtract { -*bi } else { *bi })
        }
        _ => Number::Float(op(real(&left)?, real(&right)?)),
    })
}

fn fold_pattern_constant(e: &mut Expr) {
    let folded = match e {
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
            Expr::Constant(c) => number(&c.value).map(negate),
            _ => None,
        },
        Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) && matches!(*b.right, Expr::Constant(_)) => {
            fold_pattern_constant(&mut b.left);
            match (&*b.left, &*b.right) {
                (Expr::Constant(l), Expr::Constant(r)) => match (number(&l.value), number(&r.value)) {
                    (Some(l), Some(r)) => add_or_sub(l, r, b.op == Operator::Sub),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(n) = folded {
        let range = e.range();
        *e = Expr::Constant(ExprConstant { value: constant(n), kind: None, range });
    }
}
