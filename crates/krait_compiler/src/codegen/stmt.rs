//! Statements (`codegen_visit_stmt`): bodies and docstrings, assignments, `if`/`while`/
//! `for` with `break`/`continue` unwinding through the fblock stack, `return`, `raise`,
//! `assert`, imports, `del`.

use super::{Compiler, FBlock, FBlockType, FDatum, Res, ScopeType, ast_const, clean_doc, docstring, loc, unsupported};
use crate::instr::Location;
use crate::symtable::{Scope, ScopeKey};
use krait_bytecode::opcode::op;
use krait_bytecode::{Constant, PyStr};
use krait_syntax::ast::Range;
use krait_syntax::ast::{self, Expr, ExprContext, Stmt};

impl<'a> Compiler<'a> {
    /// `_PyCodegen_Module` + `codegen_body`.
    pub fn module_body(&mut self, start: Location, body: &'a [Stmt], interactive: bool) -> Res {
        if self.ste().has_conditional_annotations {
            self.addop(op::BUILD_SET, 0, start);
            self.addop_name_raw(op::STORE_NAME, "__conditional_annotations__", start);
        }
        self.body(start, body, interactive)
    }

    pub fn body(&mut self, start: Location, body: &'a [Stmt], interactive: bool) -> Res {
        if self.future.annotations() && self.ste().annotations_used {
            self.addop0(op::SETUP_ANNOTATIONS, start);
        }
        if body.is_empty() {
            return Ok(());
        }
        let mut first = 0;
        if !interactive
            && self.ste().has_docstring
            && let Some(doc) = docstring(body)
        {
            first = 1;
            let Stmt::Expr(e) = &body[0] else {
                return Ok(());
            };
            let l = loc(e.value.range());
            self.load_const(Constant::Str(PyStr::new(clean_doc(doc))), l);
            self.nameop("__doc__", ExprContext::Store, Location::NONE)?;
        }
        for s in &body[first..] {
            self.visit_stmt(s)?;
        }
        if !self.future.annotations() {
            self.process_deferred_annotations(start)?;
        }
        Ok(())
    }

    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> Res {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> Res {
        let conditional = matches!(
            s,
            Stmt::For(_)
                | Stmt::While(_)
                | Stmt::If(_)
                | Stmt::Match(_)
                | Stmt::Try(_)
                | Stmt::TryStar(_)
                | Stmt::With(_)
                | Stmt::AsyncWith(_)
                | Stmt::AsyncFor(_)
        );
        if conditional {
            self.u().in_conditional_block += 1;
        }
        let r = self.visit_stmt_cond(s);
        // On an error the compile is abandoned, and a nested unit may still be on top: only
        // a successful visit restores this unit's count.
        if conditional && r.is_ok() {
            self.u().in_conditional_block -= 1;
        }
        r
    }

    fn visit_stmt_cond(&mut self, s: &'a Stmt) -> Res {
        let l = loc(s.range());
        match s {
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => self.function(s)?,
            Stmt::ClassDef(c) => self.class(s, c)?,
            Stmt::TypeAlias(t) => self.type_alias(s, t)?,
            Stmt::Return(r) => self.return_stmt(r, l)?,
            Stmt::Delete(d) => self.visit_exprs(&d.targets)?,
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop(op::COPY, 1, l);
                    }
                    self.visit_expr(t)?;
                }
            }
            Stmt::AugAssign(a) => self.augassign(a, l)?,
            Stmt::AnnAssign(a) => self.annassign(a, l)?,
            Stmt::For(f) => self.for_stmt(f, l)?,
            Stmt::AsyncFor(f) => self.async_for(f, l)?,
            Stmt::While(w) => {
                let lp = self.new_label();
                let end = self.new_label();
                let anchor = self.new_label();
                self.use_label(lp);
                self.push_fblock(FBlockType::WhileLoop, Some(lp), Some(end), l, FDatum::None)?;
                self.jump_if(l, &w.test, anchor, false)?;
                self.visit_stmts(&w.body)?;
                self.jump(op::JUMP, lp, Location::NONE);
                self.pop_fblock();
                self.use_label(anchor);
                self.visit_stmts(&w.orelse)?;
                self.use_label(end);
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let next = if i.orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(l, &i.test, next, false)?;
                self.visit_stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                    self.use_label(next);
                    self.visit_stmts(&i.orelse)?;
                }
                self.use_label(end);
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = &r.cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.addop(op::RAISE_VARARGS, n, l);
            }
            Stmt::Try(t) => self.try_stmt(t, l)?,
            Stmt::TryStar(t) => self.try_star_stmt(t, l)?,
            Stmt::Assert(a) => {
                if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?".into(), l);
                }
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(l, &a.test, end, true)?;
                self.addop(op::LOAD_COMMON_CONSTANT, 0, l);
                if let Some(msg) = &a.msg {
                    self.visit_expr(msg)?;
                    self.addop(op::CALL, 0, l);
                }
                self.addop(op::RAISE_VARARGS, 1, loc(a.test.range()));
                self.use_label(end);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.load_const(Constant::int(0), l);
                    self.load_const(Constant::None, l);
                    self.addop_name(op::IMPORT_NAME, &alias.name, l);
                    match &alias.asname {
                        Some(asname) => {
                            if alias.name.contains('.') {
                                let parts: Vec<&str> = alias.name.split('.').collect();
                                for (k, attr) in parts[1..].iter().enumerate() {
                                    self.addop_name_raw(op::IMPORT_FROM, attr, l);
                                    if k + 2 < parts.len() {
                                        self.addop(op::SWAP, 2, l);
                                        self.addop0(op::POP_TOP, l);
                                    }
                                }
                                self.nameop(asname, ExprContext::Store, l)?;
                                self.addop0(op::POP_TOP, l);
                            } else {
                                self.nameop(asname, ExprContext::Store, l)?;
                            }
                        }
                        None => {
                            let base = alias.name.split('.').next().unwrap_or_default();
                            self.nameop(base, ExprContext::Store, l)?;
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::int(i64::from(i.level.unwrap_or(0))), l);
                let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(PyStr::new(a.name.as_str()))).collect();
                self.load_const(Constant::Tuple(names), l);
                self.addop_name(op::IMPORT_NAME, i.module.as_deref().unwrap_or(""), l);
                for (k, alias) in i.names.iter().enumerate() {
                    if k == 0 && alias.name.starts_with('*') {
                        self.addop(op::CALL_INTRINSIC_1, 2, l);
                        self.addop0(op::POP_TOP, Location::NONE);
                        return Ok(());
                    }
                    self.addop_name(op::IMPORT_FROM, &alias.name, l);
                    let store = alias.asname.as_deref().unwrap_or(&alias.name);
                    self.nameop(store, ExprContext::Store, l)?;
                }
                self.addop0(op::POP_TOP, l);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.visit_expr(&e.value)?;
                    self.addop(op::CALL_INTRINSIC_1, 1, l);
                    self.addop0(op::POP_TOP, Location::NONE);
                } else if matches!(&*e.value, Expr::Constant(_)) {
                    self.addop0(op::NOP, l);
                } else {
                    self.visit_expr(&e.value)?;
                    self.addop0(op::POP_TOP, Location::NONE);
                }
            }
            Stmt::Pass(_) => self.addop0(op::NOP, l),
            Stmt::Break(_) => {
                self.addop0(op::NOP, l);
                let mut ul = l;
                let Some(lp) = self.unwind_fblock_stack(&mut ul, false, true)? else {
                    return Err(self.error("'break' outside loop", l));
                };
                self.unwind_fblock(&mut ul, lp, false)?;
                if let Some(exit) = lp.exit {
                    self.jump(op::JUMP, exit, ul);
                }
            }
            Stmt::Continue(_) => {
                self.addop0(op::NOP, l);
                let mut ul = l;
                let Some(lp) = self.unwind_fblock_stack(&mut ul, false, true)? else {
                    return Err(self.error("'continue' not properly in loop", l));
                };
                if let Some(b) = lp.block {
                    self.jump(op::JUMP, b, ul);
                }
            }
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::AsyncWith(w) => self.async_with_stmt(w, 0)?,
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn, l: Location) -> Res {
        let preserve_tos = r.value.as_deref().is_some_and(|v| !matches!(v, Expr::Constant(_)));
        let ste = self.ste();
        if !ste.block_type.is_function_like() {
            return Err(self.error("'return' outside function", l));
        }
        if r.value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator", l));
        }
        let mut ul = l;
        if preserve_tos {
            if let Some(v) = &r.value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = &r.value {
            ul = loc(v.range());
            self.addop0(op::NOP, ul);
        }
        if r.value.as_deref().is_none_or(|v| v.range().lineno != r.range.lineno) {
            ul = l;
            self.addop0(op::NOP, ul);
        }
        self.unwind_fblock_stack(&mut ul, preserve_tos, false)?;
        match r.value.as_deref() {
            None => self.load_const(Constant::None, ul),
            Some(Expr::Constant(c)) if !preserve_tos => self.load_const(ast_const(&c.value), ul),
            _ => {}
        }
        self.addop0(op::RETURN_VALUE, ul);
        Ok(())
    }

    /// `codegen_unwind_fblock_stack`; with `want_loop`, stops at the innermost loop and
    /// returns it.
    pub fn unwind_fblock_stack(
        &mut self,
        l: &mut Location,
        preserve_tos: bool,
        want_loop: bool,
    ) -> Res<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if top.kind == FBlockType::ExceptionGroupHandler {
            return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", *l));
        }
        if want_loop && matches!(top.kind, FBlockType::WhileLoop | FBlockType::ForLoop) {
            return Ok(Some(top));
        }
        self.pop_fblock();
        self.unwind_fblock(l, top, preserve_tos)?;
        let r = self.unwind_fblock_stack(l, preserve_tos, want_loop)?;
        self.u().fblocks.push(top);
        Ok(r)
    }

    /// `codegen_unwind_fblock`.
    pub fn unwind_fblock(&mut self, l: &mut Location, info: FBlock<'a>, preserve_tos: bool) -> Res {
        match info.kind {
            FBlockType::WhileLoop
            | FBlockType::ExceptionHandler
            | FBlockType::ExceptionGroupHandler
            | FBlockType::AsyncComprehensionGenerator
            | FBlockType::StopIteration => {}
            FBlockType::ForLoop => {
                if preserve_tos {
                    self.addop(op::SWAP, 2, *l);
                }
                self.addop0(op::POP_TOP, *l);
            }
            FBlockType::TryExcept => self.addop0(op::POP_BLOCK, *l),
            FBlockType::FinallyTry => {
                self.addop0(op::POP_BLOCK, *l);
                if preserve_tos {
                    self.push_fblock(FBlockType::PopValue, None, None, *l, FDatum::None)?;
                }
                if let FDatum::Body(body) = info.datum {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                *l = Location::NONE;
            }
            FBlockType::FinallyEnd => {
                if preserve_tos {
                    self.addop(op::SWAP, 2, *l);
                }
                self.addop0(op::POP_TOP, *l);
                if preserve_tos {
                    self.addop(op::SWAP, 2, *l);
                }
                self.addop0(op::POP_BLOCK, *l);
                self.addop0(op::POP_EXCEPT, *l);
            }
            FBlockType::With | FBlockType::AsyncWith => {
                *l = info.loc;
                self.addop0(op::POP_BLOCK, *l);
                if preserve_tos {
                    self.addop(op::SWAP, 3, *l);
                    self.addop(op::SWAP, 2, *l);
                }
                self.call_exit_with_nones(*l);
                if info.kind == FBlockType::AsyncWith {
                    self.addop(op::GET_AWAITABLE, 2, *l);
                    self.load_const(Constant::None, *l);
                    self.yield_from(*l, true);
                }
                self.addop0(op::POP_TOP, *l);
                *l = Location::NONE;
            }
            FBlockType::HandlerCleanup => {
                let name = if let FDatum::Name(n) = info.datum { Some(n) } else { None };
                if name.is_some() {
                    self.addop0(op::POP_BLOCK, *l);
                }
                if preserve_tos {
                    self.addop(op::SWAP, 2, *l);
                }
                self.addop0(op::POP_BLOCK, *l);
                self.addop0(op::POP_EXCEPT, *l);
                if let Some(n) = name {
                    self.load_const(Constant::None, *l);
                    self.nameop(n, ExprContext::Store, *l)?;
                    self.nameop(n, ExprContext::Del, *l)?;
                }
            }
            FBlockType::PopValue => {
                if preserve_tos {
                    self.addop(op::SWAP, 2, *l);
                }
                self.addop0(op::POP_TOP, *l);
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor, l: Location) -> Res {
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockType::ForLoop, Some(start), Some(end), l, FDatum::None)?;
        self.visit_expr(&f.iter)?;
        let il = loc(f.iter.range());
        self.addop0(op::GET_ITER, il);
        self.use_label(start);
        self.jump(op::FOR_ITER, cleanup, il);
        self.addop0(op::NOP, loc(f.target.range()));
        self.use_label(body);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.jump(op::JUMP, start, Location::NONE);
        self.use_label(cleanup);
        self.addop0(op::END_FOR, Location::NONE);
        self.addop0(op::POP_ITER, Location::NONE);
        self.pop_fblock();
        self.visit_stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(&mut self, f: &'a ast::StmtAsyncFor, l: Location) -> Res {
        let start = self.new_label();
        let send = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(&f.iter)?;
        let il = loc(f.iter.range());
        self.addop0(op::GET_AITER, il);
        self.use_label(start);
        self.push_fblock(FBlockType::ForLoop, Some(start), Some(end), l, FDatum::None)?;
        self.jump(op::SETUP_FINALLY, except, l);
        self.addop0(op::GET_ANEXT, l);
        self.load_const(Constant::None, l);
        self.use_label(send);
        self.yield_from(l, true);
        self.addop0(op::POP_BLOCK, l);
        self.addop0(op::NOT_TAKEN, l);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.jump(op::JUMP, start, Location::NONE);
        self.pop_fblock();
        self.use_label(except);
        self.jump(op::END_ASYNC_FOR, send, il);
        self.visit_stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn augassign(&mut self, a: &'a ast::StmtAugAssign, sl: Location) -> Res {
        let e = &*a.target;
        let l = loc(e.range());
        let two = |s: &'a Expr| -> Option<&'a ast::ExprSlice> {
            match s {
                Expr::Slice(sl)
                    if sl.step.is_none()
                        && !([&sl.lower, &sl.upper]
                            .iter()
                            .all(|x| x.as_deref().is_none_or(|x| matches!(x, Expr::Constant(_))))) =>
                {
                    Some(sl)
                }
                _ => None,
            }
        };
        match e {
            Expr::Attribute(at) => {
                self.visit_expr(&at.value)?;
                self.addop(op::COPY, 1, l);
                let l2 = super::expr::update_start_location_to_match_attr(l, at);
                self.addop_name(op::LOAD_ATTR, &at.attr, l2);
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                if let Some(sl) = two(&s.slice) {
                    for x in [&sl.lower, &sl.upper] {
                        match x {
                            Some(v) => self.visit_expr(v)?,
                            None => self.load_const(Constant::None, loc(sl.range)),
                        }
                    }
                    self.addop(op::COPY, 3, l);
                    self.addop(op::COPY, 3, l);
                    self.addop(op::COPY, 3, l);
                    self.addop0(op::BINARY_SLICE, l);
                } else {
                    self.visit_expr(&s.slice)?;
                    self.addop(op::COPY, 2, l);
                    self.addop(op::COPY, 2, l);
                    self.addop(op::BINARY_OP, 26, l);
                }
            }
            Expr::Name(n) => self.nameop(&n.id, ExprContext::Load, l)?,
            _ => return Err(unsupported("this augmented assignment target", e.range())),
        }
        self.visit_expr(&a.value)?;
        self.addop(op::BINARY_OP, super::expr::binop_arg(a.op, true), sl);
        match e {
            Expr::Attribute(at) => {
                let l2 = super::expr::update_start_location_to_match_attr(l, at);
                self.addop(op::SWAP, 2, l2);
                self.addop_name(op::STORE_ATTR, &at.attr, l2);
            }
            Expr::Subscript(s) => {
                if two(&s.slice).is_some() {
                    self.addop(op::SWAP, 4, l);
                    self.addop(op::SWAP, 3, l);
                    self.addop(op::SWAP, 2, l);
                    self.addop0(op::STORE_SLICE, l);
                } else {
                    self.addop(op::SWAP, 3, l);
                    self.addop(op::SWAP, 2, l);
                    self.addop0(op::STORE_SUBSCR, l);
                }
            }
            Expr::Name(n) => self.nameop(&n.id, ExprContext::Store, l)?,
            _ => {}
        }
        Ok(())
    }

    /// `codegen_annassign`.
    fn annassign(&mut self, a: &'a ast::StmtAnnAssign, l: Location) -> Res {
        let future = self.future.annotations();
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_expr(&a.target)?;
        }
        let in_mod_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &*a.target {
            Expr::Name(n) => {
                if a.simple != 0 && in_mod_or_class {
                    if future {
                        let text = super::unparse::expr_as_str(&a.annotation);
                        self.load_const(Constant::Str(PyStr::new(text)), loc(a.annotation.range()));
                        self.addop_name_raw(op::LOAD_NAME, "__annotations__", l);
                        let mangled = self.mangle(&n.id);
                        self.load_const(Constant::Str(PyStr::new(mangled)), l);
                        self.addop0(op::STORE_SUBSCR, l);
                        return Ok(());
                    }
                    let u = self.u();
                    let idx = if u.scope_type == ScopeType::Module || u.in_conditional_block > 0 {
                        let i = u.next_conditional_annotation_index;
                        u.next_conditional_annotation_index += 1;
                        i
                    } else {
                        -1
                    };
                    u.deferred_annotations.push((a, idx));
                    if idx >= 0 {
                        if self.ur().scope_type == ScopeType::Class {
                            let ci = self.deref_index("__conditional_annotations__", Scope::Cell).unwrap_or(0);
                            self.addop(op::LOAD_DEREF, ci, l);
                        } else {
                            self.addop_name_raw(op::LOAD_NAME, "__conditional_annotations__", l);
                        }
                        self.load_const(Constant::int(idx), l);
                        self.addop(op::SET_ADD, 1, l);
                        self.addop0(op::POP_TOP, l);
                    }
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(sb) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sb.value)?;
                    self.check_ann_subscr(&sb.slice)?;
                }
            }
            _ => return Err(unsupported("this annotated target", a.range)),
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> Res {
        self.visit_expr(e)?;
        self.addop0(op::POP_TOP, loc(e.range()));
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> Res {
        match e {
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// `codegen_process_deferred_annotations`: the `__annotate__` function of a module or
    /// class body (a module's is built in a separate sequence spliced after `RESUME`).
    fn process_deferred_annotations(&mut self, l: Location) -> Res {
        if self.ur().deferred_annotations.is_empty() {
            return Ok(());
        }
        let deferred = std::mem::take(&mut self.u().deferred_annotations);
        let scope_type = self.ur().scope_type;
        let separate = scope_type == ScopeType::Module;
        let mut stashed = None;
        if separate {
            stashed = Some(std::mem::take(&mut self.u().seq));
        }
        let table = self.ur().table;
        let Some(ann_block) = self.st.table(table).annotation_block else {
            return Err(unsupported("annotations without an annotation scope", Range::default()));
        };
        let name = self.st.table(ann_block).name.clone();
        self.setup_annotations_scope(l, ScopeKey::Annotations(table), &name)?;
        self.addop(op::BUILD_MAP, 0, l);
        for (st, idx) in deferred {
            let Expr::Name(n) = &*st.target else { continue };
            let mangled = crate::symtable::mangle(self.ur().private.as_deref(), &n.id);
            let sl = loc(st.range);
            let not_set = self.new_label();
            if idx != -1 {
                self.load_const(Constant::int(idx), sl);
                if scope_type == ScopeType::Class {
                    let fi = self.deref_index("__conditional_annotations__", Scope::Free).unwrap_or(0);
                    self.addop(op::LOAD_DEREF, fi, sl);
                } else {
                    self.addop_name_raw(op::LOAD_GLOBAL, "__conditional_annotations__", sl);
                }
                self.addop(op::CONTAINS_OP, 0, sl);
                self.jump(op::POP_JUMP_IF_FALSE, not_set, sl);
            }
            self.visit_expr(&st.annotation)?;
            self.addop(op::COPY, 2, sl);
            self.load_const(Constant::Str(PyStr::new(mangled)), sl);
            self.addop0(op::STORE_SUBSCR, l);
            self.use_label(not_set);
        }
        self.leave_annotations_scope(l)?;
        let target = if scope_type == ScopeType::Class { "__annotate_func__" } else { "__annotate__" };
        self.nameop(target, ExprContext::Store, l)?;
        if let Some(parent) = stashed {
            let anno = std::mem::replace(&mut self.u().seq, parent);
            self.u().seq.annotations_code = Some(anno.instrs);
        }
        Ok(())
    }

    /// `codegen_setup_annotations_scope`.
    pub fn setup_annotations_scope(&mut self, l: Location, key: ScopeKey, name: &str) -> Res {
        self.enter_scope(name, ScopeType::Annotations, key, l.lineno, None, (0, 1, 0), Range::default())?;
        self.addop(op::LOAD_FAST, 0, l);
        self.load_const(Constant::int(2), l);
        self.addop(op::COMPARE_OP, (4 << 5) | 4, l);
        let body = self.new_label();
        self.jump(op::POP_JUMP_IF_FALSE, body, l);
        self.addop(op::LOAD_COMMON_CONSTANT, 1, l);
        self.addop(op::RAISE_VARARGS, 1, l);
        self.use_label(body);
        Ok(())
    }

    /// `codegen_leave_annotations_scope`.
    pub fn leave_annotations_scope(&mut self, l: Location) -> Res {
        self.addop0(op::RETURN_VALUE, l);
        let mut co = self.finish_unit(true)?;
        if let Some(first) = co.localsplusnames.first_mut() {
            *first = PyStr::new("format");
        }
        self.make_closure(co, 0, l)
    }
}
