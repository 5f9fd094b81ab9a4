//! Pass one of the symbol table: walk the AST, create the blocks, record what each name
//! does in each block, and raise the errors CPython raises while walking
//! (`symtable_visit_*` in `symtable.c`, visiting children in the same order).

use super::flags::*;
use super::{BlockType, ComprehensionKind, ScopeKey, SymbolTable, Table, TableId, mangle};
use crate::error::{CompileError, syntax_error};
use crate::future::{FutureFeatures, docstring};
use super::FxIndexMap as IndexMap;
use krait_syntax::ast::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

type Res = Result<(), CompileError>;

const MODULE_RANGE: Range = Range { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/// Runs pass one over a module.
pub(super) fn build(module: &Mod, future: &FutureFeatures) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        tables: Vec::new(),
        keys: HashMap::default(),
        stack: Vec::new(),
        private: None,
        future: *future,
        mangled_sets: Vec::new(),
    };
    let top = b.new_table("top", BlockType::Module, ScopeKey::Module, MODULE_RANGE);
    b.enter_existing(top, true);
    match module {
        Mod::Module(m) => {
            b.tables[0].has_docstring = docstring(&m.body).is_some();
            b.visit_body(&m.body)?;
        }
        Mod::Interactive(m) => b.visit_body(&m.body)?,
        Mod::Expression(m) => b.visit_expr(&m.body)?,
        Mod::FunctionType(_) => {}
    }
    b.exit_block();
    Ok(SymbolTable { tables: b.tables, future: *future, keys: b.keys, mangled_sets: b.mangled_sets })
}

struct Builder<'a> {
    tables: Vec<Table>,
    keys: HashMap<ScopeKey, TableId>,
    stack: Vec<TableId>,
    /// The name of the class whose body (or type parameters) is being visited.
    private: Option<&'a str>,
    future: FutureFeatures,
    /// The sets of names to mangle in a generic class's type-parameter scope, shared (by
    /// index) with the blocks nested in it, as CPython shares the set object.
    mangled_sets: Vec<HashSet<String>>,
}

impl<'a> Builder<'a> {
    // ------------------------------------------------------------------------------------
    // Blocks

    fn cur_id(&self) -> TableId {
        self.stack.last().copied().unwrap_or(TableId::MODULE)
    }

    fn cur(&self) -> &Table {
        &self.tables[self.cur_id().index()]
    }

    fn cur_mut(&mut self) -> &mut Table {
        let id = self.cur_id();
        &mut self.tables[id.index()]
    }

    /// `ste_new`.
    fn new_table(&mut self, name: &str, block_type: BlockType, key: ScopeKey, range: Range) -> TableId {
        let (nested, method) = match self.stack.last() {
            Some(parent) => {
                let p = &self.tables[parent.index()];
                (
                    p.nested || p.block_type.is_function_like(),
                    p.block_type == BlockType::Class && block_type == BlockType::Function,
                )
            }
            None => (false, false),
        };
        let id = TableId(self.tables.len() as u32);
        self.tables.push(Table {
            name: name.to_string(),
            block_type,
            range,
            symbols: IndexMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            annotation_block: None,
            comprehension: ComprehensionKind::None,
            nested,
            generator: false,
            coroutine: false,
            annotations_used: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            can_see_class_scope: false,
            has_docstring: false,
            method,
            has_conditional_annotations: false,
            directives: Vec::new(),
            mangled_names: None,
            scope_info: None,
            comp_iter_target: false,
            comp_iter_expr: 0,
            in_conditional_block: false,
            in_unevaluated_annotation: false,
        });
        self.keys.insert(key, id);
        id
    }

    /// `symtable_enter_existing_block`.
    fn enter_existing(&mut self, id: TableId, add_to_children: bool) {
        let prev = self.stack.last().copied();
        self.stack.push(id);
        if let Some(prev) = prev {
            let (iter_expr, mangled) = {
                let p = &self.tables[prev.index()];
                (p.comp_iter_expr, p.mangled_names)
            };
            let t = &mut self.tables[id.index()];
            t.comp_iter_expr = iter_expr;
            if mangled.is_some() && t.block_type != BlockType::Class {
                t.mangled_names = mangled;
            }
        }
        // Under `from __future__ import annotations` annotation scopes exist but are no
        // one's children: the compiler turns annotations into strings instead.
        if self.future.annotations() && self.tables[id.index()].block_type == BlockType::Annotation {
            return;
        }
        if add_to_children && let Some(prev) = prev {
            self.tables[prev.index()].children.push(id);
        }
    }

