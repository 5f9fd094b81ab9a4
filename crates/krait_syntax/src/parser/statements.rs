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
//!
//! Entry points for the rest of the parser: `file` (and `interactive`, `eval_input`,
//! `func_type` for the other compile modes), `simple_stmt`/`pass_stmt`/`break_stmt`/
//! `continue_stmt` (used by `invalid_expression`), `invalid_for_target` (comprehensions),
//! `block`, `type_params`; `params.rs` provides `params` and `lambda_params`, `patterns.rs`
//! provides `patterns`.

use std::cell::RefCell;
use std::rc::Rc;

use super::expressions::empty_arguments;
use super::targets::{TargetsType, expr_name, invalid_target, set_expr_context};
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
    Expr::Name(ExprName {
        id,
        ctx,
        range: Parser::token_range(token),
    })
}


/// Is there a '=', ':' or augmented assignment outside brackets among `tokens` (or are the
/// brackets unbalanced)?
fn has_assignment_token_at_depth_0(tokens: &[Token]) -> bool {
    let mut depth: i64 = 0;
    for t in tokens {
        match t.kind {
            T::LPar | T::LSqb | T::LBrace => depth += 1,
            T::RPar | T::RSqb | T::RBrace => depth -= 1,
            T::Equal
            | T::Colon
            | T::PlusEqual
            | T::MinEqual
            | T::StarEqual
            | T::AtEqual
            | T::SlashEqual
            | T::PercentEqual
            | T::AmperEqual
            | T::VBarEqual
            | T::CircumFlexEqual
            | T::LeftShiftEqual
            | T::RightShiftEqual
            | T::DoubleStarEqual
            | T::DoubleSlashEqual
                if depth == 0 =>
            {
                return true;
            }
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    depth != 0
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
        if !self.call_invalid_rules && self.fast_paths {
            // First pass: the memo keeps no value here anyway (a success is parsed again),
            // so it only needs to know that the rule matched, and where it ended: no shared
            // cell is allocated for the value.
            let mut value = None;
            self.memo(rule, |p| {
                let v = f(p)?;
                value = Some(v);
                Some(())
            })?;
            if value.is_some() {
                return value;
            }
            // Known success (memo hit): parse again, as below.
            let end = self.mark;
            self.mark = start;
            let v = self.nested(f);
            if v.is_some() {
                self.mark = end;
            } else {
                self.mark = start;
            }
            return v;
        }
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
        // (After the second pass the tree is discarded, as CPython does: no check then.)
        if !self.call_invalid_rules && !self.b_check_future_imports(&body) {
            return None;
        }
        Some(Mod::Module(ModModule {
            body,
            type_ignores: Vec::new(),
        }))
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
                if matches!(
                    **value,
                    Expr::Constant(ExprConstant {
                        value: Constant::Str(_),
                        ..
                    })
                ) =>
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

    /// `interactive: statement_newline` (`compile(..., "single")`).
    #[allow(dead_code)] // for the driver's compile() modes
    pub(crate) fn interactive(&mut self) -> Option<Mod> {
        let body = self.statement_newline()?;
        Some(Mod::Interactive(ModInteractive { body }))
    }

    /// `statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER`
    /// (the ENDMARKER alternative is CPython's interactive exit: no tree).
    fn statement_newline(&mut self) -> Option<Vec<Stmt>> {
        if let Some(s) = self.alt(|p| {
            let s = p.compound_stmt()?;
            p.expect(T::Newline)?;
            Some(s)
        }) {
            return Some(vec![s]);
        }
        if let Some(stmts) = self.alt(|p| p.simple_stmts()) {
            return Some(stmts);
        }
        if let Some(token) = self.expect(T::Newline) {
            return Some(vec![Stmt::Pass(StmtPass {
                range: Self::token_range(token),
            })]);
        }
        None
    }

    /// `eval: expressions NEWLINE* ENDMARKER` (`compile(..., "eval")`).
    #[allow(dead_code)] // for the driver's compile() modes
    pub(crate) fn eval_input(&mut self) -> Option<Mod> {
        let body = self.expressions()?;
        while self.expect(T::Newline).is_some() {}
        self.expect(T::EndMarker)?;
        Some(Mod::Expression(ModExpression { body: Box::new(body) }))
    }

    /// `func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`
    /// (`compile(..., "func_type")`).
    #[allow(dead_code)] // for the driver's compile() modes
    pub(crate) fn func_type(&mut self) -> Option<Mod> {
        self.expect(T::LPar)?;
        let argtypes = self.alt(|p| p.type_expressions()).unwrap_or_default();
        if self.failed() {
            return None;
        }
        self.expect(T::RPar)?;
        self.expect(T::RArrow)?;
        let returns = self.expression()?;
        while self.expect(T::Newline).is_some() {}
        self.expect(T::EndMarker)?;
        Some(Mod::FunctionType(ModFunctionType {
            argtypes,
            returns: Box::new(returns),
        }))
    }

    /// `type_expressions`: `','.expression+` optionally followed by `',' '*' expression`
    /// and/or `',' '**' expression` (or only those); the stars are dropped.
    fn type_expressions(&mut self) -> Option<Vec<Expr>> {
        let starred = |p: &mut Self, kind: T| {
            p.alt(|p| {
                p.expect(kind)?;
                p.expression()
            })
        };
        // a=','.expression+ followed by the optional starred parts
        if let Some(v) = self.alt(|p| {
            let mut items = p.b_gather(T::Comma, |p| p.expression())?;
            let mark = p.mark;
            if p.expect(T::Comma).is_some() {
                if let Some(b) = starred(p, T::Star) {
                    items.push(b);
                    let mark2 = p.mark;
                    if p.expect(T::Comma).is_some() {
                        match starred(p, T::DoubleStar) {
                            Some(c) => items.push(c),
                            None => p.mark = mark2,
                        }
                    }
                    return Some(items);
                }
                if let Some(c) = starred(p, T::DoubleStar) {
                    items.push(c);
                    return Some(items);
                }
            }
            p.mark = mark;
            Some(items)
        }) {
            return Some(v);
        }
        if self.failed() {
            return None;
        }
        // '*' expression [',' '**' expression] | '**' expression
        if let Some(a) = starred(self, T::Star) {
            let mut items = vec![a];
            let mark = self.mark;
            if self.expect(T::Comma).is_some() {
                match starred(self, T::DoubleStar) {
                    Some(b) => items.push(b),
                    None => self.mark = mark,
                }
            }
            return Some(items);
        }
        starred(self, T::DoubleStar).map(|a| vec![a])
    }

    /// `statements: statement+` (flattened).
    pub(crate) fn statements(&mut self) -> Option<Vec<Stmt>> {
        let mut out = Vec::new();
        while self.alt(|p| p.statement(&mut out)).is_some() {}
        if out.is_empty() || self.failed() {
            None
        } else {
            Some(out)
        }
    }

    /// `statement: compound_stmt | simple_stmts`, appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> Option<()> {
        if let Some(s) = self.alt(|p| p.compound_stmt()) {
            out.push(s);
            return Some(());
        }
        if self.fast_paths {
            // Straight into `out` (no vector per line).
            let len = out.len();
            let matched = self.alt(|p| p.simple_stmts_into(out));
            if matched.is_none() {
                out.truncate(len);
            }
            return matched;
        }
        let stmts = self.alt(|p| p.simple_stmts())?;
        out.extend(stmts);
        Some(())
    }

    /// [`Parser::simple_stmts`] appending to `out` (on `None`, the caller truncates `out`).
    fn simple_stmts_into(&mut self, out: &mut Vec<Stmt>) -> Option<()> {
        let first = self.simple_stmt()?;
        if !self.at(T::Semi) {
            if self.failed() {
                return None;
            }
            if self.expect(T::Newline).is_some() {
                out.push(first);
                return Some(());
            }
        }
        out.push(first);
        while let Some(s) = self.alt(|p| {
            p.expect(T::Semi)?;
            p.simple_stmt()
        }) {
            out.push(s);
        }
        self.expect(T::Semi);
        self.expect(T::Newline)?;
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
        // First pass shortcut: neither `assignment` nor `star_expressions` can start with
        // these keywords (and without the `invalid_*` rules they fail on them at once).
        if !self.call_invalid_rules
            && matches!(
                self.peek_kind(),
                T::Return
                    | T::Import
                    | T::From
                    | T::Raise
                    | T::Pass
                    | T::Del
                    | T::Yield
                    | T::Assert
                    | T::Break
                    | T::Continue
                    | T::Global
                    | T::Nonlocal
            )
        {
            return self.b_keyword_simple_stmt();
        }
        if !self.call_invalid_rules && self.fast_paths {
            if let Some(s) = self.expression_statement_fast_path() {
                return Some(s);
            }
            if self.failed() {
                return None;
            }
        }
        if let Some(s) = self.alt(|p| p.assignment()) {
            return Some(s);
        }
        if self.b_at_soft("type")
            && let Some(s) = self.alt(|p| p.type_alias())
        {
            return Some(s);
        }
        let start = self.mark;
        if let Some(e) = self.alt(|p| p.star_expressions()) {
            return Some(Stmt::Expr(StmtExpr {
                value: Box::new(e),
                range: self.range_from(start),
            }));
        }
        self.b_keyword_simple_stmt()
    }

    /// First pass only: an expression statement without first trying `assignment` on it.
    ///
    /// `star_expressions` is parsed first; when it ends at NEWLINE or ';' and no '=', ':' or
    /// augmented assignment stands at bracket depth 0 among the tokens it covered,
    /// `assignment` (and `type_alias`) cannot match: their targets are followed by such a
    /// token at depth 0, a target cannot extend past NEWLINE or ';', and every token a
    /// target parse could look at lies within what `star_expressions` already fetched. So
    /// the result is the `Expr` statement the grammar's order gives, and the same tokens
    /// were fetched. Otherwise the mark is restored and `None` returned (the caller then
    /// follows the grammar; the memo entries left behind hold the same results it would
    /// compute).
    fn expression_statement_fast_path(&mut self) -> Option<Stmt> {
        let start = self.mark;
        // `NAME '=' ...`: NAME ':' and the annotated target need a ':'; `star_targets` gives
        // the NAME in the Store context (t_primary fails: no t_lookahead after it). Continue
        // `assignment`'s third alternative from the '='; if it fails, so would the grammar's
        // (and the fourth needs an augmented assignment): the caller follows the grammar.
        if self.peek_kind() == T::Name && self.token_at(start + 1).kind == T::Equal && !self.failed() {
            let (token, id) = self.b_name()?;
            self.mark = start + 2;
            let target = b_name_expr(token, id, ExprContext::Store);
            if let Some(s) = self.alt(|p| p.assignment_targets_and_value(start, vec![target])) {
                return Some(s);
            }
            self.mark = start;
            return None;
        }
        // `NAME '='`, `NAME ':'`, `NAME +=`, `NAME ,`: almost surely an assignment.
        if self.peek_kind() == T::Name
            && matches!(
                self.token_at(start + 1).kind,
                T::Equal
                    | T::Colon
                    | T::Comma
                    | T::PlusEqual
                    | T::MinEqual
                    | T::StarEqual
                    | T::AtEqual
                    | T::SlashEqual
                    | T::PercentEqual
                    | T::AmperEqual
                    | T::VBarEqual
                    | T::CircumFlexEqual
                    | T::LeftShiftEqual
                    | T::RightShiftEqual
                    | T::DoubleStarEqual
                    | T::DoubleSlashEqual
            )
        {
            return None;
        }
        if self.failed() {
            return None;
        }
        let e = self.alt(|p| p.star_expressions())?;
        let end = self.mark;
        let fits = match self.tokens.get(end) {
            Some(t) => matches!(t.kind, T::Newline | T::Semi),
            None => false,
        } && !self.tokens.get(start..end).is_some_and(has_assignment_token_at_depth_0);
        if !fits {
            // `a.b = ...`, `a[i] = ...`: an attribute or subscript followed by '=' (nothing
            // at depth 0 before it) is what `assignment` would take as its first target:
            // NAME ':' and the annotated target need a ':', and `star_targets` parses the
            // same primary chain (t_primary) as `star_expressions` did, giving the same node
            // in the Store context. Continue that alternative from its first '='; when it
            // fails, so would the grammar's, and the caller follows the grammar.
            let is_target = matches!(e, Expr::Attribute(_) | Expr::Subscript(_))
                && self.tokens.get(end).is_some_and(|t| t.kind == T::Equal)
                && !self.tokens.get(start..end).is_some_and(has_assignment_token_at_depth_0);
            if is_target {
                self.mark = end + 1;
                let target = set_expr_context(e, ExprContext::Store);
                if let Some(s) = self.alt(|p| p.assignment_targets_and_value(start, vec![target])) {
                    return Some(s);
                }
                if self.failed() {
                    return None;
                }
            }
            self.mark = start;
            return None;
        }
        Some(Stmt::Expr(StmtExpr {
            value: Box::new(e),
            range: self.range_from(start),
        }))
    }

    /// The keyword-introduced alternatives of `simple_stmt` (`&'return' return_stmt`, ...).
    fn b_keyword_simple_stmt(&mut self) -> Option<Stmt> {
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
            if matches!(kind, T::Def | T::At | T::Async)
                && let Some(s) = p.alt(|p| p.function_def())
            {
                return Some(s);
            }
            if kind == T::If
                && let Some(s) = p.alt(|p| p.if_stmt())
            {
                return Some(s);
            }
            if matches!(kind, T::Class | T::At)
                && let Some(s) = p.alt(|p| p.class_def())
            {
                return Some(s);
            }
            if matches!(kind, T::With | T::Async)
                && let Some(s) = p.alt(|p| p.with_stmt())
            {
                return Some(s);
            }
            if matches!(kind, T::For | T::Async)
                && let Some(s) = p.alt(|p| p.for_stmt())
            {
                return Some(s);
            }
            if kind == T::Try
                && let Some(s) = p.alt(|p| p.try_stmt())
            {
                return Some(s);
            }
            if kind == T::While
                && let Some(s) = p.alt(|p| p.while_stmt())
            {
                return Some(s);
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
        // (First pass: the NAME's identifier is built only when the ':' is there.)
        let maybe_annotated = !self.fast_paths
            || self.call_invalid_rules
            || (self.peek_kind() == T::Name && self.token_at(start + 1).kind == T::Colon);
        if maybe_annotated && let Some(s) = self.alt(|p| {
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
        if let Some(s) = self.alt(|p| p.assignment_targets_and_value(start, Vec::new())) {
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

    /// `(star_targets '=')+ annotated_rhs !'='` from `targets` already matched (each with
    /// its '='); `start` is where the statement began.
    fn assignment_targets_and_value(&mut self, start: usize, mut targets: Vec<Expr>) -> Option<Stmt> {
        let fast = self.fast_paths && !self.call_invalid_rules;
        loop {
            // First pass, after a target: when the right-hand side parses up to NEWLINE
            // or ';' with no '=', ':' or augmented assignment at depth 0 among its tokens,
            // `star_targets '='` cannot match there (see
            // `expression_statement_fast_path`), so parse it as the value at once rather
            // than as a target first (calls and displays were parsed twice).
            if fast && !targets.is_empty() {
                let value_start = self.mark;
                if let Some(value) = self.alt(|p| p.annotated_rhs()) {
                    let end = self.mark;
                    let fits = match self.tokens.get(end) {
                        Some(t) => matches!(t.kind, T::Newline | T::Semi),
                        None => false,
                    } && !self.tokens.get(value_start..end).is_some_and(has_assignment_token_at_depth_0);
                    if fits {
                        return Some(Stmt::Assign(StmtAssign {
                            targets,
                            value: Box::new(value),
                            type_comment: None,
                            range: self.range_from(start),
                        }));
                    }
                    self.mark = value_start;
                }
                if self.failed() {
                    return None;
                }
            }
            let Some(t) = self.alt(|p| {
                let t = p.star_targets()?;
                p.expect(T::Equal)?;
                Some(t)
            }) else {
                break;
            };
            targets.push(t);
        }
        if targets.is_empty() {
            return None;
        }
        let value = self.annotated_rhs()?;
        if self.at(T::Equal) {
            return None;
        }
        Some(Stmt::Assign(StmtAssign {
            targets,
            value: Box::new(value),
            type_comment: None,
            range: self.range_from(start),
        }))
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
        Some(Stmt::Return(StmtReturn {
            value: value.map(Box::new),
            range: self.range_from(start),
        }))
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
        Some(Stmt::Raise(StmtRaise {
            exc: exc.map(Box::new),
            cause: cause.map(Box::new),
            range: self.range_from(start),
        }))
    }

    /// `pass_stmt: 'pass'`.
    pub(crate) fn pass_stmt(&mut self) -> Option<Stmt> {
        let token = self.expect(T::Pass)?;
        Some(Stmt::Pass(StmtPass {
            range: Self::token_range(token),
        }))
    }

    /// `break_stmt: 'break'`.
    pub(crate) fn break_stmt(&mut self) -> Option<Stmt> {
        let token = self.expect(T::Break)?;
        Some(Stmt::Break(StmtBreak {
            range: Self::token_range(token),
        }))
    }

    /// `continue_stmt: 'continue'`.
    pub(crate) fn continue_stmt(&mut self) -> Option<Stmt> {
        let token = self.expect(T::Continue)?;
        Some(Stmt::Continue(StmtContinue {
            range: Self::token_range(token),
        }))
    }

    /// `global_stmt: 'global' ','.NAME+`.
    fn global_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Global)?;
        let names = self.b_gather(T::Comma, |p| p.b_name().map(|(_, id)| id))?;
        Some(Stmt::Global(StmtGlobal {
            names,
            range: self.range_from(start),
        }))
    }

    /// `nonlocal_stmt: 'nonlocal' ','.NAME+`.
    fn nonlocal_stmt(&mut self) -> Option<Stmt> {
        let start = self.mark;
        self.expect(T::Nonlocal)?;
        let names = self.b_gather(T::Comma, |p| p.b_name().map(|(_, id)| id))?;
        Some(Stmt::Nonlocal(StmtNonlocal {
            names,
            range: self.range_from(start),
        }))
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
            Some(Stmt::Delete(StmtDelete {
                targets,
                range: p.range_from(start),
            }))
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
        Some(Stmt::Expr(StmtExpr {
            value: Box::new(value),
            range: self.range_from(start),
        }))
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
        Some(Stmt::Assert(StmtAssert {
            test: Box::new(test),
            msg: msg.map(Box::new),
            range: self.range_from(start),
        }))
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
            p.raise_starting_from(
                Self::token_range(a),
                "Did you mean to use 'from ... import ...' instead?",
            );
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
        Some(Stmt::Import(StmtImport {
            names,
            range: self.range_from(start),
        }))
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
        if level == 0
            && module.as_deref() == Some("__future__")
            && names.iter().any(|alias| alias.name == "barry_as_FLUFL")
        {
            self.barry_as_flufl = true;
        }
        Some(Stmt::ImportFrom(StmtImportFrom {
            module,
            names,
            level: Some(level),
            range: self.range_from(start),
        }))
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
            return Some(vec![Alias {
                name: "*".to_string(),
                asname: None,
                range: Self::token_range(token),
            }]);
        }
        // invalid_import_from_targets
        self.b_invalid(|p| {
            p.alt(|p| {
                p.b_gather(T::Comma, |p| p.import_from_as_name())?;
                p.expect(T::Comma)?;
                p.expect(T::Newline)?;
                p.raise_error(
                    ErrorType::SyntaxError,
                    "trailing comma not allowed without surrounding parentheses",
                );
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
        Some(Alias {
            name,
            asname,
            range: self.range_from(start),
        })
    }

    /// `'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression`: "cannot use %s as import target".
    fn b_invalid_import_target(&mut self) -> Option<()> {
        self.expect(T::As)?;
        let ok_target = self.lookahead(true, |p| {
            p.expect(T::Name)?;
            if matches!(p.peek_kind(), T::Comma | T::RPar | T::Semi | T::Newline) {
                Some(())
            } else {
                None
            }
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
        Some(Alias {
            name,
            asname,
            range: self.range_from(start),
        })
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
        if decorators.is_empty() || self.failed() {
            None
        } else {
            Some(decorators)
        }
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
                format!(
                    "expected an indented block after function definition on line {}",
                    a.lineno
                ),
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
            Some(Stmt::Pass(StmtPass {
                range: p.range_from(start),
            }))
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
        Some(Stmt::If(StmtIf {
            test: Box::new(test),
            body,
            orelse,
            range: self.range_from(start),
        }))
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
        Some(Stmt::While(StmtWhile {
            test: Box::new(test),
            body,
            orelse,
            range: self.range_from(start),
        }))
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
                Stmt::AsyncFor(StmtAsyncFor {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                    range,
                })
            } else {
                Stmt::For(StmtFor {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                    range,
                })
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
            Stmt::AsyncWith(StmtAsyncWith {
                items,
                body,
                type_comment: None,
                range,
            })
        } else {
            Stmt::With(StmtWith {
                items,
                body,
                type_comment: None,
                range,
            })
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
            Some(WithItem {
                context_expr: Box::new(e),
                optional_vars: Some(Box::new(t)),
            })
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
        Some(WithItem {
            context_expr: Box::new(e),
            optional_vars: None,
        })
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
                Stmt::TryStar(StmtTryStar {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    range,
                })
            } else {
                Stmt::Try(StmtTry {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    range,
                })
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
            Some(ExceptHandler {
                r#type: None,
                name: None,
                body,
                range: p.range_from(start),
            })
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
            Some(ExceptHandler {
                r#type: Some(Box::new(e)),
                name: None,
                body,
                range: p.range_from(start),
            })
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
            Some(ExceptHandler {
                r#type: Some(Box::new(e)),
                name: Some(name),
                body,
                range: p.range_from(start),
            })
        }) {
            return Some(h);
        }
        self.alt(|p| {
            prefix(p)?;
            let e = p.expressions()?;
            p.expect(T::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler {
                r#type: Some(Box::new(e)),
                name: None,
                body,
                range: p.range_from(start),
            })
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
            p.raise_starting_from(
                a.range(),
                "multiple exception types must be parenthesized when using 'as'",
            );
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
                format!(
                    "expected an indented block after '{what}' statement on line {}",
                    a.lineno
                ),
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
                format!(
                    "expected an indented block after 'except' statement on line {}",
                    a.lineno
                ),
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
                format!(
                    "expected an indented block after 'finally' statement on line {}",
                    a.lineno
                ),
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
            Some(Stmt::Match(StmtMatch {
                subject: Box::new(subject),
                cases,
                range: p.range_from(start),
            }))
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
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    a.lineno
                ),
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
            Some(Expr::Tuple(ExprTuple {
                elts,
                ctx: ExprContext::Load,
                range: p.range_from(start),
            }))
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
        Some(MatchCase {
            pattern: Box::new(pattern),
            guard: guard.map(Box::new),
            body,
        })
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
            p.raise_node(
                a.range(),
                format!("only single target (not {}) can be annotated", expr_name(&a)),
            );
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
        Some(Expr::List(ExprList {
            elts,
            ctx: ExprContext::Load,
            range: self.range_from(start),
        }))
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
        Some(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            range: self.range_from(start),
        }))
    }
}

#[cfg(test)]
mod tests {
    //! Expectations are CPython 3.14.2's (`ast.dump(ast.parse(src), include_attributes=True)`,
    //! or the SyntaxError's type, msg, lineno, offset, end_lineno, end_offset), taken from
    //! the pyodide oracle.

    use crate::{DumpOptions, parse_module};

    const CASES: &[(&str, &str)] = &[
        (
            r#"if x:
pass
"#,
            r#"IndentationError: expected an indented block after 'if' statement on line 1 (2, 1, 2, 5)"#,
        ),
        (
            r#"for 1 in y: pass
"#,
            r#"SyntaxError: cannot assign to literal (1, 5, 1, 6)"#,
        ),
        (
            r#"with a as 1: pass
"#,
            r#"SyntaxError: cannot assign to literal (1, 11, 1, 12)"#,
        ),
        (
            r#"try:
    pass
x = 1
"#,
            r#"SyntaxError: expected 'except' or 'finally' block (3, 1, 3, 2)"#,
        ),
        (
            r#"try:
    pass
except E:
    pass
except* F:
    pass
"#,
            r#"SyntaxError: cannot have both 'except' and 'except*' on the same 'try' (5, 1, 5, 8)"#,
        ),
        (
            r#"try:
    pass
except* E:
    pass
except F:
    pass
"#,
            r#"SyntaxError: cannot have both 'except' and 'except*' on the same 'try' (5, 1, 5, 7)"#,
        ),
        (
            r#"try:
    pass
except A as e.f:
    pass
"#,
            r#"SyntaxError: cannot use except statement with attribute (3, 13, 3, 16)"#,
        ),
        (
            r#"try:
    pass
except*:
    pass
"#,
            r#"SyntaxError: expected one or more exception types (3, 8, 3, 9)"#,
        ),
        (
            r#"match x:
case 1: pass
"#,
            r#"IndentationError: expected an indented block after 'match' statement on line 1 (2, 1, 2, 5)"#,
        ),
        (
            r#"match x:
    case a as _: pass
"#,
            r#"SyntaxError: cannot use '_' as a target (2, 15, 2, 16)"#,
        ),
        (
            r#"match x:
    case a as f(): pass
"#,
            r#"SyntaxError: cannot use function call as pattern target (2, 15, 2, 18)"#,
        ),
        (
            r#"match x:
    case C(a=1, b): pass
"#,
            r#"SyntaxError: positional patterns follow keyword patterns (2, 17, 2, 18)"#,
        ),
        (
            r#"match x:
    case 1j + 2j: pass
"#,
            r#"SyntaxError: real number required in complex literal (2, 10, 2, 12)"#,
        ),
        (
            r#"match x:
    case 1 + 2: pass
"#,
            r#"SyntaxError: imaginary number required in complex literal (2, 14, 2, 15)"#,
        ),
        (
            r#"def f(:
    pass
"#,
            r#"SyntaxError: invalid syntax (1, 7, 1, 8)"#,
        ),
        (
            r#"def f():
pass
"#,
            r#"IndentationError: expected an indented block after function definition on line 1 (2, 1, 2, 5)"#,
        ),
        (
            r#"def f(a, /, b, /): pass
"#,
            r#"SyntaxError: / may appear only once (1, 16, 1, 17)"#,
        ),
        (
            r#"def f(/, a): pass
"#,
            r#"SyntaxError: at least one argument must precede / (1, 7, 1, 8)"#,
        ),
        (
            r#"def f(a=1, b): pass
"#,
            r#"SyntaxError: parameter without a default follows parameter with a default (1, 12, 1, 13)"#,
        ),
        (
            r#"def f((a, b)): pass
"#,
            r#"SyntaxError: Function parameters cannot be parenthesized (1, 7, 1, 13)"#,
        ),
        (
            r#"def f(*, a, /): pass
"#,
            r#"SyntaxError: / must be ahead of * (1, 13, 1, 14)"#,
        ),
        (
            r#"def f(a=1, /*): pass
"#,
            r#"SyntaxError: expected comma between / and * (1, 13, 1, 14)"#,
        ),
        (
            r#"def f(*): pass
"#,
            r#"SyntaxError: named arguments must follow bare * (1, 7, 1, 8)"#,
        ),
        (
            r#"def f(*a=1): pass
"#,
            r#"SyntaxError: var-positional argument cannot have default value (1, 9, 1, 10)"#,
        ),
        (
            r#"def f(*a, *b): pass
"#,
            r#"SyntaxError: * argument may appear only once (1, 11, 1, 12)"#,
        ),
        (
            r#"def f(**k=1): pass
"#,
            r#"SyntaxError: var-keyword argument cannot have default value (1, 10, 1, 11)"#,
        ),
        (
            r#"def f(**k, a): pass
"#,
            r#"SyntaxError: arguments cannot follow var-keyword argument (1, 12, 1, 13)"#,
        ),
        (
            r#"def f(a=): pass
"#,
            r#"SyntaxError: expected default value expression (1, 8, 1, 9)"#,
        ),
        (
            r#"lambda /, a: 0
"#,
            r#"SyntaxError: at least one argument must precede / (1, 8, 1, 9)"#,
        ),
        (
            r#"lambda (a, b): 0
"#,
            r#"SyntaxError: Lambda expression parameters cannot be parenthesized (1, 8, 1, 14)"#,
        ),
        (
            r#"lambda *: 0
"#,
            r#"SyntaxError: named arguments must follow bare * (1, 9, 1, 10)"#,
        ),
        (
            r#"lambda **k, a: 0
"#,
            r#"SyntaxError: arguments cannot follow var-keyword argument (1, 13, 1, 14)"#,
        ),
        (
            r#"class C:
pass
"#,
            r#"IndentationError: expected an indented block after class definition on line 1 (2, 1, 2, 5)"#,
        ),
        (
            r#"import a from b
"#,
            r#"SyntaxError: Did you mean to use 'from ... import ...' instead? (1, 1, 1, 16)"#,
        ),
        (
            r#"import a as 1
"#,
            r#"SyntaxError: cannot use literal as import target (1, 13, 1, 14)"#,
        ),
        (
            r#"from a import b as c.d
"#,
            r#"SyntaxError: cannot use attribute as import target (1, 20, 1, 23)"#,
        ),
        (
            r#"f() = 1
"#,
            r#"SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 1, 1, 4)"#,
        ),
        (
            r#"(a, b): int
"#,
            r#"SyntaxError: only single target (not tuple) can be annotated (1, 1, 1, 7)"#,
        ),
        (
            r#"[a]: int
"#,
            r#"SyntaxError: only single target (not list) can be annotated (1, 1, 1, 4)"#,
        ),
        (
            r#"a, b: int
"#,
            r#"SyntaxError: only single target (not tuple) can be annotated (1, 1, 1, 2)"#,
        ),
        (
            r#"f(): int
"#,
            r#"SyntaxError: illegal target for annotation (1, 1, 1, 4)"#,
        ),
        (
            r#"x = yield = 1
"#,
            r#"SyntaxError: assignment to yield expression not possible (1, 5, 1, 10)"#,
        ),
        (
            r#"f() += 1
"#,
            r#"SyntaxError: 'function call' is an illegal expression for augmented assignment (1, 1, 1, 4)"#,
        ),
        (
            r#"del f()
"#,
            r#"SyntaxError: cannot delete function call (1, 5, 1, 8)"#,
        ),
        (
            r#"del (a, f())
"#,
            r#"SyntaxError: cannot delete function call (1, 9, 1, 12)"#,
        ),
        (
            r#"@dec
x = 1
"#,
            r#"SyntaxError: invalid syntax (2, 1, 2, 2)"#,
        ),
        (
            r#"from __future__ import braces
"#,
            r#"SyntaxError: not a chance (1, 24, 1, 30)"#,
        ),
        (
            r#"from __future__ import (annotations, spam as eggs)
"#,
            r#"SyntaxError: future feature spam is not defined (1, 38, 1, 50)"#,
        ),
        (
            r#"else: pass
"#,
            r#"SyntaxError: invalid syntax (1, 1, 1, 5)"#,
        ),
        (
            r#"if x:
    pass
else:
    pass
elif y:
    pass
"#,
            r#"SyntaxError: 'elif' block follows an 'else' block (5, 1, 5, 5)"#,
        ),
        (
            r#"x = y = 1
"#,
            r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='y', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"#,
        ),
        (
            r#"a, *b = c
"#,
            r#"Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"#,
        ),
        (
            r#"x += 1
"#,
            r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"#,
        ),
        (
            r#"x.y: int
"#,
            r#"Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"#,
        ),
        (
            r#"(x): int = 3
"#,
            r#"Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), value=Constant(value=3, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"#,
        ),
        (
            r#"x[0]: str = 'a'
"#,
            r#"Module(body=[AnnAssign(target=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Constant(value=0, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), annotation=Name(id='str', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), value=Constant(value='a', lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"#,
        ),
        (
            r#"x = yield
"#,
            r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"#,
        ),
        (
            r#"pass; break; continue
"#,
            r#"Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Break(lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), Continue(lineno=1, col_offset=13, end_lineno=1, end_col_offset=21)])"#,
        ),
        (
            r#"return 1, 2
"#,
            r#"Module(body=[Return(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Constant(value=2, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"#,
        ),
        (
            r#"raise E from e
"#,
            r#"Module(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cause=Name(id='e', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"#,
        ),
        (
            r#"global a, b
"#,
            r#"Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"#,
        ),
        (
            r#"del x, y[0], (z, w)
"#,
            r#"Module(body=[Delete(targets=[Name(id='x', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Tuple(elts=[Name(id='z', ctx=Del(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='w', ctx=Del(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)])"#,
        ),
        (
            r#"assert x, 'msg'
"#,
            r#"Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='msg', lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"#,
        ),
        (
            r#"import a.b.c as d, e
"#,
            r#"Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_lineno=1, end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"#,
        ),
        (
            r#"from .. import (x, y,)
"#,
            r#"Module(body=[ImportFrom(names=[alias(name='x', lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), alias(name='y', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], level=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"#,
        ),
        (
            r#"from ...a import *
"#,
            r#"Module(body=[ImportFrom(module='a', names=[alias(name='*', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], level=3, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)])"#,
        ),
        (
            r#"from .....a.b import c as d
"#,
            r#"Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d', lineno=1, col_offset=21, end_lineno=1, end_col_offset=27)], level=5, lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)])"#,
        ),
        (
            r#"@dec
@dec2(1)
def f[T: int = str, *Ts = *x, **P = y](a: int, /, b: int = 1, *args: *Ts, c, d=2, **kw: dict) -> None:
    pass
"#,
            r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=42, end_lineno=3, end_col_offset=45), lineno=3, col_offset=39, end_lineno=3, end_col_offset=45)], args=[arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=53, end_lineno=3, end_col_offset=56), lineno=3, col_offset=50, end_lineno=3, end_col_offset=56)], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load(), lineno=3, col_offset=70, end_lineno=3, end_col_offset=72), ctx=Load(), lineno=3, col_offset=69, end_lineno=3, end_col_offset=72), lineno=3, col_offset=63, end_lineno=3, end_col_offset=72), kwonlyargs=[arg(arg='c', lineno=3, col_offset=74, end_lineno=3, end_col_offset=75), arg(arg='d', lineno=3, col_offset=77, end_lineno=3, end_col_offset=78)], kw_defaults=[None, Constant(value=2, lineno=3, col_offset=79, end_lineno=3, end_col_offset=80)], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load(), lineno=3, col_offset=88, end_lineno=3, end_col_offset=92), lineno=3, col_offset=84, end_lineno=3, end_col_offset=92), defaults=[Constant(value=1, lineno=3, col_offset=59, end_lineno=3, end_col_offset=60)]), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Name(id='dec2', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=5), args=[Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=8)], returns=Constant(value=None, lineno=3, col_offset=97, end_lineno=3, end_col_offset=101), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load(), lineno=3, col_offset=9, end_lineno=3, end_col_offset=12), default_value=Name(id='str', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=18), lineno=3, col_offset=6, end_lineno=3, end_col_offset=18), TypeVarTuple(name='Ts', default_value=Starred(value=Name(id='x', ctx=Load(), lineno=3, col_offset=27, end_lineno=3, end_col_offset=28), ctx=Load(), lineno=3, col_offset=26, end_lineno=3, end_col_offset=28), lineno=3, col_offset=20, end_lineno=3, end_col_offset=28), ParamSpec(name='P', default_value=Name(id='y', ctx=Load(), lineno=3, col_offset=36, end_lineno=3, end_col_offset=37), lineno=3, col_offset=30, end_lineno=3, end_col_offset=37)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)])"#,
        ),
        (
            r#"async def g(): await x
"#,
            r#"Module(body=[AsyncFunctionDef(name='g', args=arguments(), body=[Expr(value=Await(value=Name(id='x', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=15, end_lineno=1, end_col_offset=22), lineno=1, col_offset=15, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"#,
        ),
        (
            r#"class C(A, B, metaclass=M):
    x = 1
"#,
            r#"Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='B', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=14, end_lineno=1, end_col_offset=25)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)])"#,
        ),
        (
            r#"@d
class D[T]: pass
"#,
            r#"Module(body=[ClassDef(name='D', body=[Pass(lineno=2, col_offset=12, end_lineno=2, end_col_offset=16)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], type_params=[TypeVar(name='T', lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=16)])"#,
        ),
        (
            r#"def h(*, a): pass
"#,
            r#"Module(body=[FunctionDef(name='h', args=arguments(kwonlyargs=[arg(arg='a', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kw_defaults=[None]), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"#,
        ),
        (
            r#"def i(a, b=1, /, c=2): pass
"#,
            r#"Module(body=[FunctionDef(name='i', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], args=[arg(arg='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], defaults=[Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Constant(value=2, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)]), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)])"#,
        ),
        (
            r#"f = lambda a, /, b=1, *c, d, **e: 0
"#,
            r#"Module(body=[Assign(targets=[Name(id='f', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], args=[arg(arg='b', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], vararg=arg(arg='c', lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), kwonlyargs=[arg(arg='d', lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kw_defaults=[None], kwarg=arg(arg='e', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), defaults=[Constant(value=1, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)]), body=Constant(value=0, lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), lineno=1, col_offset=4, end_lineno=1, end_col_offset=35), lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)])"#,
        ),
        (
            r#"f = lambda *, a=1: a
"#,
            r#"Module(body=[Assign(targets=[Name(id='f', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(kwonlyargs=[arg(arg='a', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], kw_defaults=[Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"#,
        ),
        (
            r#"if a:
    pass
elif b:
    pass
else:
    pass
"#,
            r#"Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)])"#,
        ),
        (
            r#"while x:
    break
else:
    pass
"#,
            r#"Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"#,
        ),
        (
            r#"for i, in r:
    continue
else: pass
"#,
            r#"Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), iter=Name(id='r', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), body=[Continue(lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], orelse=[Pass(lineno=3, col_offset=6, end_lineno=3, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=10)])"#,
        ),
        (
            r#"async def f():
    async for x in y: pass
    async with (a as b, c as d,): pass
"#,
            r#"Module(body=[AsyncFunctionDef(name='f', args=arguments(), body=[AsyncFor(target=Name(id='x', ctx=Store(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), body=[Pass(lineno=2, col_offset=22, end_lineno=2, end_col_offset=26)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=26), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), optional_vars=Name(id='b', ctx=Store(), lineno=3, col_offset=21, end_lineno=3, end_col_offset=22)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=3, col_offset=24, end_lineno=3, end_col_offset=25), optional_vars=Name(id='d', ctx=Store(), lineno=3, col_offset=29, end_lineno=3, end_col_offset=30))], body=[Pass(lineno=3, col_offset=34, end_lineno=3, end_col_offset=38)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=38)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=38)])"#,
        ),
        (
            r#"with a as (b, c), d: pass
"#,
            r#"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Name(id='c', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=16)), withitem(context_expr=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19))], body=[Pass(lineno=1, col_offset=21, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)])"#,
        ),
        (
            r#"with (a, b) as c: pass
"#,
            r#"Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), optional_vars=Name(id='c', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16))], body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"#,
        ),
        (
            r#"try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except A, B:
    pass
except:
    pass
else:
    pass
finally:
    pass
"#,
            r#"Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), Name(id='B', ctx=Load(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=12)], ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=13), name='e', body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=7, col_offset=7, end_lineno=7, end_col_offset=8), Name(id='B', ctx=Load(), lineno=7, col_offset=10, end_lineno=7, end_col_offset=11)], ctx=Load(), lineno=7, col_offset=7, end_lineno=7, end_col_offset=11), body=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8), ExceptHandler(body=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], lineno=9, col_offset=0, end_lineno=10, end_col_offset=8)], orelse=[Pass(lineno=12, col_offset=4, end_lineno=12, end_col_offset=8)], finalbody=[Pass(lineno=14, col_offset=4, end_lineno=14, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=14, end_col_offset=8)])"#,
        ),
        (
            r#"try: pass
except* E: pass
except* A, B: pass
"#,
            r#"Module(body=[TryStar(body=[Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=9)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), body=[Pass(lineno=2, col_offset=11, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=12), body=[Pass(lineno=3, col_offset=14, end_lineno=3, end_col_offset=18)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=18)])"#,
        ),
        (
            r#"try:
    pass
finally:
    pass
"#,
            r#"Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], finalbody=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"#,
        ),
        (
            r#"match x:
    case 1 | -2 | 1+2j | -1-2j | 'a' | None | True:
        pass
    case [a, *b, _] if a: pass
    case (a, b) | (a,) | () | [*_]: pass
"#,
            r#"Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15), MatchValue(value=BinOp(left=Constant(value=1, lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), op=Add(), right=Constant(value=2j, lineno=2, col_offset=20, end_lineno=2, end_col_offset=22), lineno=2, col_offset=18, end_lineno=2, end_col_offset=22), lineno=2, col_offset=18, end_lineno=2, end_col_offset=22), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=2, col_offset=26, end_lineno=2, end_col_offset=27), lineno=2, col_offset=25, end_lineno=2, end_col_offset=27), op=Sub(), right=Constant(value=2j, lineno=2, col_offset=28, end_lineno=2, end_col_offset=30), lineno=2, col_offset=25, end_lineno=2, end_col_offset=30), lineno=2, col_offset=25, end_lineno=2, end_col_offset=30), MatchValue(value=Constant(value='a', lineno=2, col_offset=33, end_lineno=2, end_col_offset=36), lineno=2, col_offset=33, end_lineno=2, end_col_offset=36), MatchSingleton(value=None, lineno=2, col_offset=39, end_lineno=2, end_col_offset=43), MatchSingleton(value=True, lineno=2, col_offset=46, end_lineno=2, end_col_offset=50)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=50), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), MatchStar(name='b', lineno=4, col_offset=13, end_lineno=4, end_col_offset=15), MatchAs(lineno=4, col_offset=17, end_lineno=4, end_col_offset=18)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=19), guard=Name(id='a', ctx=Load(), lineno=4, col_offset=23, end_lineno=4, end_col_offset=24), body=[Pass(lineno=4, col_offset=26, end_lineno=4, end_col_offset=30)]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a', lineno=5, col_offset=10, end_lineno=5, end_col_offset=11), MatchAs(name='b', lineno=5, col_offset=13, end_lineno=5, end_col_offset=14)], lineno=5, col_offset=9, end_lineno=5, end_col_offset=15), MatchSequence(patterns=[MatchAs(name='a', lineno=5, col_offset=19, end_lineno=5, end_col_offset=20)], lineno=5, col_offset=18, end_lineno=5, end_col_offset=22), MatchSequence(lineno=5, col_offset=25, end_lineno=5, end_col_offset=27), MatchSequence(patterns=[MatchStar(lineno=5, col_offset=31, end_lineno=5, end_col_offset=33)], lineno=5, col_offset=30, end_lineno=5, end_col_offset=34)], lineno=5, col_offset=9, end_lineno=5, end_col_offset=34), body=[Pass(lineno=5, col_offset=36, end_lineno=5, end_col_offset=40)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=40)])"#,
        ),
        (
            r#"match x:
    case {1: a, 'b': c, **rest}: pass
    case {x.y: z}: pass
    case Point(x=0, y=_) | Point(1, z=3) | a.b.C(): pass
    case (a as b) as c: pass
"#,
            r#"Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), Constant(value='b', lineno=2, col_offset=16, end_lineno=2, end_col_offset=19)], patterns=[MatchAs(name='a', lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), MatchAs(name='c', lineno=2, col_offset=21, end_lineno=2, end_col_offset=22)], rest='rest', lineno=2, col_offset=9, end_lineno=2, end_col_offset=31), body=[Pass(lineno=2, col_offset=33, end_lineno=2, end_col_offset=37)]), match_case(pattern=MatchMapping(keys=[Attribute(value=Name(id='x', ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), attr='y', ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=13)], patterns=[MatchAs(name='z', lineno=3, col_offset=15, end_lineno=3, end_col_offset=16)], lineno=3, col_offset=9, end_lineno=3, end_col_offset=17), body=[Pass(lineno=3, col_offset=19, end_lineno=3, end_col_offset=23)]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load(), lineno=4, col_offset=9, end_lineno=4, end_col_offset=14), kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=4, col_offset=17, end_lineno=4, end_col_offset=18), lineno=4, col_offset=17, end_lineno=4, end_col_offset=18), MatchAs(lineno=4, col_offset=22, end_lineno=4, end_col_offset=23)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=24), MatchClass(cls=Name(id='Point', ctx=Load(), lineno=4, col_offset=27, end_lineno=4, end_col_offset=32), patterns=[MatchValue(value=Constant(value=1, lineno=4, col_offset=33, end_lineno=4, end_col_offset=34), lineno=4, col_offset=33, end_lineno=4, end_col_offset=34)], kwd_attrs=['z'], kwd_patterns=[MatchValue(value=Constant(value=3, lineno=4, col_offset=38, end_lineno=4, end_col_offset=39), lineno=4, col_offset=38, end_lineno=4, end_col_offset=39)], lineno=4, col_offset=27, end_lineno=4, end_col_offset=40), MatchClass(cls=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=4, col_offset=43, end_lineno=4, end_col_offset=44), attr='b', ctx=Load(), lineno=4, col_offset=43, end_lineno=4, end_col_offset=46), attr='C', ctx=Load(), lineno=4, col_offset=43, end_lineno=4, end_col_offset=48), lineno=4, col_offset=43, end_lineno=4, end_col_offset=50)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=50), body=[Pass(lineno=4, col_offset=52, end_lineno=4, end_col_offset=56)]), match_case(pattern=MatchAs(pattern=MatchAs(pattern=MatchAs(name='a', lineno=5, col_offset=10, end_lineno=5, end_col_offset=11), name='b', lineno=5, col_offset=10, end_lineno=5, end_col_offset=16), name='c', lineno=5, col_offset=9, end_lineno=5, end_col_offset=22), body=[Pass(lineno=5, col_offset=24, end_lineno=5, end_col_offset=28)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=28)])"#,
        ),
        (
            r#"match a, *b:
    case 1, 2: pass
"#,
            r#"Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchValue(value=Constant(value=2, lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=13), body=[Pass(lineno=2, col_offset=15, end_lineno=2, end_col_offset=19)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=19)])"#,
        ),
        (
            r#"match = 1
match(x)
case = 2
"#,
            r#"Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='case', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4)], value=Constant(value=2, lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)])"#,
        ),
        (
            r#"type X = int
type Y[T, *Ts, **P] = list[T]
type = 1
"#,
            r#"Module(body=[TypeAlias(name=Name(id='X', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), TypeAlias(name=Name(id='Y', ctx=Store(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), type_params=[TypeVar(name='T', lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), TypeVarTuple(name='Ts', lineno=2, col_offset=10, end_lineno=2, end_col_offset=13), ParamSpec(name='P', lineno=2, col_offset=15, end_lineno=2, end_col_offset=18)], value=Subscript(value=Name(id='list', ctx=Load(), lineno=2, col_offset=22, end_lineno=2, end_col_offset=26), slice=Name(id='T', ctx=Load(), lineno=2, col_offset=27, end_lineno=2, end_col_offset=28), ctx=Load(), lineno=2, col_offset=22, end_lineno=2, end_col_offset=29), lineno=2, col_offset=0, end_lineno=2, end_col_offset=29), Assign(targets=[Name(id='type', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4)], value=Constant(value=1, lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)])"#,
        ),
    ];

    fn krait(src: &str) -> String {
        match parse_module(src.as_bytes(), "<test>") {
            Ok(m) => crate::ast::dump(
                &m,
                &DumpOptions {
                    include_attributes: true,
                    indent: None,
                },
            ),
            Err(e) => format!(
                "{}: {} ({}, {}, {}, {})",
                e.error_type.name(),
                e.msg,
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            ),
        }
    }

    #[test]
    fn statements_match_cpython() {
        let mut failures = Vec::new();
        for (src, expected) in CASES {
            let actual = krait(src);
            if actual != *expected {
                failures.push(format!("source {src:?}\n  expected {expected}\n  actual   {actual}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} differ:\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
    }

    const MODE_CASES: &[(&str, &str, &str)] = &[
        (
            "eval",
            "a, b\n\n",
            r#"Expression(body=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4))"#,
        ),
        (
            "eval",
            "x if y else z",
            r#"Expression(body=IfExp(test=Name(id='y', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=Name(id='z', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13))"#,
        ),
        (
            "eval",
            "(1,)",
            r#"Expression(body=Tuple(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4))"#,
        ),
        (
            "func_type",
            "(int, *str, **dict) -> None",
            r#"FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Name(id='str', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Name(id='dict', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18)], returns=Constant(value=None, lineno=1, col_offset=23, end_lineno=1, end_col_offset=27))"#,
        ),
        (
            "func_type",
            "() -> int\n",
            r#"FunctionType(returns=Name(id='int', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9))"#,
        ),
        (
            "func_type",
            "(a, b) -> c",
            r#"FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11))"#,
        ),
        (
            "func_type",
            "(*a) -> c",
            r#"FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9))"#,
        ),
        (
            "func_type",
            "(**a) -> c",
            r#"FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))"#,
        ),
        (
            "func_type",
            "(a, **b) -> c",
            r#"FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13))"#,
        ),
    ];

    #[test]
    fn eval_and_func_type_match_cpython() {
        for (mode, src, expected) in MODE_CASES {
            let mut parser = crate::parser::Parser::new(src);
            let tree = if *mode == "eval" {
                parser.eval_input()
            } else {
                parser.func_type()
            };
            let actual = tree
                .map(|m| {
                    crate::ast::dump(
                        &m,
                        &DumpOptions {
                            include_attributes: true,
                            indent: None,
                        },
                    )
                })
                .unwrap_or_default();
            assert_eq!(actual, *expected, "{mode} {src:?}");
        }
    }
}
