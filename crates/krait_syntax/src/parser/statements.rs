//! Statement rules: `file`, simple and compound statements, blocks, decorators, function
//! and class definitions, imports, `with`, `try`, `match` statements (patterns are in
//! `patterns.rs`), type aliases and type parameters, and their `invalid_*` rules.
//!
//! Helpers private to Engineer B's files are prefixed `b_` so they cannot collide with the
//! expression engineer's methods on the same `Parser` type.
//!
//! Rules whose grammar alternatives share a prefix that ends in a `block` (`if`, `elif`,
//! `try`, decorators) parse the prefix once and then try the tails in the grammar's order;
//! PEG parsing is deterministic, so this gives exactly the same results as re-parsing.

use std::cell::RefCell;
use std::rc::Rc;

use super::targets::{TargetsType, expr_name, invalid_target};
use super::{Parser, Rule};
use crate::ast::*;
use crate::error::ErrorType;
use crate::token::{Token, TokenKind as T};

/// A memoised value handed out once without cloning (see [`Parser::b_memo_once`]).
#[derive(Clone)]
struct Shared<V>(Rc<RefCell<Option<V>>>);

/// The identifier of a NAME token's text (NFKC-normalised when not ASCII, like CPython's
/// `_PyPegen_new_identifier`).
pub(crate) fn b_identifier(text: &str) -> String {
    crate::literal::normalize_identifier(text).into_owned()
}

pub(crate) fn b_name_expr(token: Token, id: String, ctx: ExprContext) -> Expr {
    Expr::Name(ExprName { id, ctx, range: Parser::token_range(token) })
}

