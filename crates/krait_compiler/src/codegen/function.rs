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

fn has_annotations(args: &ast::Arguments, returns: Option<&Expr>) -> bool {
    returns.is_some()
        || args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
            .any(|a| a.annotation.is_some())
}

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
        if !type_params.is_empty() {
            return Err(unsupported("generic functions", range));
        }
        if has_annotations(args, returns) && !self.future.annotations() {
            return Err(unsupported("function annotations", range));
        }
        if has_annotations(args, returns) {
            return Err(unsupported("stringified function annotations", range));
        }
        self.visit_exprs(decos)?;
        let firstlineno = decos.first().map(|d| d.range().lineno).unwrap_or(range.lineno) as i32;
        let l = loc(range);
        let funcflags = self.default_arguments(l, args)?;
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
        for d in decos.iter().rev() {
            self.addop(op::CALL, 0, loc(d.range()));
        }
        self.nameop(name, ExprContext::Store, l)
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
        self.enter_scope("<lambda>", ScopeType::Lambda, ScopeKey::node(e), lam.range.lineno as i32, None, counts, lam.range)?;
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
        if !c.type_params.is_empty() {
            return Err(unsupported("generic classes", c.range));
        }
        self.visit_exprs(&c.decorator_list)?;
        let firstlineno = c.decorator_list.first().map(|d| d.range().lineno).unwrap_or(c.range.lineno) as i32;
        let l = loc(c.range);
        self.enter_scope(&c.name, ScopeType::Class, ScopeKey::node(s), firstlineno, Some(c.name.clone()), (0, 0, 0), c.range)?;
        let bl = Location { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
        self.nameop("__name__", ExprContext::Load, bl)?;
        self.nameop("__module__", ExprContext::Store, bl)?;
        let q = self.ur().meta.qualname.clone();
        self.load_const(Constant::Str(PyStr::new(q)), bl);
        self.nameop("__qualname__", ExprContext::Store, bl)?;
        self.load_const(Constant::int(i64::from(firstlineno)), bl);
        self.nameop("__firstlineno__", ExprContext::Store, bl)?;
        if self.ste().needs_classdict {
            self.addop0(op::LOAD_LOCALS, bl);
            let i = self.deref_index("__classdict__", Scope::Cell).unwrap_or(0);
            self.addop(op::STORE_DEREF, i, bl);
        }
        if self.ste().has_conditional_annotations {
            return Err(unsupported("class annotations", c.range));
        }
        self.body(bl, &c.body, false)?;
        let attrs: Vec<Constant> = self
            .ur()
            .static_attributes
            .iter()
            .flatten()
            .map(|a| Constant::Str(PyStr::new(a.as_str())))
            .collect();
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
        self.call_helper(l, 2, &c.bases, &c.keywords)?;
        for d in c.decorator_list.iter().rev() {
            self.addop(op::CALL, 0, loc(d.range()));
        }
        self.nameop(&c.name, ExprContext::Store, l)
    }

    /// Comprehensions and generator expressions.
    pub fn comprehension(&mut self, e: &'a Expr) -> Res {
        Err(unsupported("comprehensions", e.range()))
    }
}
