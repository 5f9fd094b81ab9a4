//! Functions, lambdas and classes: decorators, defaults and keyword-only defaults, the
//! nested code unit (docstring constant, generator `StopIteration` wrapper), closures
//! (`LOAD_CLOSURE` + `MAKE_FUNCTION` + `SET_FUNCTION_ATTRIBUTE`), class bodies
//! (`__module__`, `__qualname__`, `__firstlineno__`, `__static_attributes__`,
//! `__classcell__`) and `__build_class__` calls. Comprehensions are not inlined yet.

use super::{Compiler, FBlockType, FDatum, Res, ScopeType, clean_doc, docstring, loc, unsupported};
use crate::instr::Location;
use crate::symtable::{Scope, ScopeKey};
use krait_bytecode::opcode::op;
use krait_bytecode::{Constant, PyStr};
use krait_syntax::ast::{self, Expr, ExprContext, Stmt};

impl<'a> Compiler<'a> {
    fn default_arguments(&mut self, l: Location, args: &'a ast::Arguments) -> Res<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.visit_exprs(&args.defaults)?;
            self.addop(op::BUILD_TUPLE, args.defaults.len() as u32, l);
            flags |= 0x01;
        }
        let mut count = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                count += 1;
                let mangled = self.mangle(&a.arg);
                self.load_const(Constant::Str(PyStr::new(mangled)), l);
                self.visit_expr(d)?;
            }
        }
        if count > 0 {
            self.addop(op::BUILD_MAP, count, l);
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// `codegen_function`.
    pub fn function(&mut self, s: &'a Stmt) -> Res {
        let (name, args, body, decos, returns, type_params, is_async, range) = match s {
            Stmt::FunctionDef(f) => {
                (&f.name, &*f.args, &f.body, &f.decorator_list, f.returns.as_deref(), &f.type_params, false, f.range)
            }
            Stmt::AsyncFunctionDef(f) => {
                (&f.name, &*f.args, &f.body, &f.decorator_list, f.returns.as_deref(), &f.type_params, true, f.range)
            }
            _ => return Ok(()),
        };
        self.visit_exprs(decos)?;
        let firstlineno = decos.first().map(|d| d.range().lineno).unwrap_or(range.lineno) as i32;
        let l = loc(range);
        let mut funcflags = self.default_arguments(l, args)?;
        let generic = !type_params.is_empty();
        let mut num_typeparam_args = 0;
        if generic {
            num_typeparam_args = u32::from(funcflags & 0x01 != 0) + u32::from(funcflags & 0x02 != 0);
            if num_typeparam_args == 2 {
                self.addop(op::SWAP, 2, l);
            }
            let tp_name = format!("<generic parameters of {name}>");
            self.enter_scope(
                &tp_name,
                ScopeType::Annotations,
                ScopeKey::TypeParams(type_params.as_ptr() as usize),
                firstlineno,
                None,
                (num_typeparam_args, 0, 0),
                range,
            )?;
            self.type_params(type_params)?;
            for i in 0..num_typeparam_args {
                self.addop(op::LOAD_FAST, i, l);
            }
        }
        funcflags |= self.function_annotations(l, args, returns)?;
        let scope_type = if is_async { ScopeType::AsyncFunction } else { ScopeType::Function };
        let counts = (args.args.len() as u32, args.posonlyargs.len() as u32, args.kwonlyargs.len() as u32);
        self.enter_scope(name, scope_type, ScopeKey::node(s), firstlineno, None, counts, range)?;
        let mut first = 0;
        if self.ste().has_docstring
            && let Some(doc) = docstring(body)
        {
            first = 1;
            self.add_const(Constant::Str(PyStr::new(clean_doc(doc))));
        }
        let start = self.new_label();
        self.use_label(start);
        let wrap = self.ste().coroutine || self.ste().generator;
        if wrap {
            self.push_fblock(FBlockType::StopIteration, Some(start), None, Location::NONE, FDatum::None)?;
        }
        for st in &body[first..] {
            self.visit_stmt(st)?;
        }
        if wrap {
            self.wrap_in_stopiteration_handler();
            self.pop_fblock();
        }
        let co = self.finish_unit(true)?;
        self.make_closure(co, funcflags, l)?;
        if generic {
            self.addop(op::SWAP, 2, l);
            self.addop(op::CALL_INTRINSIC_2, 4, l);
            let co = self.finish_unit(false)?;
            self.make_closure(co, 0, l)?;
            if num_typeparam_args > 0 {
                self.addop(op::SWAP, num_typeparam_args + 1, l);
                self.addop(op::CALL, num_typeparam_args - 1, l);
            } else {
                self.addop0(op::PUSH_NULL, l);
                self.addop(op::CALL, 0, l);
            }
        }
        for d in decos.iter().rev() {
            self.addop(op::CALL, 0, loc(d.range()));
        }
        self.nameop(name, ExprContext::Store, l)
    }

    /// `codegen_type_params`: builds the tuple of type parameters, storing each.
    pub fn type_params(&mut self, tps: &'a [ast::TypeParam]) -> Res {
        let mut seen_default = false;
        for tp in tps {
            let l = loc(tp.range());
            let (name, default) = match tp {
                ast::TypeParam::TypeVar(t) => (&t.name, t.default_value.as_deref()),
                ast::TypeParam::ParamSpec(t) => (&t.name, t.default_value.as_deref()),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, t.default_value.as_deref()),
            };
            self.load_const(Constant::Str(PyStr::new(name.as_str())), l);
            match tp {
                ast::TypeParam::TypeVar(t) => {
                    if let Some(bound) = &t.bound {
                        self.type_param_bound_or_default(bound, name, ScopeKey::node(tp), false)?;
                        let intrinsic = if matches!(&**bound, Expr::Tuple(_)) { 3 } else { 2 };
                        self.addop(op::CALL_INTRINSIC_2, intrinsic, l);
                    } else {
                        self.addop(op::CALL_INTRINSIC_1, 7, l);
                    }
                }
                ast::TypeParam::ParamSpec(_) => self.addop(op::CALL_INTRINSIC_1, 8, l),
                ast::TypeParam::TypeVarTuple(_) => self.addop(op::CALL_INTRINSIC_1, 9, l),
            }
            if let Some(d) = default {
                seen_default = true;
                let key = match tp {
                    ast::TypeParam::TypeVar(_) => ScopeKey::TypeParamDefault(tp as *const ast::TypeParam as usize),
                    _ => ScopeKey::node(tp),
                };
                let starred = matches!(tp, ast::TypeParam::TypeVarTuple(_));
                self.type_param_bound_or_default(d, name, key, starred)?;
                self.addop(op::CALL_INTRINSIC_2, 5, l);
            } else if seen_default {
                return Err(
                    self.error(&format!("non-default type parameter '{name}' follows default type parameter"), l)
                );
            }
            self.addop(op::COPY, 1, l);
            self.nameop(name, ExprContext::Store, l)?;
        }
        if let Some(first) = tps.first() {
            self.addop(op::BUILD_TUPLE, tps.len() as u32, loc(first.range()));
        }
        Ok(())
    }

    fn type_param_bound_or_default(&mut self, e: &'a Expr, name: &str, key: ScopeKey, allow_starred: bool) -> Res {
        let l = loc(e.range());
        self.load_const(Constant::Tuple(vec![Constant::int(1)]), l);
        self.setup_annotations_scope(l, key, name)?;
        match e {
            Expr::Starred(s) if allow_starred => {
                self.visit_expr(&s.value)?;
                self.addop(op::UNPACK_SEQUENCE, 1, l);
            }
            _ => self.visit_expr(e)?,
        }
        self.addop0(op::RETURN_VALUE, l);
        let co = self.finish_unit(true)?;
        self.make_closure(co, 0x01, l)
    }

    /// `codegen_typealias`.
    pub fn type_alias(&mut self, s: &'a Stmt, t: &'a ast::StmtTypeAlias) -> Res {
        let l = loc(t.range);
        let Expr::Name(n) = &*t.name else {
            return Err(unsupported("this type alias target", t.range));
        };
        let name = &n.id;
        let generic = !t.type_params.is_empty();
        if generic {
            let tp_name = format!("<generic parameters of {name}>");
            self.enter_scope(
                &tp_name,
                ScopeType::Annotations,
                ScopeKey::TypeParams(t.type_params.as_ptr() as usize),
                l.lineno,
                None,
                (0, 0, 0),
                t.range,
            )?;
            self.load_const(Constant::Str(PyStr::new(name.as_str())), l);
            self.type_params(&t.type_params)?;
        } else {
            self.load_const(Constant::Str(PyStr::new(name.as_str())), l);
            self.load_const(Constant::None, l);
        }
        // codegen_typealias_body
        self.load_const(Constant::Tuple(vec![Constant::int(1)]), l);
        self.setup_annotations_scope(l, ScopeKey::node(s), name)?;
        self.visit_expr(&t.value)?;
        self.addop0(op::RETURN_VALUE, l);
        let co = self.finish_unit(false)?;
        self.make_closure(co, 0x01, l)?;
        self.addop(op::BUILD_TUPLE, 3, l);
        self.addop(op::CALL_INTRINSIC_1, 11, l);
        if generic {
            let co = self.finish_unit(false)?;
            self.make_closure(co, 0, l)?;
            self.addop0(op::PUSH_NULL, l);
            self.addop(op::CALL, 0, l);
        }
        self.nameop(name, ExprContext::Store, l)
    }

    /// `codegen_function_annotations`: the `__annotate__` function of a function's
    /// parameter and return annotations, when its annotation scope is used.
    fn function_annotations(&mut self, l: Location, args: &'a ast::Arguments, returns: Option<&'a Expr>) -> Res<u32> {
        let Some(t) = self.st.lookup(ScopeKey::node(args)) else {
            return Ok(0);
        };
        let table = self.st.table(t);
        if !table.annotations_used {
            return Ok(0);
        }
        let name = table.name.clone();
        self.setup_annotations_scope(l, ScopeKey::node(args), &name)?;
        let mut n = 0;
        let mut one = |c: &mut Self, id: &str, ann: Option<&'a Expr>| -> Res {
            let Some(ann) = ann else { return Ok(()) };
            let mangled = c.mangle(id);
            c.load_const(Constant::Str(PyStr::new(mangled)), l);
            if c.future.annotations() {
                let text = super::unparse::expr_as_str(ann);
                c.load_const(Constant::Str(PyStr::new(text)), loc(ann.range()));
            } else if let Expr::Starred(s) = ann {
                c.visit_expr(&s.value)?;
                c.addop(op::UNPACK_SEQUENCE, 1, l);
            } else {
                c.visit_expr(ann)?;
            }
            n += 1;
            Ok(())
        };
        for a in &args.args {
            one(self, &a.arg, a.annotation.as_deref())?;
        }
        for a in &args.posonlyargs {
            one(self, &a.arg, a.annotation.as_deref())?;
        }
        if let Some(a) = &args.vararg {
            one(self, &a.arg, a.annotation.as_deref())?;
        }
        for a in &args.kwonlyargs {
            one(self, &a.arg, a.annotation.as_deref())?;
        }
        if let Some(a) = &args.kwarg {
            one(self, &a.arg, a.annotation.as_deref())?;
        }
        one(self, "return", returns)?;
        self.addop(op::BUILD_MAP, n, l);
        self.leave_annotations_scope(l)?;
        Ok(0x10)
    }

    fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        let seq = &mut self.u().seq;
        // Insert SETUP_CLEANUP at the start: every bound label moves down by one.
        seq.instrs.insert(0, crate::instr::Instr { opcode: op::SETUP_CLEANUP, oparg: handler.0, loc: Location::NONE });
        for t in seq.label_targets.iter_mut().flatten() {
            *t += 1;
        }
        self.load_const(Constant::None, Location::NONE);
        self.addop0(op::RETURN_VALUE, Location::NONE);
        self.use_label(handler);
        self.addop(op::CALL_INTRINSIC_1, 3, Location::NONE);
        self.addop(op::RERAISE, 1, Location::NONE);
    }

    /// `codegen_lambda`.
    pub fn lambda(&mut self, e: &'a Expr, lam: &'a ast::ExprLambda) -> Res {
        let l = loc(lam.range);
        let funcflags = self.default_arguments(l, &lam.args)?;
        let a = &lam.args;
        let counts = (a.args.len() as u32, a.posonlyargs.len() as u32, a.kwonlyargs.len() as u32);
        self.enter_scope(
            "<lambda>",
            ScopeType::Lambda,
            ScopeKey::node(e),
            lam.range.lineno as i32,
            None,
            counts,
            lam.range,
        )?;
        self.visit_expr(&lam.body)?;
        let co = if self.ste().generator {
            self.finish_unit(false)?
        } else {
            self.addop0(op::RETURN_VALUE, loc(lam.body.range()));
            self.finish_unit(true)?
        };
        self.make_closure(co, funcflags, l)
    }

    /// `codegen_class`.
    pub fn class(&mut self, s: &'a Stmt, c: &'a ast::StmtClassDef) -> Res {
        self.visit_exprs(&c.decorator_list)?;
        let firstlineno = c.decorator_list.first().map(|d| d.range().lineno).unwrap_or(c.range.lineno) as i32;
        let l = loc(c.range);
        let generic = !c.type_params.is_empty();
        if generic {
            let tp_name = format!("<generic parameters of {}>", c.name);
            self.enter_scope(
                &tp_name,
                ScopeType::Annotations,
                ScopeKey::TypeParams(c.type_params.as_ptr() as usize),
                firstlineno,
                Some(c.name.clone()),
                (0, 0, 0),
                c.range,
            )?;
            self.type_params(&c.type_params)?;
            self.nameop(".type_params", ExprContext::Store, l)?;
        }
        self.enter_scope(
            &c.name,
            ScopeType::Class,
            ScopeKey::node(s),
            firstlineno,
            Some(c.name.clone()),
            (0, 0, 0),
            c.range,
        )?;
        let bl = Location { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
        self.nameop("__name__", ExprContext::Load, bl)?;
        self.nameop("__module__", ExprContext::Store, bl)?;
        let q = self.ur().meta.qualname.clone();
        self.load_const(Constant::Str(PyStr::new(q)), bl);
        self.nameop("__qualname__", ExprContext::Store, bl)?;
        self.load_const(Constant::int(i64::from(firstlineno)), bl);
        self.nameop("__firstlineno__", ExprContext::Store, bl)?;
        if generic {
            self.nameop(".type_params", ExprContext::Load, bl)?;
            self.nameop("__type_params__", ExprContext::Store, bl)?;
        }
        if self.ste().needs_classdict {
            self.addop0(op::LOAD_LOCALS, bl);
            let i = self.deref_index("__classdict__", Scope::Cell).unwrap_or(0);
            self.addop(op::STORE_DEREF, i, bl);
        }
        if self.ste().has_conditional_annotations {
            self.addop(op::BUILD_SET, 0, bl);
            let i = self.deref_index("__conditional_annotations__", Scope::Cell).unwrap_or(0);
            self.addop(op::STORE_DEREF, i, bl);
        }
        self.body(bl, &c.body, false)?;
        let attrs: Vec<Constant> =
            self.ur().static_attributes.iter().flatten().map(|a| Constant::Str(PyStr::new(a.as_str()))).collect();
        self.load_const(Constant::Tuple(attrs), Location::NONE);
        self.nameop("__static_attributes__", ExprContext::Store, Location::NONE)?;
        if self.ste().needs_classdict {
            let i = self.deref_index("__classdict__", Scope::Cell).unwrap_or(0);
            self.addop(op::LOAD_CLOSURE, i, Location::NONE);
            self.nameop("__classdictcell__", ExprContext::Store, Location::NONE)?;
        }
        if self.ste().needs_class_closure {
            let i = self.deref_index("__class__", Scope::Cell).unwrap_or(0);
            self.addop(op::LOAD_CLOSURE, i, Location::NONE);
            self.addop(op::COPY, 1, Location::NONE);
            self.nameop("__classcell__", ExprContext::Store, Location::NONE)?;
        } else {
            self.load_const(Constant::None, Location::NONE);
        }
        self.addop0(op::RETURN_VALUE, Location::NONE);
        let co = self.finish_unit(true)?;
        self.addop0(op::LOAD_BUILD_CLASS, l);
        self.addop0(op::PUSH_NULL, l);
        self.make_closure(co, 0, l)?;
        self.load_const(Constant::Str(PyStr::new(c.name.as_str())), l);
        if generic {
            self.nameop(".type_params", ExprContext::Load, l)?;
            self.addop(op::CALL_INTRINSIC_1, 10, l);
            self.nameop(".generic_base", ExprContext::Store, l)?;
            self.call_helper_injected(l, 2, &c.bases, Some(".generic_base"), &c.keywords)?;
            let co = self.finish_unit(false)?;
            self.make_closure(co, 0, l)?;
            self.addop0(op::PUSH_NULL, l);
            self.addop(op::CALL, 0, l);
        } else {
            self.call_helper(l, 2, &c.bases, &c.keywords)?;
        }
        for d in c.decorator_list.iter().rev() {
            self.addop(op::CALL, 0, loc(d.range()));
        }
        self.nameop(&c.name, ExprContext::Store, l)
    }

    /// `codegen_comprehension`: list/set/dict comprehensions inlined (PEP 709) when the
    /// symbol table says so, generator expressions (and non-inlined comprehensions) as
    /// nested code units called with the outermost iterator.
    pub fn comprehension(&mut self, e: &'a Expr) -> Res {
        let (kind, name, generators, elt, val): (u8, &str, &'a [ast::Comprehension], &'a Expr, Option<&'a Expr>) =
            match e {
                Expr::GeneratorExp(g) => (0, "<genexpr>", &g.generators, &g.elt, None),
                Expr::ListComp(g) => (1, "<listcomp>", &g.generators, &g.elt, None),
                Expr::SetComp(g) => (2, "<setcomp>", &g.generators, &g.elt, None),
                Expr::DictComp(g) => (3, "<dictcomp>", &g.generators, &g.key, Some(&*g.value)),
                _ => return Ok(()),
            };
        let range = e.range();
        let Some(tid) = self.st.lookup(ScopeKey::node(e)) else {
            return Err(unsupported("a comprehension without a symbol table", range));
        };
        let entry = self.st.table(tid);
        let is_async_comprehension = entry.coroutine;
        let inlined = entry.comp_inlined;
        let l = loc(range);
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let mut state = None;
        if inlined {
            self.comprehension_iter(outermost)?;
            state = Some(self.push_inlined_comprehension_state(l, tid)?);
        } else {
            self.enter_scope(
                name,
                ScopeType::Comprehension,
                ScopeKey::node(e),
                range.lineno as i32,
                None,
                (1, 0, 0),
                range,
            )?;
        }
        if kind != 0 {
            let opc = [0, op::BUILD_LIST, op::BUILD_SET, op::BUILD_MAP][kind as usize];
            self.addop(opc, 0, l);
            if inlined {
                self.addop(op::SWAP, 2, l);
            }
        }
        self.comprehension_generator(l, generators, 0, 0, elt, val, kind, inlined)?;
        if let Some(st) = state {
            self.pop_inlined_comprehension_state(l, st)?;
            return Ok(());
        }
        if kind != 0 {
            self.addop0(op::RETURN_VALUE, l);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let co = self.finish_unit(true)?;
        self.make_closure(co, 0, l)?;
        self.comprehension_iter(outermost)?;
        self.addop(op::CALL, 0, l);
        if is_async_comprehension && kind != 0 {
            self.addop(op::GET_AWAITABLE, 0, l);
            self.load_const(Constant::None, l);
            self.yield_from(l, true);
        }
        Ok(())
    }

    fn comprehension_iter(&mut self, g: &'a ast::Comprehension) -> Res {
        self.visit_expr(&g.iter)?;
        self.addop0(if g.is_async != 0 { op::GET_AITER } else { op::GET_ITER }, loc(g.iter.range()));
        Ok(())
    }

    /// `codegen_async_comprehension_generator`.
    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        l: Location,
        generators: &'a [ast::Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: u8,
        iter_on_stack: bool,
    ) -> Res {
        let start = self.new_label();
        let send = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let g = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.addop(op::LOAD_FAST, 0, l);
            } else {
                self.visit_expr(&g.iter)?;
                self.addop0(op::GET_AITER, loc(g.iter.range()));
            }
        }
        self.use_label(start);
        self.push_fblock(FBlockType::AsyncComprehensionGenerator, Some(start), None, l, FDatum::None)?;
        self.jump(op::SETUP_FINALLY, except, l);
        self.addop0(op::GET_ANEXT, l);
        self.load_const(Constant::None, l);
        self.use_label(send);
        self.yield_from(l, true);
        self.addop0(op::POP_BLOCK, l);
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(l, cond, if_cleanup, false)?;
        }
        depth += 1;
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(l, generators, gen_index, depth, elt, val, kind, false)?;
        }
        let elt_loc = self.comprehension_element(gen_index >= generators.len(), elt, val, kind, depth)?;
        self.use_label(if_cleanup);
        self.jump(op::JUMP, start, elt_loc);
        self.pop_fblock();
        self.use_label(except);
        self.jump(op::END_ASYNC_FOR, send, l);
        Ok(())
    }

    /// The innermost element code of a comprehension; returns the element's location.
    fn comprehension_element(
        &mut self,
        innermost: bool,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: u8,
        depth: u32,
    ) -> Res<Location> {
        let mut elt_loc = loc(elt.range());
        if innermost {
            match kind {
                0 => {
                    self.visit_expr(elt)?;
                    self.addop_yield(elt_loc);
                    self.addop0(op::POP_TOP, elt_loc);
                }
                1 => {
                    self.visit_expr(elt)?;
                    self.addop(op::LIST_APPEND, depth + 1, elt_loc);
                }
                2 => {
                    self.visit_expr(elt)?;
                    self.addop(op::SET_ADD, depth + 1, elt_loc);
                }
                _ => {
                    self.visit_expr(elt)?;
                    if let Some(v) = val {
                        self.visit_expr(v)?;
                        let vr = v.range();
                        elt_loc.end_lineno = vr.end_lineno as i32;
                        elt_loc.end_col_offset = vr.end_col_offset as i32;
                    }
                    self.addop(op::MAP_ADD, depth + 1, elt_loc);
                }
            }
        }
        Ok(elt_loc)
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        l: Location,
        generators: &'a [ast::Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: u8,
        iter_on_stack: bool,
    ) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.comprehension_generator_inner(l, generators, gen_index, depth, elt, val, kind, iter_on_stack)
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator_inner(
        &mut self,
        l: Location,
        generators: &'a [ast::Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: u8,
        iter_on_stack: bool,
    ) -> Res {
        if generators[gen_index].is_async != 0 {
            return self.async_comprehension_generator(l, generators, gen_index, depth, elt, val, kind, iter_on_stack);
        }
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let g = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.addop(op::LOAD_FAST, 0, l);
            } else {
                let elts = match &*g.iter {
                    Expr::List(li) => Some(&li.elts),
                    Expr::Tuple(t) => Some(&t.elts),
                    _ => None,
                };
                if let Some(elts) = elts
                    && elts.len() == 1
                    && !matches!(elts[0], Expr::Starred(_))
                {
                    self.visit_expr(&elts[0])?;
                    start = None;
                }
                if start.is_some() {
                    self.visit_expr(&g.iter)?;
                    self.addop0(op::GET_ITER, loc(g.iter.range()));
                }
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_label(st);
            self.jump(op::FOR_ITER, anchor, loc(g.iter.range()));
        }
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(l, cond, if_cleanup, false)?;
        }
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(l, generators, gen_index, depth, elt, val, kind, false)?;
        }
        let elt_loc = self.comprehension_element(gen_index >= generators.len(), elt, val, kind, depth)?;
        self.use_label(if_cleanup);
        if let Some(st) = start {
            self.jump(op::JUMP, st, elt_loc);
            self.use_label(anchor);
            self.addop0(op::END_FOR, Location::NONE);
            self.addop0(op::POP_ITER, Location::NONE);
        }
        Ok(())
    }

    fn push_inlined_comprehension_state(&mut self, l: Location, comp: crate::symtable::TableId) -> Res<InlineState> {
        use crate::symtable::flags as sf;
        let in_class_block =
            self.ste().block_type == crate::symtable::BlockType::Class && self.ur().in_inlined_comp == 0;
        self.u().in_inlined_comp += 1;
        let entry = self.st.table(comp);
        let mut st = InlineState::default();
        let scope_of = |v: u32| (v >> sf::SCOPE_OFFSET) & sf::SCOPE_MASK;
        let function_like = self.ste().block_type.is_function_like();
        for (k, &v) in &entry.symbols {
            let scope = scope_of(v);
            let outsymbol = self.symbol(k);
            let outsc = scope_of(outsymbol);
            if (scope != outsc
                && scope != Scope::Free as u32
                && !(scope == Scope::Cell as u32 && outsc == Scope::Free as u32))
                || in_class_block
            {
                self.u().scope_overrides.insert(k.clone(), v);
                st.temp_symbols.push((k.clone(), outsymbol));
            }
            if (((v & sf::DEF_LOCAL != 0) && (v & sf::DEF_NONLOCAL == 0)) || in_class_block)
                && !function_like
                && !self.ur().fast_hidden_active.contains(k)
            {
                if !self.ur().meta.fasthidden.contains(k) {
                    self.u().meta.fasthidden.push(k.clone());
                }
                self.u().fast_hidden_active.push(k.clone());
                st.fast_hidden.push(k.clone());
            }
        }
        // codegen_push_inlined_comprehension_locals
        for (k, &v) in &entry.symbols {
            let scope = scope_of(v);
            let outsc = scope_of(
                st.temp_symbols.iter().find(|(n, _)| n == k).map(|(_, o)| *o).unwrap_or_else(|| self.symbol(k)),
            );
            // CPython tests `in_class_block` here after `u_in_inlined_comp` was raised, so
            // it is always false in this loop.
            if (v & sf::DEF_LOCAL != 0) && (v & sf::DEF_NONLOCAL == 0) {
                let idx = Self::dict_add(&mut self.u().meta.varnames, k);
                self.addop(op::LOAD_FAST_AND_CLEAR, idx, l);
                if scope == Scope::Cell as u32 {
                    let which = if outsc == Scope::Free as u32 { Scope::Free } else { Scope::Cell };
                    let i = self.deref_index(k, which).unwrap_or(0);
                    self.addop(op::MAKE_CELL, i, l);
                }
                st.pushed_locals.push(k.clone());
            }
        }
        if !st.pushed_locals.is_empty() {
            self.addop(op::SWAP, st.pushed_locals.len() as u32 + 1, l);
            let cleanup = self.new_label();
            st.cleanup = Some(cleanup);
            self.jump(op::SETUP_FINALLY, cleanup, l);
        }
        Ok(st)
    }

    fn restore_inlined_comprehension_locals(&mut self, l: Location, st: &InlineState) {
        let n = st.pushed_locals.len() as u32;
        self.addop(op::SWAP, n + 1, l);
        for k in st.pushed_locals.iter().rev() {
            let idx = Self::dict_add(&mut self.u().meta.varnames, k);
            self.addop(op::STORE_FAST_MAYBE_NULL, idx, l);
        }
    }

    fn pop_inlined_comprehension_state(&mut self, l: Location, st: InlineState) -> Res {
        if let Some(cleanup) = st.cleanup {
            self.addop0(op::POP_BLOCK, Location::NONE);
            let end = self.new_label();
            self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
            self.use_label(cleanup);
            self.addop(op::SWAP, 2, Location::NONE);
            self.addop0(op::POP_TOP, Location::NONE);
            self.restore_inlined_comprehension_locals(l, &st);
            self.addop(op::RERAISE, 0, Location::NONE);
            self.use_label(end);
            self.restore_inlined_comprehension_locals(l, &st);
        }
        let u = self.u();
        u.in_inlined_comp -= 1;
        for (k, v) in st.temp_symbols {
            if self.ste().symbols.get(&k).copied() == Some(v) {
                self.u().scope_overrides.remove(&k);
            } else {
                self.u().scope_overrides.insert(k, v);
            }
        }
        for k in st.fast_hidden {
            self.u().fast_hidden_active.retain(|n| n != &k);
        }
        Ok(())
    }
}

/// `_PyCompile_InlinedComprehensionState`.
#[derive(Default)]
pub(crate) struct InlineState {
    pushed_locals: Vec<String>,
    temp_symbols: Vec<(String, u32)>,
    fast_hidden: Vec<String>,
    cleanup: Option<crate::instr::Label>,
}