fn empty_arguments() -> Arguments {
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

impl<'src> Parser<'src> {
    // ----------------------------------------------------------------------------------
    // Small helpers
    // ----------------------------------------------------------------------------------

    /// Memoises `f` like [`Parser::memo`] without cloning the (possibly large) result in the
    /// first pass: the stored value is moved out on first use; a later request at the same
    /// position (rare once common prefixes are factored) parses again. In the second pass
    /// the value is kept, so the `invalid_*` rules' re-parsing stays linear.
    fn b_memo_once<V: Clone + 'static>(&mut self, rule: Rule, f: fn(&mut Self) -> Option<V>) -> Option<V> {
        let start = self.mark;
        let shared = self.memo(rule, |p| f(p).map(|v| Shared(Rc::new(RefCell::new(Some(v))))))?;
        let taken = shared.0.borrow_mut().take();
        match taken {
            Some(v) => {
                if self.call_invalid_rules {
                    *shared.0.borrow_mut() = Some(v.clone());
                }
                Some(v)
            }
            None => {
                let end = self.mark;
                self.mark = start;
                let v = self.nested(f);
                if v.is_some() {
                    self.mark = end;
                } else {
                    self.mark = start;
                }
                v
            }
        }
    }

    /// A NAME token and its identifier.
    pub(crate) fn b_name(&mut self) -> Option<(Token, String)> {
        let token = self.expect(T::Name)?;
        Some((token, b_identifier(self.text(token))))
    }

    /// Is the token at the mark the soft keyword `kw`? (No token is consumed.)
    fn b_at_soft(&mut self, kw: &str) -> bool {
        let token = self.peek();
        !self.failed() && token.kind == T::Name && self.text(token) == kw
    }

    /// `sep.elem+`: one or more `f` separated by `sep` (no trailing separator consumed).
    pub(crate) fn b_gather<V>(&mut self, sep: T, mut f: impl FnMut(&mut Self) -> Option<V>) -> Option<Vec<V>> {
        let first = self.alt(&mut f)?;
        let mut items = vec![first];
        while let Some(item) = self.alt(|p| {
            p.expect(sep)?;
            f(p)
        }) {
            items.push(item);
        }
        if self.failed() { None } else { Some(items) }
    }

    /// Runs an `invalid_*` rule (second pass only); its alternatives restore the mark.
    fn b_invalid<V>(&mut self, f: impl FnOnce(&mut Self) -> Option<V>) -> Option<V> {
        if !self.call_invalid_rules || self.failed() {
            return None;
        }
        self.alt(f)
    }

    /// `RAISE_SYNTAX_ERROR_INVALID_TARGET(kind, e)`: raises when `e` holds an invalid target;
    /// returns whether it did.
    pub(crate) fn b_raise_invalid_target(&mut self, kind: TargetsType, e: &Expr) -> bool {
        if let Some(target) = invalid_target(e, kind) {
            let msg = match kind {
                TargetsType::Star | TargetsType::For => format!("cannot assign to {}", expr_name(target)),
                TargetsType::Del => format!("cannot delete {}", expr_name(target)),
            };
            let range = target.range();
            self.raise_node(range, msg);
            true
        } else {
            false
        }
    }

    /// `star_target` (used by `with` items).
    fn b_star_target(&mut self) -> Option<Expr> {
        self.star_target()
    }

    // ----------------------------------------------------------------------------------
    // Starting rules and general statements
    // ----------------------------------------------------------------------------------

    /// `file: [statements] ENDMARKER`.
    pub(crate) fn file(&mut self) -> Option<Mod> {
        let body = self.alt(|p| p.statements()).unwrap_or_default();
        if self.failed() {
            return None;
        }
        self.expect(T::EndMarker)?;
        if !self.b_check_future_imports(&body) {
            return None;
        }
        Some(Mod::Module(ModModule { body, type_ignores: Vec::new() }))
    }

    /// What `compile()` checks even for `ast.parse` (CPython's `future_parse`): the
    /// `from __future__ import` statements at the top of the module (after an optional
    /// docstring) must name known features. Returns `false` after raising.
    fn b_check_future_imports(&mut self, body: &[Stmt]) -> bool {
        const KNOWN: [&str; 10] = [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        let skip = match body.first() {
            Some(Stmt::Expr(StmtExpr { value, .. }))
                if matches!(**value, Expr::Constant(ExprConstant { value: Constant::Str(_), .. })) =>
            {
                1
            }
            _ => 0,
        };
        for stmt in body.iter().skip(skip) {
            let Stmt::ImportFrom(import) = stmt else { return true };
            if import.level != Some(0) || import.module.as_deref() != Some("__future__") {
                return true;
            }
            for alias in &import.names {
                if KNOWN.contains(&alias.name.as_str()) {
                    continue;
                }
                // CPython reports these columns in bytes (not converted to characters).
                let msg = if alias.name == "braces" {
                    "not a chance".to_string()
                } else {
                    format!("future feature {} is not defined", alias.name)
                };
                self.raise_node(alias.range, msg);
                return false;
            }
        }
        true
    }

    /// `statements: statement+` (flattened).
    pub(crate) fn statements(&mut self) -> Option<Vec<Stmt>> {
        let mut out = Vec::new();
        while self.alt(|p| p.statement(&mut out)).is_some() {}
        if out.is_empty() || self.failed() { None } else { Some(out) }
    }

    /// `statement: compound_stmt | simple_stmts`, appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> Option<()> {
        if let Some(s) = self.alt(|p| p.compound_stmt()) {
            out.push(s);
            return Some(());
        }
        let stmts = self.alt(|p| p.simple_stmts())?;
        out.extend(stmts);
        Some(())
    }

    /// `simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE`.
    pub(crate) fn simple_stmts(&mut self) -> Option<Vec<Stmt>> {
        self.alt(|p| {
            let first = p.simple_stmt()?;
            if !p.at(T::Semi) {
                if p.failed() {
                    return None;
                }
                if p.expect(T::Newline).is_some() {
                    return Some(vec![first]);
                }
            }
            let mut stmts = vec![first];
            while let Some(s) = p.alt(|p| {
                p.expect(T::Semi)?;
                p.simple_stmt()
            }) {
                stmts.push(s);
            }
            p.expect(T::Semi);
            p.expect(T::Newline)?;
            Some(stmts)
        })
    }

    /// `simple_stmt (memo)`.
    pub(crate) fn simple_stmt(&mut self) -> Option<Stmt> {
        self.b_memo_once(Rule::SimpleStmt, Self::simple_stmt_body)
    }

    fn simple_stmt_body(&mut self) -> Option<Stmt> {
        if let Some(s) = self.alt(|p| p.assignment()) {
            return Some(s);
        }
        if self.b_at_soft("type") {
            if let Some(s) = self.alt(|p| p.type_alias()) {
                return Some(s);
            }
        }
        let start = self.mark;
        if let Some(e) = self.alt(|p| p.star_expressions()) {
            return Some(Stmt::Expr(StmtExpr { value: Box::new(e), range: self.range_from(start) }));
        }
        match self.peek_kind() {
            _ if self.failed() => None,
            T::Return => self.alt(|p| p.return_stmt()),
            T::Import | T::From => self.alt(|p| p.import_stmt()),
            T::Raise => self.alt(|p| p.raise_stmt()),
            T::Pass => self.alt(|p| p.pass_stmt()),
            T::Del => self.alt(|p| p.del_stmt()),
            T::Yield => self.alt(|p| p.yield_stmt()),
            T::Assert => self.alt(|p| p.assert_stmt()),
            T::Break => self.alt(|p| p.break_stmt()),
            T::Continue => self.alt(|p| p.continue_stmt()),
            T::Global => self.alt(|p| p.global_stmt()),
            T::Nonlocal => self.alt(|p| p.nonlocal_stmt()),
            _ => None,
        }
    }

    /// `compound_stmt`.
    fn compound_stmt(&mut self) -> Option<Stmt> {
        self.nested(|p| {
            let kind = p.peek_kind();
            if p.failed() {
                return None;
            }
            if matches!(kind, T::Def | T::At | T::Async) {
                if let Some(s) = p.alt(|p| p.function_def()) {
                    return Some(s);
                }
            }
            if kind == T::If {
                if let Some(s) = p.alt(|p| p.if_stmt()) {
                    return Some(s);
                }
            }
            if matches!(kind, T::Class | T::At) {
                if let Some(s) = p.alt(|p| p.class_def()) {
                    return Some(s);
                }
            }
            if matches!(kind, T::With | T::Async) {
                if let Some(s) = p.alt(|p| p.with_stmt()) {
                    return Some(s);
                }
            }
            if matches!(kind, T::For | T::Async) {
                if let Some(s) = p.alt(|p| p.for_stmt()) {
                    return Some(s);
                }
            }
            if kind == T::Try {
                if let Some(s) = p.alt(|p| p.try_stmt()) {
                    return Some(s);
                }
            }
            if kind == T::While {
                if let Some(s) = p.alt(|p| p.while_stmt()) {
                    return Some(s);
                }
            }
            p.alt(|p| p.match_stmt())
        })
    }

    // ----------------------------------------------------------------------------------
    // Simple statements
    // ----------------------------------------------------------------------------------

    /// `assignment`.
    fn assignment(&mut self) -> Option<Stmt> {
        let start = self.mark;
        // NAME ':' expression ['=' annotated_rhs]
        if let Some(s) = self.alt(|p| {
            let (token, id) = p.b_name()?;
            p.expect(T::Colon)?;
            let annotation = p.expression()?;
            let value = p.alt(|p| {
                p.expect(T::Equal)?;
                p.annotated_rhs()
            });
            Some(Stmt::AnnAssign(StmtAnnAssign {
                target: Box::new(b_name_expr(token, id, ExprContext::Store)),
                annotation: Box::new(annotation),
                value: value.map(Box::new),
                simple: 1,
                range: p.range_from(start),
            }))
        }) {
            return Some(s);
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        if let Some(s) = self.alt(|p| {
            let target = match p.alt(|p| {
                p.expect(T::LPar)?;
                let t = p.single_target()?;
                p.expect(T::RPar)?;
                Some(t)
            }) {
                Some(t) => t,
                None => p.alt(|p| p.single_subscript_attribute_target())?,
            };
            p.expect(T::Colon)?;
            let annotation = p.expression()?;
            let value = p.alt(|p| {
                p.expect(T::Equal)?;
                p.annotated_rhs()
            });
            Some(Stmt::AnnAssign(StmtAnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value: value.map(Box::new),
                simple: 0,
                range: p.range_from(start),
            }))
        }) {
            return Some(s);
        }
        // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
        if let Some(s) = self.alt(|p| {
            let mut targets = Vec::new();
            while let Some(t) = p.alt(|p| {
                let t = p.star_targets()?;
                p.expect(T::Equal)?;
                Some(t)
            }) {
                targets.push(t);
            }
            if targets.is_empty() {
                return None;
            }
            let value = p.annotated_rhs()?;
            if p.at(T::Equal) {
                return None;
            }
            Some(Stmt::Assign(StmtAssign {
                targets,
                value: Box::new(value),
                type_comment: None,
                range: p.range_from(start),
            }))
        }) {
            return Some(s);
        }
        // single_target augassign ~ annotated_rhs
        let mut cut = false;
        if let Some(s) = self.alt(|p| {
            let target = p.single_target()?;
            let op = p.augassign()?;
            cut = true;
            let value = p.annotated_rhs()?;
            Some(Stmt::AugAssign(StmtAugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
                range: p.range_from(start),
            }))
        }) {
            return Some(s);
        }
        if cut {
            return None;
        }
        self.b_invalid(|p| p.invalid_assignment())
    }

    /// `augassign`.
    fn augassign(&mut self) -> Option<Operator> {
        let op = match self.peek_kind() {
            T::PlusEqual => Operator::Add,
            T::MinEqual => Operator::Sub,
            T::StarEqual => Operator::Mult,
            T::AtEqual => Operator::MatMult,
            T::SlashEqual => Operator::Div,
            T::PercentEqual => Operator::Mod,
            T::AmperEqual => Operator::BitAnd,
            T::VBarEqual => Operator::BitOr,
            T::CircumFlexEqual => Operator::BitXor,
            T::LeftShiftEqual => Operator::LShift,
            T::RightShiftEqual => Operator::RShift,
            T::DoubleStarEqual => Operator::Pow,
            T::DoubleSlashEqual => Operator::FloorDiv,
            _ => return None,
        };
        if self.failed() {
            return None;
        }
        self.mark += 1;
        Some(op)
    }

    /// `return_stmt: 'return' [star_expressions]`.
    fn return_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Return)?;
        let value = self.alt(|p| p.star_expressions());
        Some(Stmt::Return(StmtReturn { value: value.map(Box::new), range: self.range_from(start) }))
    }

    /// `raise_stmt: 'raise' expression ['from' expression] | 'raise'`.
    fn raise_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Raise)?;
        let exc = self.alt(|p| p.expression());
        let cause = if exc.is_some() {
            self.alt(|p| {
                p.expect(T::From)?;
                p.expression()
            })
        } else {
            None
        };
        Some(Stmt::Raise(StmtRaise { exc: exc.map(Box::new), cause: cause.map(Box::new), range: self.range_from(start) }))
    }

    /// `pass_stmt: 'pass'`.
    pub(crate) fn pass_stmt(&mut self) -> Option<Stmt> {
        let token = self.expect(T::Pass)?;
        Some(Stmt::Pass(StmtPass { range: Self::token_range(token) }))
    }

    /// `break_stmt: 'break'`.
    pub(crate) fn break_stmt(&mut self) -> Option<Stmt> {
        let token = self.expect(T::Break)?;
        Some(Stmt::Break(StmtBreak { range: Self::token_range(token) }))
    }

    /// `continue_stmt: 'continue'`.
    pub(crate) fn continue_stmt(&mut self) -> Option<Stmt> {
        let token = self.expect(T::Continue)?;
        Some(Stmt::Continue(StmtContinue { range: Self::token_range(token) }))
    }

    /// `global_stmt: 'global' ','.NAME+`.
    fn global_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Global)?;
        let names = self.b_gather(T::Comma, |p| p.b_name().map(|(_, id)| id))?;
        Some(Stmt::Global(StmtGlobal { names, range: self.range_from(start) }))
    }

    /// `nonlocal_stmt: 'nonlocal' ','.NAME+`.
    fn nonlocal_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Nonlocal)?;
        let names = self.b_gather(T::Comma, |p| p.b_name().map(|(_, id)| id))?;
        Some(Stmt::Nonlocal(StmtNonlocal { names, range: self.range_from(start) }))
    }

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt`.
    fn del_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        if let Some(s) = self.alt(|p| {
            p.expect(T::Del)?;
            let targets = p.del_targets()?;
            let next = p.peek_kind();
            if !matches!(next, T::Semi | T::Newline) {
                return None;
            }
            Some(Stmt::Delete(StmtDelete { targets, range: p.range_from(start) }))
        }) {
            return Some(s);
        }
        // invalid_del_stmt: 'del' star_expressions
        self.b_invalid(|p| {
            p.expect(T::Del)?;
            let a = p.star_expressions()?;
            p.b_raise_invalid_target(TargetsType::Del, &a);
            None
        })
    }

    /// `yield_stmt: yield_expr`.
    fn yield_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        let value = self.yield_expr()?;
        Some(Stmt::Expr(StmtExpr { value: Box::new(value), range: self.range_from(start) }))
    }

    /// `assert_stmt: 'assert' expression [',' expression]`.
    fn assert_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Assert)?;
        let test = self.expression()?;
        let msg = self.alt(|p| {
            p.expect(T::Comma)?;
            p.expression()
        });
        Some(Stmt::Assert(StmtAssert { test: Box::new(test), msg: msg.map(Box::new), range: self.range_from(start) }))
    }

    // ----------------------------------------------------------------------------------
    // Imports
    // ----------------------------------------------------------------------------------

    /// `import_stmt: invalid_import | import_name | import_from`.
    fn import_stmt(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_import());
        if self.failed() {
            return None;
        }
        if let Some(s) = self.alt(|p| p.import_name()) {
            return Some(s);
        }
        self.alt(|p| p.import_from())
    }

    fn invalid_import(&mut self) -> Option<()> {
        self.alt(|p| {
            let a = p.expect(T::Import)?;
            p.b_gather(T::Comma, |p| p.dotted_name())?;
            p.expect(T::From)?;
            p.dotted_name()?;
            p.raise_starting_from(Self::token_range(a), "Did you mean to use 'from ... import ...' instead?");
            None::<()>
        });
        self.alt(|p| {
            p.expect(T::Import)?;
            let token = p.expect(T::Newline)?;
            p.raise_starting_from(Self::token_range(token), "Expected one or more names after 'import'");
            None
        })
    }

    /// `import_name: 'import' dotted_as_names`.
    fn import_name(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Import)?;
        let names = self.b_gather(T::Comma, |p| p.dotted_as_name())?;
        Some(Stmt::Import(StmtImport { names, range: self.range_from(start) }))
    }

    /// `import_from`.
    fn import_from(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::From)?;
        let mut level = 0;
        loop {
            if self.expect(T::Dot).is_some() {
                level += 1;
            } else if self.expect(T::Ellipsis).is_some() {
                level += 3;
            } else {
                break;
            }
        }
        if self.failed() {
            return None;
        }
        let module = self.alt(|p| p.dotted_name());
        if module.is_none() && level == 0 {
            return None;
        }
        self.expect(T::Import)?;
        let names = self.import_from_targets()?;
        Some(Stmt::ImportFrom(StmtImportFrom { module, names, level: Some(level), range: self.range_from(start) }))
    }

    /// `import_from_targets`.
    fn import_from_targets(&mut self) -> Option<Vec<Alias>> {
        if let Some(names) = self.alt(|p| {
            p.expect(T::LPar)?;
            let names = p.b_gather(T::Comma, |p| p.import_from_as_name())?;
            p.expect(T::Comma);
            p.expect(T::RPar)?;
            Some(names)
        }) {
            return Some(names);
        }
        if let Some(names) = self.alt(|p| {
            let names = p.b_gather(T::Comma, |p| p.import_from_as_name())?;
            if p.at(T::Comma) {
                return None;
            }
            Some(names)
        }) {
            return Some(names);
        }
        if let Some(token) = self.expect(T::Star) {
            return Some(vec![Alias { name: "*".to_string(), asname: None, range: Self::token_range(token) }]);
        }
        // invalid_import_from_targets
        self.b_invalid(|p| {
            p.alt(|p| {
                p.b_gather(T::Comma, |p| p.import_from_as_name())?;
                p.expect(T::Comma)?;
                p.expect(T::Newline)?;
                p.raise_error(ErrorType::SyntaxError, "trailing comma not allowed without surrounding parentheses");
                None::<()>
            });
            let token = p.expect(T::Newline)?;
            p.raise_starting_from(Self::token_range(token), "Expected one or more names after 'import'");
            None
        })
    }

    /// `import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME]`.
    fn import_from_as_name(&mut self) -> Option<Alias> {
        self.b_invalid(|p| {
            p.b_name()?;
            p.b_invalid_import_target()
        });
        if self.failed() {
            return None;
        }
        let start = self.mark;
        let (_, name) = self.b_name()?;
        let asname = self.alt(|p| {
            p.expect(T::As)?;
            p.b_name().map(|(_, id)| id)
        });
        Some(Alias { name, asname, range: self.range_from(start) })
    }

    /// `'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression`: "cannot use %s as import target".
    fn b_invalid_import_target(&mut self) -> Option<()> {
        self.expect(T::As)?;
        let ok_target = self.lookahead(true, |p| {
            p.expect(T::Name)?;
            if matches!(p.peek_kind(), T::Comma | T::RPar | T::Semi | T::Newline) { Some(()) } else { None }
        });
        if ok_target || self.failed() {
            return None;
        }
        let a = self.expression()?;
        self.raise_node(a.range(), format!("cannot use {} as import target", expr_name(&a)));
        None
    }

    /// `dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME]`.
    fn dotted_as_name(&mut self) -> Option<Alias> {
        self.b_invalid(|p| {
            p.dotted_name()?;
            p.b_invalid_import_target()
        });
        if self.failed() {
            return None;
        }
        let start = self.mark;
        let name = self.dotted_name()?;
        let asname = self.alt(|p| {
            p.expect(T::As)?;
            p.b_name().map(|(_, id)| id)
        });
        Some(Alias { name, asname, range: self.range_from(start) })
    }

    /// `dotted_name: dotted_name '.' NAME | NAME`.
    fn dotted_name(&mut self) -> Option<String> {
        let (_, mut name) = self.b_name()?;
        while let Some(part) = self.alt(|p| {
            p.expect(T::Dot)?;
            p.b_name().map(|(_, id)| id)
        }) {
            name.push('.');
            name.push_str(&part);
        }
        Some(name)
    }

    // ----------------------------------------------------------------------------------
    // Blocks, decorators, classes and functions
    // ----------------------------------------------------------------------------------

    /// `block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block`.
    pub(crate) fn block(&mut self) -> Option<Vec<Stmt>> {
        self.b_memo_once(Rule::Block, Self::block_body)
    }

    fn block_body(&mut self) -> Option<Vec<Stmt>> {
        if let Some(body) = self.alt(|p| {
            p.expect(T::Newline)?;
            p.expect(T::Indent)?;
            let body = p.statements()?;
            p.expect(T::Dedent)?;
            Some(body)
        }) {
            return Some(body);
        }
        if let Some(body) = self.alt(|p| p.simple_stmts()) {
            return Some(body);
        }
        self.b_invalid(|p| {
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(ErrorType::IndentationError, "expected an indented block");
            None
        })
    }

    /// `decorators: ('@' named_expression NEWLINE)+`.
    fn decorators(&mut self) -> Option<Vec<Expr>> {
        let mut decorators = Vec::new();
        while let Some(d) = self.alt(|p| {
            p.expect(T::At)?;
            let e = p.named_expression()?;
            p.expect(T::Newline)?;
            Some(e)
        }) {
            decorators.push(d);
        }
        if decorators.is_empty() || self.failed() { None } else { Some(decorators) }
    }

    /// `class_def: decorators class_def_raw | class_def_raw`.
    fn class_def(&mut self) -> Option<Stmt> {
        let decorators = self.alt(|p| p.decorators());
        let mut stmt = self.alt(|p| p.class_def_raw())?;
        if let (Some(decorators), Stmt::ClassDef(c)) = (decorators, &mut stmt) {
            c.decorator_list = decorators;
        }
        Some(stmt)
    }

    /// `class_def_raw`.
    fn class_def_raw(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_class_def_raw());
        if self.failed() {
            return None;
        }
        let start = self.mark;
        self.expect(T::Class)?;
        let (_, name) = self.b_name()?;
        let type_params = self.alt(|p| p.type_params()).unwrap_or_default();
        let (bases, keywords) = self
            .alt(|p| {
                p.expect(T::LPar)?;
                let args = p.alt(|p| p.arguments()).unwrap_or_default();
                p.expect(T::RPar)?;
                Some(args)
            })
            .unwrap_or_default();
        self.expect(T::Colon)?;
        let body = self.block()?;
        Some(Stmt::ClassDef(StmtClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list: Vec::new(),
            type_params,
            range: self.range_from(start),
        }))
    }

    fn invalid_class_def_raw(&mut self) -> Option<()> {
        // 'class' NAME [type_params] ['(' [arguments] ')'] (NEWLINE | ':' NEWLINE !INDENT)
        self.alt(|p| {
            let a = p.expect(T::Class)?;
            p.b_name()?;
            p.alt(|p| p.type_params());
            p.alt(|p| {
                p.expect(T::LPar)?;
                p.alt(|p| p.arguments());
                p.expect(T::RPar)
            });
            if p.expect(T::Newline).is_some() {
                p.raise_error(ErrorType::SyntaxError, "expected ':'");
                return None;
            }
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after class definition on line {}", a.lineno),
            );
            None
        })
    }

    /// `function_def: decorators function_def_raw | function_def_raw`.
    fn function_def(&mut self) -> Option<Stmt> {
        let decorators = self.alt(|p| p.decorators());
        let mut stmt = self.alt(|p| p.function_def_raw())?;
        if let Some(decorators) = decorators {
            match &mut stmt {
                Stmt::FunctionDef(f) => f.decorator_list = decorators,
                Stmt::AsyncFunctionDef(f) => f.decorator_list = decorators,
                _ => {}
            }
        }
        Some(stmt)
    }

    /// `function_def_raw`.
    fn function_def_raw(&mut self) -> Option<Stmt> {
        if let Some(s) = self.b_invalid(|p| p.invalid_def_raw()) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        let start = self.mark;
        let is_async = self.expect(T::Async).is_some();
        self.expect(T::Def)?;
        let (_, name) = self.b_name()?;
        let type_params = self.alt(|p| p.type_params()).unwrap_or_default();
        self.expect(T::LPar)?;
        let args = self.alt(|p| p.params()).unwrap_or_else(empty_arguments);
        self.expect(T::RPar)?;
        let returns = self.alt(|p| {
            p.expect(T::RArrow)?;
            p.expression()
        });
        self.expect(T::Colon)?;
        let body = self.block()?;
        let range = self.range_from(start);
        let (args, returns) = (Box::new(args), returns.map(Box::new));
        Some(if is_async {
            Stmt::AsyncFunctionDef(StmtAsyncFunctionDef {
                name,
                args,
                body,
                decorator_list: Vec::new(),
                returns,
                type_comment: None,
                type_params,
                range,
            })
        } else {
            Stmt::FunctionDef(StmtFunctionDef {
                name,
                args,
                body,
                decorator_list: Vec::new(),
                returns,
                type_comment: None,
                type_params,
                range,
            })
        })
    }

    /// `invalid_def_raw`; its second alternative succeeds on a whole valid definition (to
    /// force the `&&` tokens), for which a placeholder statement is returned.
    fn invalid_def_raw(&mut self) -> Option<Stmt> {
        self.alt(|p| {
            p.expect(T::Async);
            let a = p.expect(T::Def)?;
            p.b_name()?;
            p.alt(|p| p.type_params());
            p.expect(T::LPar)?;
            p.alt(|p| p.params());
            p.expect(T::RPar)?;
            p.alt(|p| {
                p.expect(T::RArrow)?;
                p.expression()
            });
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after function definition on line {}", a.lineno),
            );
            None::<Stmt>
        });
        if self.failed() {
            return None;
        }
        let start = self.mark;
        self.alt(|p| {
            p.expect(T::Async);
            p.expect(T::Def)?;
            p.b_name()?;
            p.alt(|p| p.type_params());
            p.expect_forced(T::LPar, "(")?;
            p.alt(|p| p.params());
            p.expect(T::RPar)?;
            p.alt(|p| {
                p.expect(T::RArrow)?;
                p.expression()
            });
            p.expect_forced(T::Colon, ":")?;
            p.block()?;
            Some(Stmt::Pass(StmtPass { range: p.range_from(start) }))
        })
    }

    // ----------------------------------------------------------------------------------
    // if / while / for / with
    // ----------------------------------------------------------------------------------

    /// `if_stmt`.
    fn if_stmt(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_if_like(T::If, "if"));
        if self.failed() {
            return None;
        }
        self.if_tail(T::If)
    }

    /// `'if'|'elif' named_expression ':' block (elif_stmt | [else_block])`.
    fn if_tail(&mut self, keyword: T) -> Option<Stmt> {
        let start = self.mark;
        self.expect(keyword)?;
        let test = self.named_expression()?;
        self.expect(T::Colon)?;
        let body = self.block()?;
        let orelse = if let Some(elif) = self.alt(|p| p.elif_stmt()) {
            vec![elif]
        } else {
            if self.failed() {
                return None;
            }
            self.alt(|p| p.else_block()).unwrap_or_default()
        };
        Some(Stmt::If(StmtIf { test: Box::new(test), body, orelse, range: self.range_from(start) }))
    }

    /// `elif_stmt`.
    fn elif_stmt(&mut self) -> Option<Stmt> {
        self.nested(|p| {
            p.b_invalid(|p| p.invalid_if_like(T::Elif, "elif"));
            if p.failed() {
                return None;
            }
            p.if_tail(T::Elif)
        })
    }

    /// `invalid_if_stmt`, `invalid_elif_stmt`, `invalid_while_stmt`:
    /// `kw named_expression NEWLINE` ("expected ':'") or
    /// `kw named_expression ':' NEWLINE !INDENT` (IndentationError).
    fn invalid_if_like(&mut self, keyword: T, name: &str) -> Option<()> {
        self.alt(|p| {
            p.expect(keyword)?;
            p.named_expression()?;
            p.expect(T::Newline)?;
            p.raise_error(ErrorType::SyntaxError, "expected ':'");
            None::<()>
        });
        self.alt(|p| {
            let a = p.expect(keyword)?;
            p.named_expression()?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            let lineno = a.lineno;
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after '{name}' statement on line {lineno}"),
            );
            None
        })
    }

    /// `else_block: invalid_else_stmt | 'else' &&':' block`.
    fn else_block(&mut self) -> Option<Vec<Stmt>> {
        self.b_invalid(|p| {
            p.alt(|p| {
                let a = p.expect(T::Else)?;
                p.expect(T::Colon)?;
                p.expect(T::Newline)?;
                if p.at(T::Indent) || p.failed() {
                    return None;
                }
                p.raise_error(
                    ErrorType::IndentationError,
                    format!("expected an indented block after 'else' statement on line {}", a.lineno),
                );
                None::<()>
            });
            p.expect(T::Else)?;
            p.expect(T::Colon)?;
            p.block()?;
            p.expect(T::Elif)?;
            p.raise_error(ErrorType::SyntaxError, "'elif' block follows an 'else' block");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.expect(T::Else)?;
        self.expect_forced(T::Colon, ":")?;
        self.block()
    }

    /// `while_stmt`.
    fn while_stmt(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_if_like(T::While, "while"));
        if self.failed() {
            return None;
        }
        let start = self.mark;
        self.expect(T::While)?;
        let test = self.named_expression()?;
        self.expect(T::Colon)?;
        let body = self.block()?;
        let orelse = self.alt(|p| p.else_block()).unwrap_or_default();
        Some(Stmt::While(StmtWhile { test: Box::new(test), body, orelse, range: self.range_from(start) }))
    }

    /// `for_stmt`.
    fn for_stmt(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_for_stmt());
        if self.failed() {
            return None;
        }
        let start = self.mark;
        let mut cut = false;
        if let Some(s) = self.alt(|p| {
            let is_async = p.expect(T::Async).is_some();
            p.expect(T::For)?;
            let target = p.star_targets()?;
            p.expect(T::In)?;
            cut = true;
            let iter = p.star_expressions()?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            let orelse = p.alt(|p| p.else_block()).unwrap_or_default();
            let (target, iter, range) = (Box::new(target), Box::new(iter), p.range_from(start));
            Some(if is_async {
                Stmt::AsyncFor(StmtAsyncFor { target, iter, body, orelse, type_comment: None, range })
            } else {
                Stmt::For(StmtFor { target, iter, body, orelse, type_comment: None, range })
            })
        }) {
            return Some(s);
        }
        if cut {
            return None;
        }
        self.invalid_for_target();
        None
    }

    /// `invalid_for_target: 'async'? 'for' a=star_expressions` (also used by comprehensions;
    /// only active in the second pass).
    pub(crate) fn invalid_for_target(&mut self) -> Option<()> {
        if !self.call_invalid_rules {
            return None;
        }
        self.alt(|p| {
            p.expect(T::Async);
            p.expect(T::For)?;
            let a = p.star_expressions()?;
            p.b_raise_invalid_target(TargetsType::For, &a);
            None
        })
    }

    fn invalid_for_stmt(&mut self) -> Option<()> {
        self.alt(|p| {
            p.expect(T::Async);
            p.expect(T::For)?;
            p.star_targets()?;
            p.expect(T::In)?;
            p.star_expressions()?;
            p.expect(T::Newline)?;
            p.raise_error(ErrorType::SyntaxError, "expected ':'");
            None::<()>
        });
        self.alt(|p| {
            p.expect(T::Async);
            let a = p.expect(T::For)?;
            p.star_targets()?;
            p.expect(T::In)?;
            p.star_expressions()?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after 'for' statement on line {}", a.lineno),
            );
            None
        })
    }

    /// `with_stmt`.
    fn with_stmt(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_with_stmt(true));
        if self.failed() {
            return None;
        }
        let start = self.mark;
        // ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
        if let Some(s) = self.alt(|p| {
            let is_async = p.expect(T::Async).is_some();
            p.expect(T::With)?;
            p.expect(T::LPar)?;
            let items = p.b_gather(T::Comma, |p| p.with_item())?;
            p.expect(T::Comma);
            p.expect(T::RPar)?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(p.b_make_with(is_async, items, body, start))
        }) {
            return Some(s);
        }
        // ['async'] 'with' ','.with_item+ ':' block
        if let Some(s) = self.alt(|p| {
            let is_async = p.expect(T::Async).is_some();
            p.expect(T::With)?;
            let items = p.b_gather(T::Comma, |p| p.with_item())?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(p.b_make_with(is_async, items, body, start))
        }) {
            return Some(s);
        }
        self.b_invalid(|p| p.invalid_with_stmt(false));
        None
    }

    fn b_make_with(&mut self, is_async: bool, items: Vec<WithItem>, body: Vec<Stmt>, start: usize) -> Stmt {
        let range = self.range_from(start);
        if is_async {
            Stmt::AsyncWith(StmtAsyncWith { items, body, type_comment: None, range })
        } else {
            Stmt::With(StmtWith { items, body, type_comment: None, range })
        }
    }

    /// `invalid_with_stmt_indent` (`indent`) or `invalid_with_stmt`.
    fn invalid_with_stmt(&mut self, indent: bool) -> Option<()> {
        for parenthesized in [false, true] {
            self.alt(|p| {
                p.expect(T::Async);
                let a = p.expect(T::With)?;
                if parenthesized {
                    p.expect(T::LPar)?;
                    p.b_gather(T::Comma, |p| {
                        p.expressions()?;
                        p.alt(|p| {
                            p.expect(T::As)?;
                            p.b_star_target()
                        });
                        Some(())
                    })?;
                    p.expect(T::Comma);
                    p.expect(T::RPar)?;
                } else {
                    p.b_gather(T::Comma, |p| {
                        p.expression()?;
                        p.alt(|p| {
                            p.expect(T::As)?;
                            p.b_star_target()
                        });
                        Some(())
                    })?;
                }
                if indent {
                    p.expect(T::Colon)?;
                    p.expect(T::Newline)?;
                    if p.at(T::Indent) || p.failed() {
                        return None;
                    }
                    p.raise_error(
                        ErrorType::IndentationError,
                        format!("expected an indented block after 'with' statement on line {}", a.lineno),
                    );
                } else {
                    p.expect(T::Newline)?;
                    p.raise_error(ErrorType::SyntaxError, "expected ':'");
                }
                None::<()>
            });
            if self.failed() {
                return None;
            }
        }
        None
    }

    /// `with_item`.
    fn with_item(&mut self) -> Option<WithItem> {
        if let Some(item) = self.alt(|p| {
            let e = p.expression()?;
            p.expect(T::As)?;
            let t = p.b_star_target()?;
            if !matches!(p.peek_kind(), T::Comma | T::RPar | T::Colon) {
                return None;
            }
            Some(WithItem { context_expr: Box::new(e), optional_vars: Some(Box::new(t)) })
        }) {
            return Some(item);
        }
        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        self.b_invalid(|p| {
            p.expression()?;
            p.expect(T::As)?;
            let a = p.expression()?;
            if !matches!(p.peek_kind(), T::Comma | T::RPar | T::Colon) {
                return None;
            }
            p.b_raise_invalid_target(TargetsType::Star, &a);
            None::<()>
        });
        if self.failed() {
            return None;
        }
        let e = self.expression()?;
        Some(WithItem { context_expr: Box::new(e), optional_vars: None })
    }

    // ----------------------------------------------------------------------------------
    // try / except
    // ----------------------------------------------------------------------------------

    /// `try_stmt`.
    fn try_stmt(&mut self) -> Option<Stmt> {
        self.b_invalid(|p| p.invalid_try_stmt());
        if self.failed() {
            return None;
        }
        let start = self.mark;
        self.expect(T::Try)?;
        self.expect_forced(T::Colon, ":")?;
        let body = self.block()?;
        if let Some(finalbody) = self.alt(|p| p.finally_block()) {
            return Some(Stmt::Try(StmtTry {
                body,
                handlers: Vec::new(),
                orelse: Vec::new(),
                finalbody,
                range: self.range_from(start),
            }));
        }
        for star in [false, true] {
            if self.failed() {
                return None;
            }
            let mut handlers = Vec::new();
            while let Some(h) = self.alt(|p| if star { p.except_star_block() } else { p.except_block() }) {
                handlers.push(h);
            }
            if handlers.is_empty() {
                continue;
            }
            let orelse = self.alt(|p| p.else_block()).unwrap_or_default();
            let finalbody = self.alt(|p| p.finally_block()).unwrap_or_default();
            if self.failed() {
                return None;
            }
            let range = self.range_from(start);
            return Some(if star {
                Stmt::TryStar(StmtTryStar { body, handlers, orelse, finalbody, range })
            } else {
                Stmt::Try(StmtTry { body, handlers, orelse, finalbody, range })
            });
        }
        None
    }

    fn invalid_try_stmt(&mut self) -> Option<()> {
        self.alt(|p| {
            let a = p.expect(T::Try)?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after 'try' statement on line {}", a.lineno),
            );
            None::<()>
        });
        self.alt(|p| {
            p.expect(T::Try)?;
            p.expect(T::Colon)?;
            p.block()?;
            if matches!(p.peek_kind(), T::Except | T::Finally) || p.failed() {
                return None;
            }
            p.raise_error(ErrorType::SyntaxError, "expected 'except' or 'finally' block");
            None::<()>
        });
        self.alt(|p| {
            p.expect(T::Try)?;
            p.expect(T::Colon)?;
            while p.alt(|p| p.block()).is_some() {}
            let mut n = 0;
            while p.alt(|p| p.except_block()).is_some() {
                n += 1;
            }
            if n == 0 {
                return None;
            }
            let a = p.expect(T::Except)?;
            let b = p.expect(T::Star)?;
            p.expression()?;
            p.alt(|p| {
                p.expect(T::As)?;
                p.b_name()
            });
            p.expect(T::Colon)?;
            p.raise_range(
                Self::token_range(a),
                Self::token_range(b),
                "cannot have both 'except' and 'except*' on the same 'try'",
            );
            None::<()>
        });
        self.alt(|p| {
            p.expect(T::Try)?;
            p.expect(T::Colon)?;
            while p.alt(|p| p.block()).is_some() {}
            let mut n = 0;
            while p.alt(|p| p.except_star_block()).is_some() {
                n += 1;
            }
            if n == 0 {
                return None;
            }
            let a = p.expect(T::Except)?;
            p.alt(|p| {
                p.expression()?;
                p.alt(|p| {
                    p.expect(T::As)?;
                    p.b_name()
                });
                Some(())
            });
            p.expect(T::Colon)?;
            p.raise_at_token(a, "cannot have both 'except' and 'except*' on the same 'try'");
            None
        })
    }

    /// `except_block`.
    fn except_block(&mut self) -> Option<ExceptHandler> {
        self.b_invalid(|p| p.invalid_except_stmt_indent(false));
        if self.failed() {
            return None;
        }
        if let Some(h) = self.b_except_alternatives(false) {
            return Some(h);
        }
        if self.failed() {
            return None;
        }
        // 'except' ':' block
        if let Some(h) = self.alt(|p| {
            let start = p.mark;
            p.expect(T::Except)?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler { r#type: None, name: None, body, range: p.range_from(start) })
        }) {
            return Some(h);
        }
        self.b_invalid(|p| p.invalid_except_stmt(false));
        None
    }

    /// `except_star_block`.
    fn except_star_block(&mut self) -> Option<ExceptHandler> {
        self.b_invalid(|p| p.invalid_except_stmt_indent(true));
        if self.failed() {
            return None;
        }
        if let Some(h) = self.b_except_alternatives(true) {
            return Some(h);
        }
        self.b_invalid(|p| p.invalid_except_stmt(true));
        None
    }

    /// The three `'except' ['*'] e ...` alternatives shared by both handler kinds:
    /// `e=expression ':' block`, `e=expression 'as' NAME ':' block`, `e=expressions ':' block`.
    fn b_except_alternatives(&mut self, star: bool) -> Option<ExceptHandler> {
        let start = self.mark;
        let prefix = |p: &mut Self| -> Option<()> {
            p.expect(T::Except)?;
            if star {
                p.expect(T::Star)?;
            }
            Some(())
        };
        if let Some(h) = self.alt(|p| {
            prefix(p)?;
            let e = p.expression()?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler { r#type: Some(Box::new(e)), name: None, body, range: p.range_from(start) })
        }) {
            return Some(h);
        }
        if let Some(h) = self.alt(|p| {
            prefix(p)?;
            let e = p.expression()?;
            p.expect(T::As)?;
            let (_, name) = p.b_name()?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler { r#type: Some(Box::new(e)), name: Some(name), body, range: p.range_from(start) })
        }) {
            return Some(h);
        }
        self.alt(|p| {
            prefix(p)?;
            let e = p.expressions()?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler { r#type: Some(Box::new(e)), name: None, body, range: p.range_from(start) })
        })
    }

    fn invalid_except_stmt(&mut self, star: bool) -> Option<()> {
        let prefix = |p: &mut Self| -> Option<Token> {
            let a = p.expect(T::Except)?;
            if star {
                p.expect(T::Star)?;
            }
            Some(a)
        };
        // 'except' ['*'] a=expression ',' expressions 'as' NAME ':'
        self.alt(|p| {
            prefix(p)?;
            let a = p.expression()?;
            p.expect(T::Comma)?;
            p.expressions()?;
            p.expect(T::As)?;
            p.b_name()?;
            p.expect(T::Colon)?;
            p.raise_starting_from(a.range(), "multiple exception types must be parenthesized when using 'as'");
            None::<()>
        });
        // 'except' ['*'] expression ['as' NAME] NEWLINE
        self.alt(|p| {
            prefix(p)?;
            p.expression()?;
            p.alt(|p| {
                p.expect(T::As)?;
                p.b_name()
            });
            p.expect(T::Newline)?;
            p.raise_error(ErrorType::SyntaxError, "expected ':'");
            None::<()>
        });
        if star {
            // 'except' '*' (NEWLINE | ':')
            self.alt(|p| {
                prefix(p)?;
                if p.expect(T::Newline).is_none() {
                    p.expect(T::Colon)?;
                }
                p.raise_error(ErrorType::SyntaxError, "expected one or more exception types");
                None::<()>
            });
        } else {
            // 'except' NEWLINE
            self.alt(|p| {
                prefix(p)?;
                p.expect(T::Newline)?;
                p.raise_error(ErrorType::SyntaxError, "expected ':'");
                None::<()>
            });
        }
        // 'except' ['*'] expression 'as' a=expression ':' block
        self.alt(|p| {
            prefix(p)?;
            p.expression()?;
            p.expect(T::As)?;
            let a = p.expression()?;
            p.expect(T::Colon)?;
            p.block()?;
            let what = if star { "except*" } else { "except" };
            p.raise_node(a.range(), format!("cannot use {what} statement with {}", expr_name(&a)));
            None
        })
    }

    fn invalid_except_stmt_indent(&mut self, star: bool) -> Option<()> {
        let what = if star { "except*" } else { "except" };
        self.alt(|p| {
            let a = p.expect(T::Except)?;
            if star {
                p.expect(T::Star)?;
            }
            p.expression()?;
            p.alt(|p| {
                p.expect(T::As)?;
                p.b_name()
            });
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after '{what}' statement on line {}", a.lineno),
            );
            None::<()>
        });
        if star {
            return None;
        }
        self.alt(|p| {
            let a = p.expect(T::Except)?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after 'except' statement on line {}", a.lineno),
            );
            None
        })
    }

    /// `finally_block: invalid_finally_stmt | 'finally' &&':' block`.
    fn finally_block(&mut self) -> Option<Vec<Stmt>> {
        self.b_invalid(|p| {
            let a = p.expect(T::Finally)?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after 'finally' statement on line {}", a.lineno),
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.expect(T::Finally)?;
        self.expect_forced(T::Colon, ":")?;
        self.block()
    }

    // ----------------------------------------------------------------------------------
    // match
    // ----------------------------------------------------------------------------------

    /// `match_stmt`.
    fn match_stmt(&mut self) -> Option<Stmt> {
        if !self.b_at_soft("match") {
            return None;
        }
        let start = self.mark;
        if let Some(s) = self.alt(|p| {
            p.expect_soft_keyword("match")?;
            let subject = p.subject_expr()?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            p.expect(T::Indent)?;
            let mut cases = Vec::new();
            while let Some(c) = p.alt(|p| p.case_block()) {
                cases.push(c);
            }
            if cases.is_empty() {
                return None;
            }
            p.expect(T::Dedent)?;
            Some(Stmt::Match(StmtMatch { subject: Box::new(subject), cases, range: p.range_from(start) }))
        }) {
            return Some(s);
        }
        // invalid_match_stmt
        self.b_invalid(|p| {
            p.alt(|p| {
                p.expect_soft_keyword("match")?;
                p.subject_expr()?;
                p.expect(T::Newline)?;
                p.raise_error(ErrorType::SyntaxError, "expected ':'");
                None::<()>
            });
            let a = p.expect_soft_keyword("match")?;
            p.subject_expr()?;
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after 'match' statement on line {}", a.lineno),
            );
            None
        })
    }

    /// `subject_expr`.
    fn subject_expr(&mut self) -> Option<Expr> {
        let start = self.mark;
        if let Some(e) = self.alt(|p| {
            let value = p.star_named_expression()?;
            p.expect(T::Comma)?;
            let mut elts = vec![value];
            if let Some(rest) = p.alt(|p| p.star_named_expressions()) {
                elts.extend(rest);
            }
            Some(Expr::Tuple(ExprTuple { elts, ctx: ExprContext::Load, range: p.range_from(start) }))
        }) {
            return Some(e);
        }
        self.alt(|p| p.named_expression())
    }

    /// `case_block`.
    fn case_block(&mut self) -> Option<MatchCase> {
        if !self.b_at_soft("case") {
            return None;
        }
        // invalid_case_block
        self.b_invalid(|p| {
            p.alt(|p| {
                p.expect_soft_keyword("case")?;
                p.patterns()?;
                p.alt(|p| p.guard());
                p.expect(T::Newline)?;
                p.raise_error(ErrorType::SyntaxError, "expected ':'");
                None::<()>
            });
            let a = p.expect_soft_keyword("case")?;
            p.patterns()?;
            p.alt(|p| p.guard());
            p.expect(T::Colon)?;
            p.expect(T::Newline)?;
            if p.at(T::Indent) || p.failed() {
                return None;
            }
            p.raise_error(
                ErrorType::IndentationError,
                format!("expected an indented block after 'case' statement on line {}", a.lineno),
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.expect_soft_keyword("case")?;
        let pattern = self.patterns()?;
        let guard = self.alt(|p| p.guard());
        self.expect(T::Colon)?;
        let body = self.block()?;
        Some(MatchCase { pattern: Box::new(pattern), guard: guard.map(Box::new), body })
    }

    /// `guard: 'if' named_expression`.
    fn guard(&mut self) -> Option<Expr> {
        self.expect(T::If)?;
        self.named_expression()
    }

    // ----------------------------------------------------------------------------------
    // Type aliases and type parameters
    // ----------------------------------------------------------------------------------

    /// `type_alias: "type" NAME [type_params] '=' expression`.
    fn type_alias(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect_soft_keyword("type")?;
        let (token, id) = self.b_name()?;
        let type_params = self.alt(|p| p.type_params()).unwrap_or_default();
        if self.failed() {
            return None;
        }
        self.expect(T::Equal)?;
        let value = self.expression()?;
        Some(Stmt::TypeAlias(StmtTypeAlias {
            name: Box::new(b_name_expr(token, id, ExprContext::Store)),
            type_params,
            value: Box::new(value),
            range: self.range_from(start),
        }))
    }

    /// `type_params: invalid_type_params | '[' type_param_seq ']'`.
    pub(crate) fn type_params(&mut self) -> Option<Vec<TypeParam>> {
        self.b_invalid(|p| {
            p.expect(T::LSqb)?;
            let token = p.expect(T::RSqb)?;
            p.raise_starting_from(Self::token_range(token), "Type parameter list cannot be empty");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.expect(T::LSqb)?;
        let params = self.b_gather(T::Comma, |p| p.type_param())?;
        self.expect(T::Comma);
        self.expect(T::RSqb)?;
        Some(params)
    }

    /// `type_param (memo)`.
    fn type_param(&mut self) -> Option<TypeParam> {
        self.memo(Rule::TypeParam, |p| p.type_param_body())
    }

    fn type_param_body(&mut self) -> Option<TypeParam> {
        let start = self.mark;
        if let Some(t) = self.alt(|p| {
            let (_, name) = p.b_name()?;
            let bound = p.alt(|p| {
                p.expect(T::Colon)?;
                p.expression()
            });
            let default_value = p.alt(|p| {
                p.expect(T::Equal)?;
                p.expression()
            });
            Some(TypeParam::TypeVar(TypeParamTypeVar {
                name,
                bound: bound.map(Box::new),
                default_value: default_value.map(Box::new),
                range: p.range_from(start),
            }))
        }) {
            return Some(t);
        }
        // invalid_type_param
        self.b_invalid(|p| {
            let star = p.alt(|p| {
                let kind = p.peek_kind();
                if kind != T::Star && kind != T::DoubleStar {
                    return None;
                }
                p.mark += 1;
                p.b_name()?;
                let colon = p.expect(T::Colon)?;
                let e = p.expression()?;
                Some((kind, colon, matches!(e, Expr::Tuple(_))))
            });
            if let Some((kind, colon, tuple)) = star {
                let who = if kind == T::Star { "TypeVarTuple" } else { "ParamSpec" };
                let what = if tuple { "constraints" } else { "bound" };
                p.raise_starting_from(Self::token_range(colon), format!("cannot use {what} with {who}"));
            }
            None::<()>
        });
        if self.failed() {
            return None;
        }
        if let Some(t) = self.alt(|p| {
            p.expect(T::Star)?;
            let (_, name) = p.b_name()?;
            let default_value = p.alt(|p| {
                p.expect(T::Equal)?;
                p.star_expression()
            });
            Some(TypeParam::TypeVarTuple(TypeParamTypeVarTuple {
                name,
                default_value: default_value.map(Box::new),
                range: p.range_from(start),
            }))
        }) {
            return Some(t);
        }
        self.alt(|p| {
            p.expect(T::DoubleStar)?;
            let (_, name) = p.b_name()?;
            let default_value = p.alt(|p| {
                p.expect(T::Equal)?;
                p.expression()
            });
            Some(TypeParam::ParamSpec(TypeParamParamSpec {
                name,
                default_value: default_value.map(Box::new),
                range: p.range_from(start),
            }))
        })
    }

    // ----------------------------------------------------------------------------------
    // invalid_assignment
    // ----------------------------------------------------------------------------------

    fn invalid_assignment(&mut self) -> Option<Stmt> {
        // invalid_ann_assign_target ':' expression
        self.alt(|p| {
            let a = p.invalid_ann_assign_target()?;
            p.expect(T::Colon)?;
            p.expression()?;
            p.raise_node(a.range(), format!("only single target (not {}) can be annotated", expr_name(&a)));
            None::<()>
        });
        // star_named_expression ',' star_named_expressions* ':' expression
        self.alt(|p| {
            let a = p.star_named_expression()?;
            p.expect(T::Comma)?;
            while p.alt(|p| p.star_named_expressions()).is_some() {}
            p.expect(T::Colon)?;
            p.expression()?;
            p.raise_node(a.range(), "only single target (not tuple) can be annotated");
            None::<()>
        });
        // expression ':' expression
        self.alt(|p| {
            let a = p.expression()?;
            p.expect(T::Colon)?;
            p.expression()?;
            p.raise_node(a.range(), "illegal target for annotation");
            None::<()>
        });
        // (star_targets '=')* star_expressions '='
        self.alt(|p| {
            p.b_star_targets_eq_star();
            let a = p.star_expressions()?;
            p.expect(T::Equal)?;
            p.b_raise_invalid_target(TargetsType::Star, &a);
            None::<()>
        });
        // (star_targets '=')* yield_expr '='
        self.alt(|p| {
            p.b_star_targets_eq_star();
            let a = p.yield_expr()?;
            p.expect(T::Equal)?;
            p.raise_node(a.range(), "assignment to yield expression not possible");
            None::<()>
        });
        // star_expressions augassign annotated_rhs
        self.alt(|p| {
            let a = p.star_expressions()?;
            p.augassign()?;
            p.annotated_rhs()?;
            p.raise_node(
                a.range(),
                format!("'{}' is an illegal expression for augmented assignment", expr_name(&a)),
            );
            None
        })
    }

    /// `(star_targets '=')*`.
    fn b_star_targets_eq_star(&mut self) {
        while self
            .alt(|p| {
                p.star_targets()?;
                p.expect(T::Equal)
            })
            .is_some()
        {}
    }

    /// `invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'`.
    fn invalid_ann_assign_target(&mut self) -> Option<Expr> {
        self.nested(|p| {
            if let Some(e) = p.alt(|p| p.b_list()) {
                return Some(e);
            }
            if let Some(e) = p.alt(|p| p.b_tuple()) {
                return Some(e);
            }
            p.alt(|p| {
                p.expect(T::LPar)?;
                let a = p.invalid_ann_assign_target()?;
                p.expect(T::RPar)?;
                Some(a)
            })
        })
    }

    /// `list: '[' [star_named_expressions] ']'` (for `invalid_ann_assign_target`).
    fn b_list(&mut self) -> Option<Expr> {
        let start = self.mark;
        self.expect(T::LSqb)?;
        let elts = self.alt(|p| p.star_named_expressions()).unwrap_or_default();
        if self.failed() {
            return None;
        }
        self.expect(T::RSqb)?;
        Some(Expr::List(ExprList { elts, ctx: ExprContext::Load, range: self.range_from(start) }))
    }

    /// `tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'`.
    fn b_tuple(&mut self) -> Option<Expr> {
        let start = self.mark;
        self.expect(T::LPar)?;
        let elts = self
            .alt(|p| {
                let first = p.star_named_expression()?;
                p.expect(T::Comma)?;
                let mut elts = vec![first];
                elts.extend(p.alt(|p| p.star_named_expressions()).unwrap_or_default());
                Some(elts)
            })
            .unwrap_or_default();
        if self.failed() {
            return None;
        }
        self.expect(T::RPar)?;
        Some(Expr::Tuple(ExprTuple { elts, ctx: ExprContext::Load, range: self.range_from(start) }))
    }
}
