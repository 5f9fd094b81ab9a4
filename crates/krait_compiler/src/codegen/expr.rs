//! Expressions (`codegen_visit_expr` and helpers): names, constants, operators,
//! comparisons and conditional jumps, calls (method calls, keyword calls, `*`/`**`
//! unpacking), attributes, subscripts and slices, displays, f-strings, `yield`.

use super::{Compiler, Res, ast_const, loc, unsupported};
use crate::instr::{Label, Location};
use crate::symtable::{Scope, flags as symflags};
use krait_bytecode::opcode::op;
use krait_bytecode::{Constant, PyStr};
use krait_syntax::ast::{self, BoolOp, CmpOp, Expr, ExprContext, Operator, UnaryOp};

/// `_PY_STACK_USE_GUIDELINE`.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let n = match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    };
    if inplace { n + 13 } else { n }
}

const NB_SUBSCR: u32 = 26;

fn is_constant_slice(s: &ast::ExprSlice) -> bool {
    let c = |e: &Option<Box<Expr>>| e.as_deref().is_none_or(|e| matches!(e, Expr::Constant(_)));
    c(&s.lower) && c(&s.upper) && c(&s.step)
}

fn two_element_slice(e: &Expr) -> Option<&ast::ExprSlice> {
    match e {
        Expr::Slice(s) if !is_constant_slice(s) && s.step.is_none() => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub fn visit_exprs(&mut self, es: &'a [Expr]) -> Res {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    pub fn visit_expr(&mut self, e: &'a Expr) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(e))
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> Res {
        let l = loc(e.range());
        match e {
            Expr::NamedExpr(n) => {
                self.visit_expr(&n.value)?;
                self.addop(op::COPY, 1, l);
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => {
                let jumpi = if b.op == BoolOp::And { op::JUMP_IF_FALSE } else { op::JUMP_IF_TRUE };
                let end = self.new_label();
                let n = b.values.len().saturating_sub(1);
                for v in &b.values[..n] {
                    self.visit_expr(v)?;
                    self.jump(jumpi, end, l);
                    self.addop0(op::POP_TOP, l);
                }
                if let Some(last) = b.values.last() {
                    self.visit_expr(last)?;
                }
                self.use_label(end);
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.addop(op::BINARY_OP, binop_arg(b.op, false), l);
            }
            Expr::UnaryOp(u) => {
                self.visit_expr(&u.operand)?;
                match u.op {
                    UnaryOp::UAdd => self.addop(op::CALL_INTRINSIC_1, 5, l),
                    UnaryOp::Not => {
                        self.addop0(op::TO_BOOL, l);
                        self.addop0(op::UNARY_NOT, l);
                    }
                    UnaryOp::Invert => self.addop0(op::UNARY_INVERT, l),
                    UnaryOp::USub => self.addop0(op::UNARY_NEGATIVE, l),
                }
            }
            Expr::Lambda(lam) => self.lambda(e, lam)?,
            Expr::IfExp(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(l, &i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next);
                self.visit_expr(&i.orelse)?;
                self.use_label(end);
            }
            Expr::Dict(d) => self.dict(d, l)?,
            Expr::Set(s) => {
                self.starunpack(l, &s.elts, 0, op::BUILD_SET, op::SET_ADD, op::SET_UPDATE, false)?;
            }
            Expr::List(li) => match li.ctx {
                ExprContext::Store => self.assignment_helper(l, &li.elts)?,
                ExprContext::Del => self.visit_exprs(&li.elts)?,
                ExprContext::Load => {
                    self.starunpack(l, &li.elts, 0, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, false)?
                }
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(l, &t.elts)?,
                ExprContext::Del => self.visit_exprs(&t.elts)?,
                ExprContext::Load => {
                    self.starunpack(l, &t.elts, 0, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, true)?
                }
            },
            Expr::GeneratorExp(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => {
                self.comprehension(e)?;
            }
            Expr::Yield(y) => {
                if !self.ste().block_type.is_function_like() {
                    return Err(self.error("'yield' outside function", l));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None, l),
                }
                self.addop_yield(l);
            }
            Expr::YieldFrom(y) => {
                if !self.ste().block_type.is_function_like() {
                    return Err(self.error("'yield from' outside function", l));
                }
                if self.ur().scope_type == super::ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", l));
                }
                self.visit_expr(&y.value)?;
                self.addop0(op::GET_YIELD_FROM_ITER, l);
                self.load_const(Constant::None, l);
                self.yield_from(l, false);
            }
            Expr::Await(a) => {
                self.check_await(l)?;
                self.visit_expr(&a.value)?;
                self.addop(op::GET_AWAITABLE, 0, l);
                self.load_const(Constant::None, l);
                self.yield_from(l, true);
            }
            Expr::Compare(c) => self.compare(c, l)?,
            Expr::Call(c) => self.call(c, l)?,
            Expr::Constant(c) => self.load_const(ast_const(&c.value), l),
            Expr::JoinedStr(j) => {
                if j.values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::str(""), l);
                    self.addop_name(super::LOAD_METHOD, "join", l);
                    self.addop(op::BUILD_LIST, 0, l);
                    for v in &j.values {
                        self.visit_expr(v)?;
                        self.addop(op::LIST_APPEND, 1, l);
                    }
                    self.addop(op::CALL, 1, l);
                } else {
                    self.visit_exprs(&j.values)?;
                    if j.values.len() > 1 {
                        self.addop(op::BUILD_STRING, j.values.len() as u32, l);
                    } else if j.values.is_empty() {
                        self.load_const(Constant::str(""), l);
                    }
                }
            }
            Expr::FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                if f.conversion != -1 {
                    let arg = match u8::try_from(f.conversion).unwrap_or(0) {
                        b's' => 1,
                        b'r' => 2,
                        b'a' => 3,
                        _ => return Err(unsupported("this conversion", f.range)),
                    };
                    self.addop(op::CONVERT_VALUE, arg, l);
                }
                match &f.format_spec {
                    Some(spec) => {
                        self.visit_expr(spec)?;
                        self.addop0(op::FORMAT_WITH_SPEC, l);
                    }
                    None => self.addop0(op::FORMAT_SIMPLE, l),
                }
            }
            Expr::TemplateStr(t) => {
                let mut last_was_interpolation = true;
                let mut strings = 0;
                for v in &t.values {
                    if matches!(v, Expr::Interpolation(_)) {
                        if last_was_interpolation {
                            self.load_const(Constant::str(""), l);
                            strings += 1;
                        }
                        last_was_interpolation = true;
                    } else {
                        self.visit_expr(v)?;
                        strings += 1;
                        last_was_interpolation = false;
                    }
                }
                if last_was_interpolation {
                    self.load_const(Constant::str(""), l);
                    strings += 1;
                }
                self.addop(op::BUILD_TUPLE, strings, l);
                let mut n = 0;
                for v in &t.values {
                    if matches!(v, Expr::Interpolation(_)) {
                        self.visit_expr(v)?;
                        n += 1;
                    }
                }
                self.addop(op::BUILD_TUPLE, n, l);
                self.addop0(op::BUILD_TEMPLATE, l);
            }
            Expr::Interpolation(i) => {
                self.visit_expr(&i.value)?;
                self.load_const(ast_const(&i.str), l);
                let mut oparg = 2;
                if let Some(spec) = &i.format_spec {
                    oparg += 1;
                    self.visit_expr(spec)?;
                }
                if i.conversion != -1 {
                    let c = match u8::try_from(i.conversion).unwrap_or(0) {
                        b's' => 1,
                        b'r' => 2,
                        b'a' => 3,
                        _ => return Err(unsupported("this conversion", i.range)),
                    };
                    oparg |= c << 2;
                }
                self.addop(op::BUILD_INTERPOLATION, oparg, l);
            }
            Expr::Attribute(a) => {
                if a.ctx == ExprContext::Load && self.can_optimize_super_call(a) {
                    self.load_args_for_super(&a.value)?;
                    let opc = if matches!(&*a.value, Expr::Call(c) if !c.args.is_empty()) {
                        op::LOAD_SUPER_ATTR
                    } else {
                        super::LOAD_ZERO_SUPER_ATTR
                    };
                    self.addop_name(opc, &a.attr, l);
                    let l2 = update_start_location_to_match_attr(l, a);
                    self.addop0(op::NOP, l2);
                    return Ok(());
                }
                self.maybe_add_static_attribute(a);
                self.visit_expr(&a.value)?;
                let l2 = update_start_location_to_match_attr(l, a);
                match a.ctx {
                    ExprContext::Load => self.addop_name(op::LOAD_ATTR, &a.attr, l2),
                    ExprContext::Store => self.addop_name(op::STORE_ATTR, &a.attr, l2),
                    ExprContext::Del => self.addop_name(op::DELETE_ATTR, &a.attr, l2),
                }
            }
            Expr::Subscript(s) => {
                if s.ctx == ExprContext::Load {
                    self.check_subscript(&s.value, &s.slice);
                }
                self.visit_expr(&s.value)?;
                match two_element_slice(&s.slice) {
                    Some(sl) if s.ctx != ExprContext::Del => {
                        self.slice_two_parts(sl)?;
                        if s.ctx == ExprContext::Load {
                            self.addop0(op::BINARY_SLICE, l);
                        } else {
                            self.addop0(op::STORE_SLICE, l);
                        }
                    }
                    _ => {
                        self.visit_expr(&s.slice)?;
                        match s.ctx {
                            ExprContext::Load => self.addop(op::BINARY_OP, NB_SUBSCR, l),
                            ExprContext::Store => self.addop0(op::STORE_SUBSCR, l),
                            ExprContext::Del => self.addop0(op::DELETE_SUBSCR, l),
                        }
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.error(
                    if s.ctx == ExprContext::Store {
                        "starred assignment target must be in a list or tuple"
                    } else {
                        "can't use starred expression here"
                    },
                    l,
                ));
            }
            Expr::Slice(s) => {
                if is_constant_slice(s) {
                    let c = |e: &Option<Box<Expr>>| match e.as_deref() {
                        Some(Expr::Constant(k)) => ast_const(&k.value),
                        _ => Constant::None,
                    };
                    self.load_const(Constant::Slice(Box::new([c(&s.lower), c(&s.upper), c(&s.step)])), l);
                } else {
                    self.slice_two_parts(s)?;
                    let mut n = 2;
                    if let Some(step) = &s.step {
                        n += 1;
                        self.visit_expr(step)?;
                    }
                    self.addop(op::BUILD_SLICE, n, l);
                }
            }
            Expr::Name(n) => self.nameop(&n.id, n.ctx, l)?,
        }
        Ok(())
    }

    fn slice_two_parts(&mut self, s: &'a ast::ExprSlice) -> Res {
        let l = loc(s.range);
        match &s.lower {
            Some(e) => self.visit_expr(e)?,
            None => self.load_const(Constant::None, l),
        }
        match &s.upper {
            Some(e) => self.visit_expr(e)?,
            None => self.load_const(Constant::None, l),
        }
        Ok(())
    }

    pub fn check_await(&self, l: Location) -> Res {
        let ste = self.ste();
        let top_level_ok = self.future.allow_top_level_await() && self.ur().scope_type == super::ScopeType::Module;
        if !top_level_ok && !ste.coroutine && self.ur().scope_type != super::ScopeType::AsyncFunction {
            if !ste.block_type.is_function_like() {
                return Err(self.error("'await' outside function", l));
            }
            if self.ur().scope_type != super::ScopeType::Comprehension {
                return Err(self.error("'await' outside async function", l));
            }
        }
        Ok(())
    }

    /// `ADDOP_YIELD`.
    pub fn addop_yield(&mut self, l: Location) {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.addop(op::CALL_INTRINSIC_1, 4, l);
        }
        self.addop(op::YIELD_VALUE, 0, l);
        self.addop(op::RESUME, 1, l);
    }

    /// `codegen_add_yield_from`.
    pub fn yield_from(&mut self, l: Location, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(op::SEND, exit, l);
        self.jump(op::SETUP_FINALLY, fail, l);
        self.addop(op::YIELD_VALUE, 1, l);
        self.addop0(op::POP_BLOCK, Location::NONE);
        self.addop(op::RESUME, if is_await { 3 } else { 2 }, l);
        self.jump(op::JUMP_NO_INTERRUPT, send, l);
        self.use_label(fail);
        self.addop0(op::CLEANUP_THROW, l);
        self.use_label(exit);
        self.addop0(op::END_SEND, l);
    }

    fn maybe_add_static_attribute(&mut self, a: &ast::ExprAttribute) {
        if a.ctx != ExprContext::Store {
            return;
        }
        if !matches!(&*a.value, Expr::Name(n) if n.id == "self") {
            return;
        }
        for u in self.units.iter_mut().rev() {
            if u.scope_type == super::ScopeType::Class {
                if let Some(s) = &mut u.static_attributes {
                    s.insert(a.attr.clone());
                }
                break;
            }
        }
    }

    fn can_optimize_super_call(&self, a: &ast::ExprAttribute) -> bool {
        let Expr::Call(c) = &*a.value else {
            return false;
        };
        let Expr::Name(f) = &*c.func else {
            return false;
        };
        if f.id != "super" || a.attr == "__class__" || !c.keywords.is_empty() {
            return false;
        }
        if self.scope_of("super") != Some(Scope::GlobalImplicit) {
            return false;
        }
        if (self.top_symbol("super") >> symflags::SCOPE_OFFSET) & symflags::SCOPE_MASK != 0 {
            return false;
        }
        if c.args.len() == 2 {
            return !c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        }
        if !c.args.is_empty() {
            return false;
        }
        let m = &self.ur().meta;
        if m.argcount == 0 && m.posonlyargcount == 0 {
            return false;
        }
        self.ref_type("__class__") == Some(Scope::Free)
    }

    fn load_args_for_super(&mut self, e: &'a Expr) -> Res {
        let Expr::Call(c) = e else { return Ok(()) };
        let Expr::Name(f) = &*c.func else {
            return Ok(());
        };
        self.nameop("super", ExprContext::Load, loc(f.range))?;
        if c.args.len() == 2 {
            self.visit_exprs(&c.args)?;
        } else {
            let l = loc(c.range);
            self.nameop("__class__", ExprContext::Load, l)?;
            let first = self.ur().meta.varnames.first().cloned().unwrap_or_default();
            self.nameop(&first, ExprContext::Load, l)?;
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict, l: Location) -> Res {
        let n = d.values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            let unpacking = d.keys.get(i).is_none_or(|k| k.is_none());
            if unpacking {
                if elements > 0 {
                    self.subdict(d, i - elements, i, l)?;
                    if have_dict {
                        self.addop(op::DICT_UPDATE, 1, l);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop(op::BUILD_MAP, 0, l);
                    have_dict = true;
                }
                self.visit_expr(&d.values[i])?;
                self.addop(op::DICT_UPDATE, 1, l);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(d, i - elements, i + 1, l)?;
                if have_dict {
                    self.addop(op::DICT_UPDATE, 1, l);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(d, n - elements, n, l)?;
            if have_dict {
                self.addop(op::DICT_UPDATE, 1, l);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop(op::BUILD_MAP, 0, l);
        }
        Ok(())
    }

    fn subdict(&mut self, d: &'a ast::ExprDict, begin: usize, end: usize, l: Location) -> Res {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop(op::BUILD_MAP, 0, l);
        }
        for i in begin..end {
            if let Some(Some(k)) = d.keys.get(i) {
                self.visit_expr(k)?;
            }
            self.visit_expr(&d.values[i])?;
            if big {
                self.addop(op::MAP_ADD, 1, l);
            }
        }
        if !big {
            self.addop(op::BUILD_MAP, n as u32, l);
        }
        Ok(())
    }

    /// `starunpack_helper_impl`.
    #[allow(clippy::too_many_arguments)]
    pub fn starunpack(
        &mut self,
        l: Location,
        elts: &'a [Expr],
        pushed: u32,
        build: u16,
        add: u16,
        extend: u16,
        tuple: bool,
    ) -> Res {
        self.starunpack_injected(l, elts, None, pushed, build, add, extend, tuple)
    }

    /// `starunpack_helper_impl` with an injected trailing name argument.
    #[allow(clippy::too_many_arguments)]
    pub fn starunpack_injected(
        &mut self,
        l: Location,
        elts: &'a [Expr],
        injected: Option<&str>,
        pushed: u32,
        build: u16,
        add: u16,
        extend: u16,
        tuple: bool,
    ) -> Res {
        let mut n = elts.len();
        let big = n + pushed as usize + usize::from(injected.is_some()) > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !seen_star && !big {
            self.visit_exprs(elts)?;
            if let Some(name) = injected {
                self.nameop(name, ExprContext::Load, l)?;
                n += 1;
            }
            let opc = if tuple { op::BUILD_TUPLE } else { build };
            self.addop(opc, n as u32 + pushed, l);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.addop(build, pushed, l);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.addop(build, i as u32 + pushed, l);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.addop(extend, 1, l);
            } else {
                self.visit_expr(e)?;
                if built {
                    self.addop(add, 1, l);
                }
            }
        }
        if let Some(name) = injected {
            self.nameop(name, ExprContext::Load, l)?;
            self.addop(add, 1, l);
        }
        if tuple {
            self.addop(op::CALL_INTRINSIC_1, 6, l);
        }
        Ok(())
    }

    /// `assignment_helper` (unpacking targets).
    pub fn assignment_helper(&mut self, l: Location, elts: &'a [Expr]) -> Res {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", l));
                }
                if i >= 256 {
                    return Err(self.error("too many expressions in star-unpacking assignment", l));
                }
                self.addop(op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, l);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(op::UNPACK_SEQUENCE, n as u32, l);
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.visit_expr(&s.value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    /// `codegen_check_compare`: warns about `is` with a literal.
    fn check_compare(&mut self, c: &ast::ExprCompare) {
        let mut left = check_is_arg(&c.left);
        let mut left_expr: &Expr = &c.left;
        for (o, right_expr) in c.ops.iter().zip(&c.comparators) {
            let right = check_is_arg(right_expr);
            if matches!(o, CmpOp::Is | CmpOp::IsNot) && (!right || !left) {
                let literal = if !left { left_expr } else { right_expr };
                let name = infer_type(literal).unwrap_or("object");
                let msg = if *o == CmpOp::Is {
                    format!("\"is\" with '{name}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{name}' literal. Did you mean \"!=\"?")
                };
                self.warn(msg, loc(c.range));
                return;
            }
            left = right;
            left_expr = right_expr;
        }
    }

    /// `check_caller`.
    fn check_caller(&mut self, e: &Expr) {
        if matches!(
            e,
            Expr::Constant(_)
                | Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::GeneratorExp(_)
                | Expr::JoinedStr(_)
                | Expr::TemplateStr(_)
                | Expr::FormattedValue(_)
                | Expr::Interpolation(_)
        ) {
            let name = infer_type(e).unwrap_or("object");
            self.warn(format!("'{name}' object is not callable; perhaps you missed a comma?"), loc(e.range()));
        }
    }

    /// `check_subscripter` and `check_index` of a loaded subscript.
    fn check_subscript(&mut self, value: &Expr, slice: &Expr) {
        let warn_subscripter = match value {
            Expr::Constant(c) => matches!(
                c.value,
                ast::Constant::None
                    | ast::Constant::Ellipsis
                    | ast::Constant::Int(_)
                    | ast::Constant::BigInt(_)
                    | ast::Constant::Float(_)
                    | ast::Constant::Complex { .. }
            ),
            Expr::Set(_)
            | Expr::SetComp(_)
            | Expr::GeneratorExp(_)
            | Expr::TemplateStr(_)
            | Expr::Interpolation(_)
            | Expr::Lambda(_) => true,
            _ => false,
        };
        if warn_subscripter {
            let name = infer_type(value).unwrap_or("object");
            self.warn(format!("'{name}' object is not subscriptable; perhaps you missed a comma?"), loc(value.range()));
            return;
        }
        let Some(index_type) = infer_type(slice) else { return };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let warn_index = match value {
            Expr::Constant(c) => matches!(c.value, ast::Constant::Str(_) | ast::Constant::Bytes(_)),
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::JoinedStr(_) | Expr::FormattedValue(_) => true,
            _ => false,
        };
        if warn_index {
            let name = infer_type(value).unwrap_or("object");
            self.warn(
                format!("{name} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"),
                loc(value.range()),
            );
        }
    }

    fn addcompare(&mut self, cmp: CmpOp, l: Location) {
        let c = match cmp {
            CmpOp::Lt => 0,
            CmpOp::LtE => 1,
            CmpOp::Eq => 2,
            CmpOp::NotEq => 3,
            CmpOp::Gt => 4,
            CmpOp::GtE => 5,
            CmpOp::Is => return self.addop(op::IS_OP, 0, l),
            CmpOp::IsNot => return self.addop(op::IS_OP, 1, l),
            CmpOp::In => return self.addop(op::CONTAINS_OP, 0, l),
            CmpOp::NotIn => return self.addop(op::CONTAINS_OP, 1, l),
        };
        const MASKS: [u32; 6] = [2, 10, 8, 7, 4, 12];
        self.addop(op::COMPARE_OP, (c << 5) | MASKS[c as usize], l);
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, l: Location) -> Res {
        self.check_compare(c);
        self.visit_expr(&c.left)?;
        let n = c.ops.len().saturating_sub(1);
        if n == 0 {
            if let Some(first) = c.comparators.first() {
                self.visit_expr(first)?;
            }
            if let Some(&o) = c.ops.first() {
                self.addcompare(o, l);
            }
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.visit_expr(&c.comparators[i])?;
            self.addop(op::SWAP, 2, l);
            self.addop(op::COPY, 2, l);
            self.addcompare(c.ops[i], l);
            self.addop(op::COPY, 1, l);
            self.addop0(op::TO_BOOL, l);
            self.jump(op::POP_JUMP_IF_FALSE, cleanup, l);
            self.addop0(op::POP_TOP, l);
        }
        self.visit_expr(&c.comparators[n])?;
        self.addcompare(c.ops[n], l);
        let end = self.new_label();
        self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
        self.use_label(cleanup);
        self.addop(op::SWAP, 2, l);
        self.addop0(op::POP_TOP, l);
        self.use_label(end);
        Ok(())
    }

    /// `codegen_jump_if`: jump to `next` when `e` is `cond`.
    #[allow(clippy::only_used_in_recursion)]
    pub fn jump_if(&mut self, l: Location, e: &'a Expr, next: Label, cond: bool) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.jump_if_inner(l, e, next, cond))
    }

    #[allow(clippy::only_used_in_recursion)]
    fn jump_if_inner(&mut self, l: Location, e: &'a Expr, next: Label, cond: bool) -> Res {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.jump_if(l, &u.operand, next, !cond);
            }
            Expr::BoolOp(b) => {
                let cond2 = b.op == BoolOp::Or;
                let mut next2 = next;
                if cond2 != cond {
                    next2 = self.new_label();
                }
                let n = b.values.len().saturating_sub(1);
                for v in &b.values[..n] {
                    self.jump_if(l, v, next2, cond2)?;
                }
                if let Some(last) = b.values.last() {
                    self.jump_if(l, last, next, cond)?;
                }
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            Expr::IfExp(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(l, &i.test, next2, false)?;
                self.jump_if(l, &i.body, next, cond)?;
                self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next2);
                self.jump_if(l, &i.orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                self.check_compare(c);
                let el = loc(c.range);
                let n = c.ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(&c.left)?;
                for i in 0..n {
                    self.visit_expr(&c.comparators[i])?;
                    self.addop(op::SWAP, 2, el);
                    self.addop(op::COPY, 2, el);
                    self.addcompare(c.ops[i], el);
                    self.addop0(op::TO_BOOL, el);
                    self.jump(op::POP_JUMP_IF_FALSE, cleanup, el);
                }
                self.visit_expr(&c.comparators[n])?;
                self.addcompare(c.ops[n], el);
                self.addop0(op::TO_BOOL, el);
                self.jump(if cond { op::POP_JUMP_IF_TRUE } else { op::POP_JUMP_IF_FALSE }, next, el);
                let end = self.new_label();
                self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(cleanup);
                self.addop0(op::POP_TOP, el);
                if !cond {
                    self.jump(op::JUMP_NO_INTERRUPT, next, Location::NONE);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        let el = loc(e.range());
        self.visit_expr(e)?;
        self.addop0(op::TO_BOOL, el);
        self.jump(if cond { op::POP_JUMP_IF_TRUE } else { op::POP_JUMP_IF_FALSE }, next, el);
        Ok(())
    }

    /// A symbol of the module's table as CPython sees it at this point: an inlined
    /// comprehension at module level temporarily rewrites the module's own symbols.
    fn top_symbol(&self, name: &str) -> u32 {
        if self.ur().table == crate::symtable::TableId::MODULE { self.symbol(name) } else { self.st.top().symbol(name) }
    }

    fn is_import_originated(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.top_symbol(&n.id) & symflags::DEF_IMPORT != 0,
            _ => false,
        }
    }

    fn validate_keywords(&self, kws: &[ast::Keyword]) -> Res {
        for (i, k) in kws.iter().enumerate() {
            if let Some(name) = &k.arg
                && kws[i + 1..].iter().any(|o| o.arg.as_deref() == Some(name.as_str()))
            {
                let dup = kws[i + 1..].iter().find(|o| o.arg.as_deref() == Some(name.as_str()));
                let r = dup.map(|d| d.range).unwrap_or(k.range);
                return Err(self.error(&format!("keyword argument repeated: {name}"), loc(r)));
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, l: Location) -> Res {
        self.validate_keywords(&c.keywords)?;
        if self.maybe_optimize_method_call(c, l)? {
            return Ok(());
        }
        let skip_normal_call = self.new_label();
        self.check_caller(&c.func);
        self.visit_expr(&c.func)?;
        self.maybe_optimize_function_call(c, skip_normal_call)?;
        self.addop0(op::PUSH_NULL, loc(c.func.range()));
        self.call_helper(l, 0, &c.args, &c.keywords)?;
        self.use_label(skip_normal_call);
        Ok(())
    }

    /// `maybe_optimize_function_call`: `all`/`any`/`tuple` of a generator expression get
    /// an inline loop guarded by an identity check of the builtin.
    fn maybe_optimize_function_call(&mut self, c: &'a ast::ExprCall, end: Label) -> Res {
        let Expr::Name(func) = &*c.func else {
            return Ok(());
        };
        if c.args.len() != 1 || !c.keywords.is_empty() || !matches!(c.args[0], Expr::GeneratorExp(_)) {
            return Ok(());
        }
        let genexp = &c.args[0];
        // CPython 3.14.7 skips async generator expressions here; the pinned 3.14.2 oracle
        // does not.
        let l = loc(func.range);
        let skip = self.new_label();
        let (const_oparg, initial) = match func.id.as_str() {
            "all" => (3, Some(true)),
            "any" => (4, Some(false)),
            "tuple" => (2, None),
            _ => {
                self.use_label(skip);
                return Ok(());
            }
        };
        self.addop(op::COPY, 1, l);
        self.addop(op::LOAD_COMMON_CONSTANT, const_oparg, l);
        self.addcompare(CmpOp::Is, l);
        self.jump(op::POP_JUMP_IF_FALSE, skip, l);
        self.addop0(op::POP_TOP, l);
        if initial.is_none() {
            self.addop(op::BUILD_LIST, 0, l);
        }
        self.visit_expr(genexp)?;
        let lp = self.new_label();
        let cleanup = self.new_label();
        self.use_label(lp);
        self.jump(op::FOR_ITER, cleanup, l);
        match initial {
            None => {
                self.addop(op::LIST_APPEND, 2, l);
                self.jump(op::JUMP, lp, l);
            }
            Some(init) => {
                self.addop0(op::TO_BOOL, l);
                self.jump(if init { op::POP_JUMP_IF_TRUE } else { op::POP_JUMP_IF_FALSE }, lp, l);
            }
        }
        self.addop0(op::POP_ITER, Location::NONE);
        if let Some(init) = initial {
            self.load_const(Constant::Bool(!init), l);
        }
        self.jump(op::JUMP, end, l);
        self.use_label(cleanup);
        self.addop0(op::END_FOR, Location::NONE);
        self.addop0(op::POP_ITER, Location::NONE);
        match initial {
            None => self.addop(op::CALL_INTRINSIC_1, 6, l),
            Some(init) => self.load_const(Constant::Bool(init), l),
        }
        self.jump(op::JUMP, end, l);
        self.use_label(skip);
        Ok(())
    }

    fn maybe_optimize_method_call(&mut self, c: &'a ast::ExprCall, l: Location) -> Res<bool> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        if meth.ctx != ExprContext::Load || self.is_import_originated(&meth.value) {
            return Ok(false);
        }
        let argsl = c.args.len();
        let kwdsl = c.keywords.len();
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        let ml = loc(meth.range);
        if self.can_optimize_super_call(meth) {
            self.load_args_for_super(&meth.value)?;
            let opc = if matches!(&*meth.value, Expr::Call(c) if !c.args.is_empty()) {
                super::LOAD_SUPER_METHOD
            } else {
                super::LOAD_ZERO_SUPER_METHOD
            };
            self.addop_name(opc, &meth.attr, ml);
            let l2 = update_start_location_to_match_attr(ml, meth);
            self.addop0(op::NOP, l2);
        } else {
            self.visit_expr(&meth.value)?;
            let l2 = update_start_location_to_match_attr(ml, meth);
            self.addop_name(super::LOAD_METHOD, &meth.attr, l2);
        }
        self.visit_exprs(&c.args)?;
        if kwdsl > 0 {
            for k in &c.keywords {
                self.visit_expr(&k.value)?;
            }
            let l3 = update_start_location_to_match_attr(ml, meth);
            self.kw_names(&c.keywords, l3);
            let l4 = update_start_location_to_match_attr(l, meth);
            self.addop(op::CALL_KW, (argsl + kwdsl) as u32, l4);
        } else {
            let l4 = update_start_location_to_match_attr(l, meth);
            self.addop(op::CALL, argsl as u32, l4);
        }
        Ok(true)
    }

    fn kw_names(&mut self, kws: &[ast::Keyword], l: Location) {
        let names: Vec<Constant> =
            kws.iter().map(|k| Constant::Str(PyStr::new(k.arg.clone().unwrap_or_default()))).collect();
        self.load_const(Constant::Tuple(names), l);
    }

    /// `codegen_call_helper`: `n` arguments already pushed.
    pub fn call_helper(&mut self, l: Location, n: u32, args: &'a [Expr], kws: &'a [ast::Keyword]) -> Res {
        self.call_helper_injected(l, n, args, None, kws)
    }

    /// `codegen_call_helper_impl`.
    pub fn call_helper_injected(
        &mut self,
        l: Location,
        n: u32,
        args: &'a [Expr],
        injected: Option<&str>,
        kws: &'a [ast::Keyword],
    ) -> Res {
        self.validate_keywords(kws)?;
        let mut nelts = args.len();
        let nkw = kws.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            self.visit_exprs(args)?;
            if let Some(name) = injected {
                self.nameop(name, ExprContext::Load, l)?;
                nelts += 1;
            }
            if nkw > 0 {
                for k in kws {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(kws, l);
                self.addop(op::CALL_KW, n + (nelts + nkw) as u32, l);
            } else {
                self.addop(op::CALL, n + nelts as u32, l);
            }
            return Ok(());
        }
        if n == 0
            && nelts == 1
            && let Expr::Starred(s) = &args[0]
        {
            self.visit_expr(&s.value)?;
        } else {
            self.starunpack_injected(l, args, injected, n, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(l, kws, i - nseen, i)?;
                        if have_dict {
                            self.addop(op::DICT_MERGE, 1, l);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop(op::BUILD_MAP, 0, l);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.addop(op::DICT_MERGE, 1, l);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(l, kws, nkw - nseen, nkw)?;
                if have_dict {
                    self.addop(op::DICT_MERGE, 1, l);
                }
            }
        } else {
            self.addop0(op::PUSH_NULL, l);
        }
        self.addop0(op::CALL_FUNCTION_EX, l);
        Ok(())
    }

    fn subkwargs(&mut self, l: Location, kws: &'a [ast::Keyword], begin: usize, end: usize) -> Res {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop(op::BUILD_MAP, 0, Location::NONE);
        }
        for k in &kws[begin..end] {
            self.load_const(Constant::Str(PyStr::new(k.arg.clone().unwrap_or_default())), l);
            self.visit_expr(&k.value)?;
            if big {
                self.addop(op::MAP_ADD, 1, Location::NONE);
            }
        }
        if !big {
            self.addop(op::BUILD_MAP, n as u32, l);
        }
        Ok(())
    }
}

/// `update_start_location_to_match_attr`.
pub(crate) fn update_start_location_to_match_attr(mut l: Location, a: &ast::ExprAttribute) -> Location {
    let end_lineno = a.range.end_lineno as i32;
    if l.lineno != end_lineno {
        l.lineno = end_lineno;
        let len = a.attr.chars().count() as i32;
        let end_col = a.range.end_col_offset as i32;
        if len <= end_col {
            l.col_offset = end_col - len;
        } else {
            l.col_offset = -1;
            l.end_col_offset = -1;
        }
        l.end_lineno = l.lineno.max(l.end_lineno);
        if l.lineno == l.end_lineno {
            l.end_col_offset = l.col_offset.max(l.end_col_offset);
        }
    }
    l
}

/// `infer_type`: the type name of a literal-ish expression, `None` when unknown.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::GeneratorExp(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::TemplateStr(_) | Expr::Interpolation(_) => "string.templatelib.Template",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "str",
        Expr::Constant(c) => match &c.value {
            ast::Constant::None => "NoneType",
            ast::Constant::True | ast::Constant::False => "bool",
            ast::Constant::Ellipsis => "ellipsis",
            ast::Constant::Int(_) | ast::Constant::BigInt(_) => "int",
            ast::Constant::Float(_) => "float",
            ast::Constant::Complex { .. } => "complex",
            ast::Constant::Str(_) => "str",
            ast::Constant::Bytes(_) => "bytes",
        },
        _ => return None,
    })
}

/// `check_is_arg`: whether `e` may sensibly be an operand of `is`.
fn check_is_arg(e: &Expr) -> bool {
    match e {
        Expr::Tuple(t) => !t.elts.iter().all(|x| matches!(x, Expr::Constant(_))),
        Expr::Constant(c) => {
            matches!(
                c.value,
                ast::Constant::None | ast::Constant::True | ast::Constant::False | ast::Constant::Ellipsis
            )
        }
        _ => true,
    }
}
