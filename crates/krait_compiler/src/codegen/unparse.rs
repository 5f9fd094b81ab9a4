//! The limited unparser CPython uses for `from __future__ import annotations`
//! (`Python/ast_unparse.c`, `_PyAST_ExprAsUnicode`): an annotation expression back to
//! source text with CPython's spacing, parenthesisation by precedence, and constant reprs
//! (infinities written `1e309`).

use super::ast_const;
use krait_bytecode::{Constant, PyStr};
use krait_syntax::ast::{self, BoolOp, CmpOp, Expr, Operator, UnaryOp};

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// `_PyAST_ExprAsUnicode`.
pub(crate) fn expr_as_str(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn repr_const(out: &mut String, c: &Constant) {
    let r = c.repr();
    match c {
        Constant::Float(f) if f.is_infinite() => out.push_str(&r.replace("inf", "1e309")),
        Constant::Complex { .. } => out.push_str(&r.replace("inf", "1e309")),
        _ => out.push_str(&r),
    }
}

fn constant(out: &mut String, c: &Constant) {
    if let Constant::Tuple(items) = c {
        out.push('(');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            constant(out, it);
        }
        if items.len() == 1 {
            out.push(',');
        }
        out.push(')');
        return;
    }
    repr_const(out, c);
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn arg(out: &mut String, a: &ast::Arg) {
    out.push_str(&a.arg);
    if let Some(ann) = &a.annotation {
        out.push_str(": ");
        expr(out, ann, PR_TEST);
    }
}

fn args(out: &mut String, a: &ast::Arguments) {
    let mut first = true;
    let sep = |out: &mut String, first: &mut bool| {
        if !*first {
            out.push_str(", ");
        }
        *first = false;
    };
    let npos = a.posonlyargs.len();
    let nargs = a.args.len();
    let ndef = a.defaults.len() as isize;
    for i in 0..npos + nargs {
        sep(out, &mut first);
        if i < npos {
            arg(out, &a.posonlyargs[i]);
        } else {
            arg(out, &a.args[i - npos]);
        }
        let di = i as isize - npos as isize - nargs as isize + ndef;
        if di >= 0 {
            out.push('=');
            expr(out, &a.defaults[di as usize], PR_TEST);
        }
        if npos > 0 && i + 1 == npos {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out, &mut first);
        out.push('*');
        if let Some(v) = &a.vararg {
            arg(out, v);
        }
    }
    let nkw = a.kwonlyargs.len() as isize;
    let nkwdef = a.kw_defaults.len() as isize;
    for (i, k) in a.kwonlyargs.iter().enumerate() {
        sep(out, &mut first);
        arg(out, k);
        let di = i as isize - nkw + nkwdef;
        if di >= 0
            && let Some(Some(d)) = a.kw_defaults.get(di as usize)
        {
            out.push('=');
            expr(out, d, PR_TEST);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out, &mut first);
        out.push_str("**");
        arg(out, k);
    }
}

fn comprehensions(out: &mut String, gens: &[ast::Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async != 0 { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, PR_TEST + 1);
        }
    }
}

fn fstring_body(values: &[Expr], is_format_spec: bool) -> String {
    let mut body = String::new();
    for v in values {
        fstring_element(&mut body, v, is_format_spec);
    }
    body
}

fn fstring_element(out: &mut String, e: &Expr, is_format_spec: bool) {
    match e {
        Expr::Constant(c) => {
            if let ast::Constant::Str(s) = &c.value {
                out.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
        }
        Expr::JoinedStr(j) => joined(out, &j.values, is_format_spec),
        Expr::TemplateStr(t) => {
            let body = fstring_body(&t.values, false);
            out.push('t');
            out.push_str(&Constant::Str(PyStr::new(body)).repr());
        }
        Expr::FormattedValue(f) => {
            interpolation_str(out, &expr_at(&f.value, PR_TEST + 1));
            conversion(out, f.conversion);
            if let Some(spec) = &f.format_spec {
                out.push(':');
                fstring_element(out, spec, true);
            }
            out.push('}');
        }
        Expr::Interpolation(i) => {
            if let ast::Constant::Str(s) = &i.str {
                interpolation_str(out, s);
            }
            conversion(out, i.conversion);
            if let Some(spec) = &i.format_spec {
                out.push(':');
                fstring_element(out, spec, true);
            }
            out.push('}');
        }
        _ => {}
    }
}

fn joined(out: &mut String, values: &[Expr], is_format_spec: bool) {
    let body = fstring_body(values, is_format_spec);
    if is_format_spec {
        out.push_str(&body);
    } else {
        out.push('f');
        out.push_str(&Constant::Str(PyStr::new(body)).repr());
    }
}

fn interpolation_str(out: &mut String, s: &str) {
    out.push_str(if s.starts_with('{') { "{ " } else { "{" });
    out.push_str(s);
}

fn conversion(out: &mut String, c: i32) {
    match u8::try_from(c).unwrap_or(0) {
        b'a' => out.push_str("!a"),
        b'r' => out.push_str("!r"),
        b's' => out.push_str("!s"),
        _ => {}
    }
}

fn expr_at(e: &Expr, level: u8) -> String {
    let mut s = String::new();
    expr(&mut s, e, level);
    s
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || expr_inner(out, e, level))
}

