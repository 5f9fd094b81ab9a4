//! `try`/`except`/`else`/`finally` and `with` (`codegen_try_except`,
//! `codegen_try_finally`, `codegen_with`): `SETUP_*` pseudo-instructions, the
//! cleanup handlers with `PUSH_EXC_INFO`/`POP_EXCEPT`/`RERAISE`, and the fblocks that
//! `break`/`continue`/`return` unwind through.

use super::{Compiler, FBlockType, FDatum, Res, loc, unsupported};
use crate::instr::Location;
use krait_bytecode::Constant;
use krait_bytecode::opcode::op;
use krait_syntax::ast::{self, ExprContext};

impl<'a> Compiler<'a> {
    /// `codegen_call_exit_with_nones`.
    pub fn call_exit_with_nones(&mut self, l: Location) {
        self.load_const(Constant::None, l);
        self.load_const(Constant::None, l);
        self.load_const(Constant::None, l);
        self.addop(op::CALL, 3, l);
    }

    pub fn try_stmt(&mut self, t: &'a ast::StmtTry, l: Location) -> Res {
        let parts =
            TryParts { body: &t.body, handlers: &t.handlers, orelse: &t.orelse, finalbody: &t.finalbody, star: false };
        if t.finalbody.is_empty() { self.try_except(parts, l) } else { self.try_finally(parts, l) }
    }

    pub fn try_star_stmt(&mut self, t: &'a ast::StmtTryStar, l: Location) -> Res {
        let parts =
            TryParts { body: &t.body, handlers: &t.handlers, orelse: &t.orelse, finalbody: &t.finalbody, star: true };
        if t.finalbody.is_empty() { self.try_star_except(parts, l) } else { self.try_finally(parts, l) }
    }