    /// `symtable_enter_block`.
    fn enter_block(&mut self, name: &str, block_type: BlockType, key: ScopeKey, range: Range) -> Res {
        let id = self.new_table(name, block_type, key, range);
        self.enter_existing(id, true);
        if matches!(block_type, BlockType::Annotation | BlockType::TypeVariable | BlockType::TypeAlias) {
            self.add_def(".format", DEF_PARAM, range)?;
            self.add_def(".format", USE, range)?;
        }
        Ok(())
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    // ------------------------------------------------------------------------------------
    // Definitions

    /// `_Py_MaybeMangle` for the current block.
    fn maybe_mangle(&self, name: &str) -> String {
        if let Some(set) = self.cur().mangled_names
            && !self.mangled_sets.get(set).is_some_and(|s| s.contains(name))
        {
            return name.to_string();
        }
        mangle(self.private, name)
    }

    fn lookup_in(&self, id: TableId, name: &str) -> u32 {
        let mangled = self.maybe_mangle(name);
        self.tables[id.index()].symbol(&mangled)
    }

    fn lookup(&self, name: &str) -> u32 {
        self.lookup_in(self.cur_id(), name)
    }

    /// `symtable_add_def_helper`: record `flag` for `name` in block `id`.
    fn add_def_in(&mut self, name: &str, flag: u32, id: TableId, range: Range) -> Res {
        let mangled = self.maybe_mangle(name);
        let t = &mut self.tables[id.index()];
        let mut value = match t.symbols.get(&mangled) {
            Some(&old) => {
                if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                    return Err(syntax_error(format!("duplicate argument '{name}' in function definition"), range));
                }
                if flag & DEF_TYPE_PARAM != 0 && old & DEF_TYPE_PARAM != 0 {
                    return Err(syntax_error(format!("duplicate type parameter '{name}'"), range));
                }
                old | flag
            }
            None => flag,
        };
        if t.comp_iter_target {
            if value & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(syntax_error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            value |= DEF_COMP_ITER;
        }
        t.symbols.insert(mangled.clone(), value);
        if flag & DEF_PARAM != 0 {
            t.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let globals = &mut self.tables[TableId::MODULE.index()].symbols;
            let old = globals.get(&mangled).copied().unwrap_or(0);
            globals.insert(mangled, old | flag);
        }
        Ok(())
    }

    /// `check_name`: `__debug__` can be neither assigned nor deleted.
    fn check_name(name: &str, range: Range, ctx: ExprContext) -> Res {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(syntax_error("cannot assign to __debug__", range)),
                ExprContext::Del => return Err(syntax_error("cannot delete __debug__", range)),
                ExprContext::Load => {}
            }
        }
        Ok(())
    }

    /// `symtable_add_def_ctx`.
    fn add_def_ctx(&mut self, name: &str, flag: u32, range: Range, ctx: ExprContext) -> Res {
        if flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT) != 0 {
            Self::check_name(name, range, ctx)?;
        }
        if flag & DEF_TYPE_PARAM != 0
            && let Some(set) = self.cur().mangled_names
            && let Some(set) = self.mangled_sets.get_mut(set)
        {
            set.insert(name.to_string());
        }
        self.add_def_in(name, flag, self.cur_id(), range)
    }

    /// `symtable_add_def`.
    fn add_def(&mut self, name: &str, flag: u32, range: Range) -> Res {
        let ctx = if flag == USE { ExprContext::Load } else { ExprContext::Store };
        self.add_def_ctx(name, flag, range, ctx)
    }

    fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = self.maybe_mangle(name);
        self.cur_mut().directives.push((mangled, range));
    }

    /// `symtable_enter_type_param_block`.
    fn enter_type_param_block(
        &mut self,
        name: &str,
        key: ScopeKey,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        range: Range,
    ) -> Res {
        let current = self.cur().block_type;
        self.enter_block(name, BlockType::TypeParameters, key, range)?;
        if current == BlockType::Class {
            self.cur_mut().can_see_class_scope = true;
            self.add_def("__classdict__", USE, range)?;
        }
        if is_class {
            self.add_def(".type_params", DEF_LOCAL, range)?;
            self.add_def(".type_params", USE, range)?;
            self.add_def(".generic_base", DEF_LOCAL, range)?;
            self.add_def(".generic_base", USE, range)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, range)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, range)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------
    // Statements

    fn visit_body(&mut self, body: &'a [Stmt]) -> Res {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &'a [Expr]) -> Res {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn conditional(&mut self, f: impl FnOnce(&mut Self) -> Res) -> Res {
        let saved = self.cur().in_conditional_block;
        self.cur_mut().in_conditional_block = true;
        let result = f(self);
        self.cur_mut().in_conditional_block = saved;
        result
    }

    fn visit_stmt(&mut self, s: &'a Stmt) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> Res {
        match s {
            Stmt::FunctionDef(f) => self.visit_function(
                s,
                &f.name,
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                &f.type_params,
                false,
                f.range,
            ),
            Stmt::AsyncFunctionDef(f) => self.visit_function(
                s,
                &f.name,
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                &f.type_params,
                true,
                f.range,
            ),
            Stmt::ClassDef(c) => self.visit_class(s, c),
            Stmt::TypeAlias(t) => {
                self.visit_expr(&t.name)?;
                let name: &str = match &*t.name {
                    Expr::Name(n) => &n.id,
                    _ => "",
                };
                let is_in_class = self.cur().block_type == BlockType::Class;
                let is_generic = !t.type_params.is_empty();
                if is_generic {
                    self.enter_type_param_block(
                        name,
                        ScopeKey::TypeParams(t.type_params.as_ptr() as usize),
                        false,
                        false,
                        false,
                        t.range,
                    )?;
                    t.type_params.iter().try_for_each(|tp| self.visit_type_param(tp))?;
                }
                self.enter_block(name, BlockType::TypeAlias, ScopeKey::node(s), t.range)?;
                self.cur_mut().can_see_class_scope = is_in_class;
                if is_in_class {
                    self.add_def("__classdict__", USE, t.value.range())?;
                }
                self.visit_expr(&t.value)?;
                self.exit_block();
                if is_generic {
                    self.exit_block();
                }
                Ok(())
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                    self.cur_mut().returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(d) => self.visit_exprs(&d.targets),
            Stmt::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a),
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.conditional(|b| {
                    b.visit_body(&f.body)?;
                    b.visit_body(&f.orelse)
                })
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.conditional(|b| {
                    b.visit_body(&w.body)?;
                    b.visit_body(&w.orelse)
                })
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.conditional(|b| {
                    b.visit_body(&i.body)?;
                    b.visit_body(&i.orelse)
                })
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                self.conditional(|b| {
                    for case in &m.cases {
                        b.visit_pattern(&case.pattern)?;
                        if let Some(g) = &case.guard {
                            b.visit_expr(g)?;
                        }
                        b.visit_body(&case.body)?;
                    }
                    Ok(())
                })
            }
            Stmt::Raise(r) => {
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = &r.cause {
                        self.visit_expr(cause)?;
                    }
                }
                Ok(())
            }
            Stmt::Try(StmtTry { body, handlers, orelse, finalbody, .. })
            | Stmt::TryStar(StmtTryStar { body, handlers, orelse, finalbody, .. }) => self.conditional(|b| {
                b.visit_body(body)?;
                for h in handlers {
                    if let Some(t) = &h.r#type {
                        b.visit_expr(t)?;
                    }
                    if let Some(name) = &h.name {
                        b.add_def(name, DEF_LOCAL, h.range)?;
                    }
                    b.visit_body(&h.body)?;
                }
                b.visit_body(orelse)?;
                b.visit_body(finalbody)
            }),
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
                Ok(())
            }
            Stmt::Import(i) => i.names.iter().try_for_each(|a| self.visit_alias(a)),
            Stmt::ImportFrom(i) => {
                i.names.iter().try_for_each(|a| self.visit_alias(a))?;
                self.check_import_from(i)
            }
            Stmt::Global(g) => self.visit_global_or_nonlocal(&g.names, g.range, true),
            Stmt::Nonlocal(n) => self.visit_global_or_nonlocal(&n.names, n.range, false),
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::With(w) => self.conditional(|b| {
                b.visit_with_items(&w.items)?;
                b.visit_body(&w.body)
            }),
            Stmt::AsyncWith(w) => {
                self.maybe_set_module_coroutine();
                self.raise_if_not_coroutine("'async with' outside async function", w.range)?;
                self.conditional(|b| {
                    b.visit_with_items(&w.items)?;
                    b.visit_body(&w.body)
                })
            }
            Stmt::AsyncFor(f) => {
                self.maybe_set_module_coroutine();
                self.raise_if_not_coroutine("'async for' outside async function", f.range)?;
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.conditional(|b| {
                    b.visit_body(&f.body)?;
                    b.visit_body(&f.orelse)
                })
            }
        }
    }

    fn visit_with_items(&mut self, items: &'a [WithItem]) -> Res {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            if let Some(v) = &item.optional_vars {
                self.visit_expr(v)?;
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        type_params: &'a [TypeParam],
        is_async: bool,
        range: Range,
    ) -> Res {
        self.add_def(name, DEF_LOCAL, range)?;
        self.visit_exprs(&args.defaults)?;
        args.kw_defaults.iter().flatten().try_for_each(|e| self.visit_expr(e))?;
        self.visit_exprs(decorators)?;
        if !type_params.is_empty() {
            // CPython tests `args->defaults != NULL`, which the parser always makes true.
            let has_kwdefaults = args.kw_defaults.iter().any(Option::is_some);
            self.enter_type_param_block(
                name,
                ScopeKey::TypeParams(type_params.as_ptr() as usize),
                true,
                has_kwdefaults,
                false,
                range,
            )?;
            type_params.iter().try_for_each(|tp| self.visit_type_param(tp))?;
        }
        let function = self.new_table(name, BlockType::Function, ScopeKey::node(s), range);
        self.tables[function.index()].has_docstring = docstring(body).is_some();
        self.visit_annotations(range, args, returns)?;
        self.enter_existing(function, true);
        if is_async {
            self.cur_mut().coroutine = true;
        }
        self.visit_arguments(args)?;
        self.visit_body(body)?;
        self.exit_block();
        if !type_params.is_empty() {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_class(&mut self, s: &'a Stmt, c: &'a StmtClassDef) -> Res {
        self.add_def(&c.name, DEF_LOCAL, c.range)?;
        self.visit_exprs(&c.decorator_list)?;
        let saved_private = self.private;
        if !c.type_params.is_empty() {
            self.enter_type_param_block(
                &c.name,
                ScopeKey::TypeParams(c.type_params.as_ptr() as usize),
                false,
                false,
                true,
                c.range,
            )?;
            self.private = Some(&c.name);
            self.mangled_sets.push(HashSet::default());
            self.cur_mut().mangled_names = Some(self.mangled_sets.len() - 1);
            c.type_params.iter().try_for_each(|tp| self.visit_type_param(tp))?;
        }
        self.visit_exprs(&c.bases)?;
        self.check_keywords(&c.keywords)?;
        c.keywords.iter().try_for_each(|k| self.visit_expr(&k.value))?;
        self.enter_block(&c.name, BlockType::Class, ScopeKey::node(s), c.range)?;
        self.private = Some(&c.name);
        if !c.type_params.is_empty() {
            self.add_def("__type_params__", DEF_LOCAL, c.range)?;
            self.add_def(".type_params", USE, c.range)?;
        }
        if docstring(&c.body).is_some() {
            self.cur_mut().has_docstring = true;
        }
        self.visit_body(&c.body)?;
        self.exit_block();
        if !c.type_params.is_empty() {
            self.exit_block();
        }
        self.private = saved_private;
        Ok(())
    }

    fn visit_ann_assign(&mut self, a: &'a StmtAnnAssign) -> Res {
        self.cur_mut().annotations_used = true;
        if let Expr::Name(name) = &*a.target {
            let cur = self.lookup(&name.id);
            let is_module = self.cur_id() == TableId::MODULE;
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && a.simple != 0 {
                let msg = if cur & DEF_GLOBAL != 0 {
                    format!("annotated name '{}' can't be global", name.id)
                } else {
                    format!("annotated name '{}' can't be nonlocal", name.id)
                };
                return Err(syntax_error(msg, a.range));
            }
            if a.simple != 0 {
                self.add_def(&name.id, DEF_ANNOT | DEF_LOCAL, name.range)?;
            } else if a.value.is_some() {
                self.add_def(&name.id, DEF_LOCAL, name.range)?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        let key = ScopeKey::Annotations(self.cur_id());
        self.visit_annotation(&a.annotation, key)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn visit_global_or_nonlocal(&mut self, names: &'a [Identifier], range: Range, global: bool) -> Res {
        let what = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(syntax_error(msg, range));
            }
            self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, range)?;
            self.record_directive(name, range);
        }
        Ok(())
    }

    fn check_import_from(&self, i: &StmtImportFrom) -> Res {
        if i.level == Some(0) && i.module.as_deref() == Some("__future__") {
            // CPython compares with the last leading future import's location, (-1, ...)
            // when there is none.
            let (line, end_line, end_col) = match self.future.location {
                Some(r) => (i64::from(r.lineno), i64::from(r.end_lineno), i64::from(r.end_col_offset)),
                None => (-1, -1, -1),
            };
            let lineno = i64::from(i.range.lineno);
            if lineno > line || (lineno == end_line && i64::from(i.range.col_offset) > end_col) {
                return Err(syntax_error("from __future__ imports must occur at the beginning of the file", i.range));
            }
        }
        Ok(())
    }

    fn allows_top_level_await(&self) -> bool {
        self.future.allow_top_level_await() && self.cur().block_type == BlockType::Module
    }

    fn maybe_set_module_coroutine(&mut self) {
        if self.allows_top_level_await() {
            self.cur_mut().coroutine = true;
        }
    }

    fn raise_if_not_coroutine(&self, msg: &str, range: Range) -> Res {
        if !self.cur().coroutine {
            return Err(syntax_error(msg, range));
        }
        Ok(())
    }

    fn is_async_def(&self) -> bool {
        let t = self.cur();
        t.block_type == BlockType::Function && t.coroutine
    }

    fn visit_alias(&mut self, a: &'a Alias) -> Res {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.cur().block_type != BlockType::Module {
                return Err(syntax_error("import * only allowed at module level", a.range));
            }
            return Ok(());
        }
        let store_name = match name.find('.') {
            Some(dot) => &name[..dot],
            None => name,
        };
        self.add_def(store_name, DEF_IMPORT, a.range)
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> Res {
        for k in keywords {
            if let Some(arg) = &k.arg {
                Self::check_name(arg, k.range, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------
    // Annotations, arguments, type parameters

    /// `symtable_visit_annotation`: an annotated assignment's annotation.
    fn visit_annotation(&mut self, annotation: &'a Expr, key: ScopeKey) -> Res {
        let cur = self.cur();
        let is_unevaluated = cur.block_type == BlockType::Function;
        if ((cur.block_type == BlockType::Class && cur.in_conditional_block) || cur.block_type == BlockType::Module)
            && !cur.has_conditional_annotations
        {
            self.cur_mut().has_conditional_annotations = true;
            self.add_def("__conditional_annotations__", USE, annotation.range())?;
        }
        let parent = self.cur_id();
        match self.tables[parent.index()].annotation_block {
            None => {
                let parent_type = self.cur().block_type;
                self.enter_block("__annotate__", BlockType::Annotation, key, annotation.range())?;
                let block = self.cur_id();
                self.tables[parent.index()].annotation_block = Some(block);
                if parent_type == BlockType::Class && !self.future.annotations() {
                    self.cur_mut().can_see_class_scope = true;
                    self.tables[parent.index()].needs_classdict = true;
                    self.add_def("__classdict__", USE, annotation.range())?;
                }
            }
            Some(block) => self.enter_existing(block, false),
        }
        if is_unevaluated {
            self.cur_mut().in_unevaluated_annotation = true;
        }
        let result = self.visit_expr(annotation);
        if is_unevaluated {
            self.cur_mut().in_unevaluated_annotation = false;
        }
        self.exit_block();
        result
    }

    /// `symtable_visit_annotations`: a function's parameter and return annotations.
    fn visit_annotations(&mut self, range: Range, a: &'a Arguments, returns: Option<&'a Expr>) -> Res {
        let is_in_class = self.cur().can_see_class_scope;
        let current = self.cur().block_type;
        self.enter_block("__annotate__", BlockType::Annotation, ScopeKey::node(a), range)?;
        if is_in_class || current == BlockType::Class {
            self.cur_mut().can_see_class_scope = true;
            self.add_def("__classdict__", USE, range)?;
        }
        let annotations = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .filter_map(|arg| arg.annotation.as_deref())
            .chain(a.vararg.as_ref().and_then(|v| v.annotation.as_deref()))
            .chain(a.kwarg.as_ref().and_then(|v| v.annotation.as_deref()))
            .chain(a.kwonlyargs.iter().filter_map(|arg| arg.annotation.as_deref()))
            .chain(returns);
        for annotation in annotations {
            self.cur_mut().annotations_used = true;
            self.visit_expr(annotation)?;
        }
        self.exit_block();
        Ok(())
    }

    fn visit_arguments(&mut self, a: &'a Arguments) -> Res {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.range)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.range)?;
            self.cur_mut().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.range)?;
            self.cur_mut().varkeywords = true;
        }
        Ok(())
    }

    fn visit_type_param(&mut self, tp: &'a TypeParam) -> Res {
        match tp {
            TypeParam::TypeVar(t) => {
                self.add_def(&t.name, DEF_TYPE_PARAM | DEF_LOCAL, t.range)?;
                let info = t
                    .bound
                    .as_deref()
                    .map(|b| if matches!(b, Expr::Tuple(_)) { "a TypeVar constraint" } else { "a TypeVar bound" });
                self.visit_bound_or_default(t.bound.as_deref(), &t.name, t.range, ScopeKey::node(tp), info)?;
                self.visit_bound_or_default(
                    t.default_value.as_deref(),
                    &t.name,
                    t.range,
                    ScopeKey::TypeParamDefault(tp as *const TypeParam as usize),
                    Some("a TypeVar default"),
                )
            }
            TypeParam::TypeVarTuple(t) => {
                self.add_def(&t.name, DEF_TYPE_PARAM | DEF_LOCAL, t.range)?;
                self.visit_bound_or_default(
                    t.default_value.as_deref(),
                    &t.name,
                    t.range,
                    ScopeKey::node(tp),
                    Some("a TypeVarTuple default"),
                )
            }
            TypeParam::ParamSpec(t) => {
                self.add_def(&t.name, DEF_TYPE_PARAM | DEF_LOCAL, t.range)?;
                self.visit_bound_or_default(
                    t.default_value.as_deref(),
                    &t.name,
                    t.range,
                    ScopeKey::node(tp),
                    Some("a ParamSpec default"),
                )
            }
        }
    }

    fn visit_bound_or_default(
        &mut self,
        e: Option<&'a Expr>,
        name: &str,
        tp_range: Range,
        key: ScopeKey,
        info: Option<&'static str>,
    ) -> Res {
        if name == "__classdict__" {
            return Err(syntax_error("reserved name '__classdict__' cannot be used for type parameter", tp_range));
        }
        if let Some(e) = e {
            let is_in_class = self.cur().can_see_class_scope;
            self.enter_block(name, BlockType::TypeVariable, key, e.range())?;
            self.cur_mut().can_see_class_scope = is_in_class;
            if is_in_class {
                self.add_def("__classdict__", USE, e.range())?;
            }
            self.cur_mut().scope_info = info;
            self.visit_expr(e)?;
            self.exit_block();
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------
    // Expressions

    fn visit_expr(&mut self, e: &'a Expr) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(e))
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> Res {
        match e {
            Expr::NamedExpr(n) => {
                self.raise_if_annotation_block("named expression", n.range)?;
                self.handle_named_expr(n)
            }
            Expr::BoolOp(b) => self.visit_exprs(&b.values),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => {
                self.visit_exprs(&l.args.defaults)?;
                l.args.kw_defaults.iter().flatten().try_for_each(|d| self.visit_expr(d))?;
                self.enter_block("lambda", BlockType::Function, ScopeKey::node(e), l.range)?;
                self.visit_arguments(&l.args)?;
                self.visit_expr(&l.body)?;
                self.exit_block();
                Ok(())
            }
            Expr::IfExp(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().try_for_each(|k| self.visit_expr(k))?;
                self.visit_exprs(&d.values)
            }
            Expr::Set(s) => self.visit_exprs(&s.elts),
            Expr::GeneratorExp(g) => {
                self.handle_comprehension(e, "genexpr", ComprehensionKind::Generator, &g.generators, &g.elt, None)
            }
            Expr::ListComp(c) => {
                self.handle_comprehension(e, "listcomp", ComprehensionKind::List, &c.generators, &c.elt, None)
            }
            Expr::SetComp(c) => {
                self.handle_comprehension(e, "setcomp", ComprehensionKind::Set, &c.generators, &c.elt, None)
            }
            Expr::DictComp(c) => {
                self.handle_comprehension(e, "dictcomp", ComprehensionKind::Dict, &c.generators, &c.key, Some(&c.value))
            }
            Expr::Yield(y) => {
                self.raise_if_annotation_block("yield expression", y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.after_yield(y.range)
            }
            Expr::YieldFrom(y) => {
                self.raise_if_annotation_block("yield expression", y.range)?;
                self.visit_expr(&y.value)?;
                self.after_yield(y.range)
            }
            Expr::Await(a) => {
                self.raise_if_annotation_block("await expression", a.range)?;
                if !self.allows_top_level_await() {
                    if !self.cur().block_type.is_function_like() {
                        return Err(syntax_error("'await' outside function", a.range));
                    }
                    if !self.is_async_def() && self.cur().comprehension == ComprehensionKind::None {
                        return Err(syntax_error("'await' outside async function", a.range));
                    }
                }
                self.visit_expr(&a.value)?;
                self.cur_mut().coroutine = true;
                Ok(())
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.args)?;
                self.check_keywords(&c.keywords)?;
                c.keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            Expr::FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                if let Some(spec) = &f.format_spec {
                    self.visit_expr(spec)?;
                }
                Ok(())
            }
            Expr::Interpolation(i) => {
                self.visit_expr(&i.value)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_expr(spec)?;
                }
                Ok(())
            }
            Expr::JoinedStr(j) => self.visit_exprs(&j.values),
            Expr::TemplateStr(t) => self.visit_exprs(&t.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => {
                Self::check_name(&a.attr, a.range, a.ctx)?;
                self.visit_expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
            Expr::Name(n) => {
                if !self.cur().in_unevaluated_annotation {
                    let flag = if n.ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                    self.add_def_ctx(&n.id, flag, n.range, n.ctx)?;
                    // `super` counts as a use of `__class__`.
                    if n.ctx == ExprContext::Load && self.cur().block_type.is_function_like() && n.id == "super" {
                        self.add_def("__class__", USE, n.range)?;
                    }
                }
                Ok(())
            }
            Expr::List(l) => self.visit_exprs(&l.elts),
            Expr::Tuple(t) => self.visit_exprs(&t.elts),
        }
    }

    fn after_yield(&mut self, range: Range) -> Res {
        self.cur_mut().generator = true;
        let what = match self.cur().comprehension {
            ComprehensionKind::None => return Ok(()),
            ComprehensionKind::List => "'yield' inside list comprehension",
            ComprehensionKind::Set => "'yield' inside set comprehension",
            ComprehensionKind::Dict => "'yield' inside dict comprehension",
            ComprehensionKind::Generator => "'yield' inside generator expression",
        };
        Err(syntax_error(what, range))
    }

    fn raise_if_annotation_block(&self, what: &str, range: Range) -> Res {
        let t = self.cur();
        let msg = match t.block_type {
            BlockType::Annotation => format!("{what} cannot be used within an annotation"),
            BlockType::TypeVariable => format!("{what} cannot be used within {}", t.scope_info.unwrap_or("")),
            BlockType::TypeAlias => format!("{what} cannot be used within a type alias"),
            BlockType::TypeParameters => format!("{what} cannot be used within the definition of a generic"),
            _ => return Ok(()),
        };
        Err(syntax_error(msg, range))
    }

    fn handle_named_expr(&mut self, n: &'a ExprNamedExpr) -> Res {
        if self.cur().comp_iter_expr > 0 {
            return Err(syntax_error(
                "assignment expression cannot be used in a comprehension iterable expression",
                n.range,
            ));
        }
        if self.cur().comprehension != ComprehensionKind::None {
            self.extend_named_expr_scope(&n.target)?;
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the nearest
    /// enclosing function or module.
    fn extend_named_expr_scope(&mut self, target: &'a Expr) -> Res {
        let Expr::Name(name) = target else { return Ok(()) };
        let (id, range) = (name.id.as_str(), name.range);
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            let t = &self.tables[ste.index()];
            if t.comprehension != ComprehensionKind::None {
                let in_scope = self.lookup_in(ste, id);
                if in_scope & DEF_COMP_ITER != 0 && in_scope & DEF_LOCAL != 0 {
                    return Err(syntax_error(
                        format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                        range,
                    ));
                }
                continue;
            }
            match t.block_type {
                BlockType::Function => {
                    let in_scope = self.lookup_in(ste, id);
                    let flag = if in_scope & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(id, flag, range)?;
                    self.record_directive(id, range);
                    return self.add_def_in(id, DEF_LOCAL, ste, range);
                }
                BlockType::Module => {
                    self.add_def(id, DEF_GLOBAL, range)?;
                    self.record_directive(id, range);
                    return self.add_def_in(id, DEF_GLOBAL, ste, range);
                }
                BlockType::Class => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
                BlockType::TypeParameters => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        range,
                    ));
                }
                BlockType::TypeAlias => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a type alias",
                        range,
                    ));
                }
                BlockType::TypeVariable => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound",
                        range,
                    ));
                }
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &'a Expr,
        scope_name: &str,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Res {
        let is_generator = kind == ComprehensionKind::Generator;
        let Some(outermost) = generators.first() else { return Ok(()) };
        let range = e.range();
        self.cur_mut().comp_iter_expr += 1;
        let result = self.visit_expr(&outermost.iter);
        self.cur_mut().comp_iter_expr -= 1;
        result?;
        self.enter_block(scope_name, BlockType::Function, ScopeKey::node(e), range)?;
        self.cur_mut().comprehension = kind;
        if outermost.is_async != 0 {
            self.cur_mut().coroutine = true;
        }
        let loc = self.cur().range;
        self.add_def(".0", DEF_PARAM, loc)?;
        self.cur_mut().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur_mut().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur_mut().comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.cur_mut().comp_iter_target = false;
            self.cur_mut().comp_iter_expr += 1;
            let result = self.visit_expr(&g.iter);
            self.cur_mut().comp_iter_expr -= 1;
            result?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async != 0 {
                self.cur_mut().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.cur_mut().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit_block();
        if is_async
            && !self.is_async_def()
            && self.cur().comprehension == ComprehensionKind::None
            && !self.allows_top_level_await()
        {
            return Err(syntax_error("asynchronous comprehension outside of an asynchronous function", range));
        }
        if is_async {
            self.cur_mut().coroutine = true;
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------
    // Patterns

    fn visit_pattern(&mut self, p: &'a Pattern) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_pattern_inner(p))
    }

    fn visit_pattern_inner(&mut self, p: &'a Pattern) -> Res {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            Pattern::MatchStar(s) => match &s.name {
                Some(name) => self.add_def(name, DEF_LOCAL, s.range),
                None => Ok(()),
            },
            Pattern::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match &m.rest {
                    Some(rest) => self.add_def(rest, DEF_LOCAL, m.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                c.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                for (attr, pattern) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                    Self::check_name(attr, pattern.range(), ExprContext::Store)?;
                }
                c.kwd_patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                match &a.name {
                    Some(name) => self.add_def(name, DEF_LOCAL, a.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }
}