fn expr_inner(out: &mut String, e: &Expr, level: u8) {
    match e {
        Expr::BoolOp(b) => {
            let (op, pr) = if b.op == BoolOp::And { (" and ", PR_AND) } else { (" or ", PR_OR) };
            open(out, level > pr);
            for (i, v) in b.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(op);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        Expr::BinOp(b) => {
            let (op, pr) = match b.op {
                Operator::Add => (" + ", PR_ARITH),
                Operator::Sub => (" - ", PR_ARITH),
                Operator::Mult => (" * ", PR_TERM),
                Operator::MatMult => (" @ ", PR_TERM),
                Operator::Div => (" / ", PR_TERM),
                Operator::Mod => (" % ", PR_TERM),
                Operator::LShift => (" << ", PR_SHIFT),
                Operator::RShift => (" >> ", PR_SHIFT),
                Operator::BitOr => (" | ", PR_BOR),
                Operator::BitXor => (" ^ ", PR_BXOR),
                Operator::BitAnd => (" & ", PR_BAND),
                Operator::FloorDiv => (" // ", PR_TERM),
                Operator::Pow => (" ** ", PR_POWER),
            };
            let rassoc = u8::from(b.op == Operator::Pow);
            open(out, level > pr);
            expr(out, &b.left, pr + rassoc);
            out.push_str(op);
            expr(out, &b.right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        Expr::UnaryOp(u) => {
            let (op, pr) = match u.op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open(out, level > pr);
            out.push_str(op);
            expr(out, &u.operand, pr);
            close(out, level > pr);
        }
        Expr::Lambda(l) => {
            open(out, level > PR_TEST);
            let npos = l.args.args.len() + l.args.posonlyargs.len();
            out.push_str(if npos > 0 { "lambda " } else { "lambda" });
            args(out, &l.args);
            out.push_str(": ");
            expr(out, &l.body, PR_TEST);
            close(out, level > PR_TEST);
        }
        Expr::IfExp(i) => {
            open(out, level > PR_TEST);
            expr(out, &i.body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, &i.test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, &i.orelse, PR_TEST);
            close(out, level > PR_TEST);
        }
        Expr::Dict(d) => {
            out.push('{');
            for (i, v) in d.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match d.keys.get(i) {
                    Some(Some(k)) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    _ => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => seq(out, '{', '}', &s.elts),
        Expr::GeneratorExp(g) => {
            out.push('(');
            expr(out, &g.elt, PR_TEST);
            comprehensions(out, &g.generators);
            out.push(')');
        }
        Expr::ListComp(g) => {
            out.push('[');
            expr(out, &g.elt, PR_TEST);
            comprehensions(out, &g.generators);
            out.push(']');
        }
        Expr::SetComp(g) => {
            out.push('{');
            expr(out, &g.elt, PR_TEST);
            comprehensions(out, &g.generators);
            out.push('}');
        }
        Expr::DictComp(g) => {
            out.push('{');
            expr(out, &g.key, PR_TEST);
            out.push_str(": ");
            expr(out, &g.value, PR_TEST);
            comprehensions(out, &g.generators);
            out.push('}');
        }
        Expr::Yield(y) => match &y.value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST);
                out.push(')');
            }
        },
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(out, &y.value, PR_TEST);
            out.push(')');
        }
        Expr::Await(a) => {
            open(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, &a.value, PR_ATOM);
            close(out, level > PR_AWAIT);
        }
        Expr::Compare(c) => {
            open(out, level > PR_CMP);
            expr(out, &c.left, PR_CMP + 1);
            for (o, v) in c.ops.iter().zip(&c.comparators) {
                out.push_str(match o {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(out, v, PR_CMP + 1);
            }
            close(out, level > PR_CMP);
        }
        Expr::Call(c) => {
            expr(out, &c.func, PR_ATOM);
            if c.args.len() == 1
                && c.keywords.is_empty()
                && let Expr::GeneratorExp(_) = &c.args[0]
            {
                expr(out, &c.args[0], PR_TEST);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in &c.args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST);
            }
            for k in &c.keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    None => out.push_str("**"),
                    Some(a) => {
                        out.push_str(a);
                        out.push('=');
                    }
                }
                expr(out, &k.value, PR_TEST);
            }
            out.push(')');
        }
        Expr::Constant(c) => {
            if matches!(c.value, ast::Constant::Ellipsis) {
                out.push_str("...");
                return;
            }
            if let Some(k) = &c.kind {
                out.push_str(k);
            }
            constant(out, &ast_const(&c.value));
        }
        Expr::JoinedStr(j) => joined(out, &j.values, false),
        Expr::TemplateStr(_) | Expr::FormattedValue(_) | Expr::Interpolation(_) => fstring_element(out, e, false),
        Expr::Attribute(a) => {
            expr(out, &a.value, PR_ATOM);
            let int_value = matches!(&*a.value, Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_) | ast::Constant::BigInt(_)));
            out.push_str(if int_value { " ." } else { "." });
            out.push_str(&a.attr);
        }
        Expr::Subscript(s) => {
            expr(out, &s.value, PR_ATOM);
            out.push('[');
            expr(out, &s.slice, PR_TUPLE);
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(out, &s.value, PR_EXPR);
        }
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                expr(out, u, PR_TEST);
            }
            if let Some(st) = &s.step {
                out.push(':');
                expr(out, st, PR_TEST);
            }
        }
        Expr::Name(n) => out.push_str(&n.id),
        Expr::List(l) => seq(out, '[', ']', &l.elts),
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > PR_TUPLE);
            for (i, v) in t.elts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                expr(out, v, PR_TEST);
            }
            if t.elts.len() == 1 {
                out.push(',');
            }
            close(out, level > PR_TUPLE);
        }
        Expr::NamedExpr(n) => {
            open(out, level > PR_TUPLE);
            expr(out, &n.target, PR_ATOM);
            out.push_str(" := ");
            expr(out, &n.value, PR_ATOM);
            close(out, level > PR_TUPLE);
        }
    }
}

fn seq(out: &mut String, o: char, c: char, elts: &[Expr]) {
    out.push(o);
    for (i, v) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, v, PR_TEST);
    }
    out.push(c);
}