    /// `codegen_try_finally` / `codegen_try_star_finally`.
    fn try_finally(&mut self, t: TryParts<'a>, l: Location) -> Res {
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.jump(op::SETUP_FINALLY, end, l);
        self.use_label(body);
        self.push_fblock(FBlockType::FinallyTry, Some(body), Some(end), l, FDatum::Body(t.finalbody))?;
        if !t.handlers.is_empty() {
            if t.star {
                self.try_star_except(t, l)?;
            } else {
                self.try_except(t, l)?;
            }
        } else {
            self.visit_stmts(t.body)?;
        }
        self.addop0(op::POP_BLOCK, Location::NONE);
        self.pop_fblock();
        self.visit_stmts(t.finalbody)?;
        self.jump(op::JUMP_NO_INTERRUPT, exit, Location::NONE);
        self.use_label(end);
        let l = Location::NONE;
        self.jump(op::SETUP_CLEANUP, cleanup, l);
        self.addop0(op::PUSH_EXC_INFO, l);
        self.push_fblock(FBlockType::FinallyEnd, Some(end), None, l, FDatum::None)?;
        self.visit_stmts(t.finalbody)?;
        self.pop_fblock();
        self.addop(op::RERAISE, 0, l);
        self.use_label(cleanup);
        self.pop_except_and_reraise(l);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_try_star_except`.
    fn try_star_except(&mut self, t: TryParts<'a>, l: Location) -> Res {
        let body = self.new_label();
        let mut except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let none = Location::NONE;
        self.jump(op::SETUP_FINALLY, except, l);
        self.use_label(body);
        self.push_fblock(FBlockType::TryExcept, Some(body), None, l, FDatum::None)?;
        self.visit_stmts(t.body)?;
        self.pop_fblock();
        self.addop0(op::POP_BLOCK, none);
        self.jump(op::JUMP_NO_INTERRUPT, orelse, none);
        let n = t.handlers.len();
        self.use_label(except);
        self.jump(op::SETUP_CLEANUP, cleanup, none);
        self.addop0(op::PUSH_EXC_INFO, none);
        self.push_fblock(FBlockType::ExceptionGroupHandler, None, None, l, FDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let hl = loc(h.range);
            let next_except = self.new_label();
            except = next_except;
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.addop(op::BUILD_LIST, 0, hl);
                self.addop(op::COPY, 2, hl);
            }
            if let Some(ty) = &h.r#type {
                self.visit_expr(ty)?;
                self.addop0(op::CHECK_EG_MATCH, hl);
                self.addop(op::COPY, 1, hl);
                self.jump(op::POP_JUMP_IF_NONE, no_match, hl);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store, hl)?,
                None => self.addop0(op::POP_TOP, hl),
            }
            self.jump(op::SETUP_CLEANUP, cleanup_end, hl);
            self.use_label(cleanup_body);
            let datum = match &h.name {
                Some(n) => FDatum::Name(n),
                None => FDatum::None,
            };
            self.push_fblock(FBlockType::HandlerCleanup, Some(cleanup_body), None, hl, datum)?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock();
            self.addop0(op::POP_BLOCK, none);
            if let Some(name) = &h.name {
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
            }
            self.jump(op::JUMP_NO_INTERRUPT, except, none);
            self.use_label(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
            }
            self.addop(op::LIST_APPEND, 3, none);
            self.addop0(op::POP_TOP, none);
            self.jump(op::JUMP_NO_INTERRUPT, except_with_error, none);
            self.use_label(except);
            self.addop0(op::NOP, none);
            self.jump(op::JUMP_NO_INTERRUPT, except_with_error, none);
            self.use_label(no_match);
            self.addop0(op::POP_TOP, hl);
            self.use_label(except_with_error);
            if i + 1 == n {
                self.addop(op::LIST_APPEND, 1, none);
                self.jump(op::JUMP_NO_INTERRUPT, reraise_star, none);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.addop(op::CALL_INTRINSIC_2, 1, none);
        self.addop(op::COPY, 1, none);
        self.jump(op::POP_JUMP_IF_NOT_NONE, reraise, none);
        self.addop0(op::POP_TOP, none);
        self.addop0(op::POP_BLOCK, none);
        self.addop0(op::POP_EXCEPT, none);
        self.jump(op::JUMP_NO_INTERRUPT, end, none);
        self.use_label(reraise);
        self.addop0(op::POP_BLOCK, none);
        self.addop(op::SWAP, 2, none);
        self.addop0(op::POP_EXCEPT, none);
        self.addop(op::RERAISE, 0, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(orelse);
        self.visit_stmts(t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self, l: Location) {
        self.addop(op::COPY, 3, l);
        self.addop0(op::POP_EXCEPT, l);
        self.addop(op::RERAISE, 1, l);
    }

    /// `codegen_try_except`.
    fn try_except(&mut self, t: TryParts<'a>, l: Location) -> Res {
        let body = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(op::SETUP_FINALLY, except, l);
        self.use_label(body);
        self.push_fblock(FBlockType::TryExcept, Some(body), None, l, FDatum::None)?;
        self.visit_stmts(t.body)?;
        self.pop_fblock();
        self.addop0(op::POP_BLOCK, Location::NONE);
        if !t.orelse.is_empty() {
            self.visit_stmts(t.orelse)?;
        }
        self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
        let n = t.handlers.len();
        self.use_label(except);
        self.jump(op::SETUP_CLEANUP, cleanup, Location::NONE);
        self.addop0(op::PUSH_EXC_INFO, Location::NONE);
        self.push_fblock(FBlockType::ExceptionHandler, None, None, l, FDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let hl = loc(h.range);
            if h.r#type.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", hl));
            }
            let next = self.new_label();
            if let Some(ty) = &h.r#type {
                self.visit_expr(ty)?;
                self.addop0(op::CHECK_EXC_MATCH, hl);
                self.jump(op::POP_JUMP_IF_FALSE, next, hl);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(name, ExprContext::Store, hl)?;
                self.jump(op::SETUP_CLEANUP, cleanup_end, hl);
                self.use_label(cleanup_body);
                self.push_fblock(FBlockType::HandlerCleanup, Some(cleanup_body), None, hl, FDatum::Name(name))?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock();
                self.addop0(op::POP_BLOCK, Location::NONE);
                self.addop0(op::POP_BLOCK, Location::NONE);
                self.addop0(op::POP_EXCEPT, Location::NONE);
                self.load_const(Constant::None, Location::NONE);
                self.nameop(name, ExprContext::Store, Location::NONE)?;
                self.nameop(name, ExprContext::Del, Location::NONE)?;
                self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(cleanup_end);
                self.load_const(Constant::None, Location::NONE);
                self.nameop(name, ExprContext::Store, Location::NONE)?;
                self.nameop(name, ExprContext::Del, Location::NONE)?;
                self.addop(op::RERAISE, 1, Location::NONE);
            } else {
                let cleanup_body = self.new_label();
                self.addop0(op::POP_TOP, hl);
                self.use_label(cleanup_body);
                self.push_fblock(FBlockType::HandlerCleanup, Some(cleanup_body), None, hl, FDatum::None)?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock();
                self.addop0(op::POP_BLOCK, Location::NONE);
                self.addop0(op::POP_EXCEPT, Location::NONE);
                self.jump(op::JUMP_NO_INTERRUPT, end, Location::NONE);
            }
            self.use_label(next);
        }
        self.pop_fblock();
        self.addop(op::RERAISE, 0, Location::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Location::NONE);
        self.use_label(end);
        Ok(())
    }

    /// `codegen_with`.
    pub fn with_stmt(&mut self, w: &'a ast::StmtWith, pos: usize) -> Res {
        let Some(item) = w.items.get(pos) else {
            return Err(unsupported("an empty with", w.range));
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let l = loc(item.context_expr.range());
        self.addop(op::COPY, 1, l);
        self.addop(op::LOAD_SPECIAL, 1, l);
        self.addop(op::SWAP, 2, l);
        self.addop(op::SWAP, 3, l);
        self.addop(op::LOAD_SPECIAL, 0, l);
        self.addop(op::CALL, 0, l);
        self.jump(op::SETUP_WITH, final_, l);
        self.use_label(block);
        self.push_fblock(FBlockType::With, Some(block), Some(final_), l, FDatum::None)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop0(op::POP_TOP, l),
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.addop0(op::POP_BLOCK, Location::NONE);
        self.pop_fblock();
        self.call_exit_with_nones(l);
        self.addop0(op::POP_TOP, l);
        self.jump(op::JUMP, exit, l);
        self.use_label(final_);
        self.jump(op::SETUP_CLEANUP, cleanup, l);
        self.addop0(op::PUSH_EXC_INFO, l);
        self.addop0(op::WITH_EXCEPT_START, l);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_async_with`.
    pub fn async_with_stmt(&mut self, w: &'a ast::StmtAsyncWith, pos: usize) -> Res {
        let Some(item) = w.items.get(pos) else {
            return Err(unsupported("an empty async with", w.range));
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let l = loc(item.context_expr.range());
        self.addop(op::COPY, 1, l);
        self.addop(op::LOAD_SPECIAL, 3, l);
        self.addop(op::SWAP, 2, l);
        self.addop(op::SWAP, 3, l);
        self.addop(op::LOAD_SPECIAL, 2, l);
        self.addop(op::CALL, 0, l);
        self.addop(op::GET_AWAITABLE, 1, l);
        self.load_const(Constant::None, l);
        self.yield_from(l, true);
        self.jump(op::SETUP_WITH, final_, l);
        self.use_label(block);
        self.push_fblock(FBlockType::AsyncWith, Some(block), Some(final_), l, FDatum::None)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop0(op::POP_TOP, l),
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.async_with_stmt(w, pos + 1)?;
        }
        self.pop_fblock();
        self.addop0(op::POP_BLOCK, l);
        self.call_exit_with_nones(l);
        self.addop(op::GET_AWAITABLE, 2, l);
        self.load_const(Constant::None, l);
        self.yield_from(l, true);
        self.addop0(op::POP_TOP, l);
        self.jump(op::JUMP, exit, l);
        self.use_label(final_);
        self.jump(op::SETUP_CLEANUP, cleanup, l);
        self.addop0(op::PUSH_EXC_INFO, l);
        self.addop0(op::WITH_EXCEPT_START, l);
        self.addop(op::GET_AWAITABLE, 2, l);
        self.load_const(Constant::None, l);
        self.yield_from(l, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: crate::instr::Label) {
        let suppress = self.new_label();
        let l = Location::NONE;
        self.addop0(op::TO_BOOL, l);
        self.jump(op::POP_JUMP_IF_TRUE, suppress, l);
        self.addop(op::RERAISE, 2, l);
        self.use_label(suppress);
        self.addop0(op::POP_TOP, l);
        self.addop0(op::POP_BLOCK, l);
        self.addop0(op::POP_EXCEPT, l);
        self.addop0(op::POP_TOP, l);
        self.addop0(op::POP_TOP, l);
        self.addop0(op::POP_TOP, l);
        let exit = self.new_label();
        self.jump(op::JUMP_NO_INTERRUPT, exit, l);
        self.use_label(cleanup);
        self.pop_except_and_reraise(l);
        self.use_label(exit);
    }
}

/// The fields `try` and `try*` share.
#[derive(Clone, Copy)]
pub(crate) struct TryParts<'a> {
    body: &'a [ast::Stmt],
    handlers: &'a [ast::ExceptHandler],
    orelse: &'a [ast::Stmt],
    finalbody: &'a [ast::Stmt],
    star: bool,
}
