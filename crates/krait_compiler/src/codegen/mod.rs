//! Codegen: CPython 3.14's `Python/codegen.c` and the unit stack of `Python/compile.c`.
//! Walks the (preprocessed) AST with the symbol tables and emits, per code unit, an
//! [`InstrSequence`] of real and pseudo instructions plus the unit's metadata; each nested
//! unit is finished (flowgraph + assembler) when it is left, so children are assembled
//! before their parents, exactly as CPython does.
//!
//! The emitted sequence promises CPython's codegen output instruction for instruction
//! (same opcodes, opargs, locations, labels, constant and name order) for the constructs
//! it supports; anything else is a [`CompileError`] saying "krait: codegen does not
//! support X yet", never wrong code. Codegen's own `SyntaxError`s ("'break' outside loop",
//! ...) carry CPython's messages and positions.
//!
//! Split by construct: [`expr`] (expressions, calls, comparisons, conditions),
//! [`stmt`] (statements, loops, imports, fblocks), [`function`] (functions, lambdas,
//! classes), [`exceptions`] (try/with).

mod exceptions;
mod expr;
mod function;
mod patterns;
mod stmt;
mod unparse;

use crate::assemble;
use crate::error::{CompileError, syntax_error};
use crate::flowgraph::{self, cfg::Cfg};
use crate::future::FutureFeatures;
use crate::instr::{InstrSequence, Label, Location, UnitMetadata};
use crate::symtable::{BlockType, Scope, ScopeKey, SymbolTable, TableId, flags as symflags};
use krait_bytecode::code::flags as cf;
use krait_bytecode::opcode::op;
use krait_bytecode::{CodeObject, Constant, PyStr};
use krait_syntax::ast::{self, Range};
use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// `COMPILE_SCOPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    Annotations,
}

/// `COMPILE_FBLOCK_*`.
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FBlockType {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
}

/// What a finally-try block re-emits on unwinding, or a handler's bound name.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FDatum<'a> {
    None,
    Body(&'a [ast::Stmt]),
    Name(&'a str),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockType,
    pub block: Option<Label>,
    pub exit: Option<Label>,
    pub loc: Location,
    pub datum: FDatum<'a>,
}

/// A code unit being compiled (`struct compiler_unit`).
pub(crate) struct Unit<'a> {
    pub table: TableId,
    pub scope_type: ScopeType,
    pub seq: InstrSequence,
    pub meta: UnitMetadata,
    const_keys: HashMap<String, u32>,
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
    pub static_attributes: Option<BTreeSet<String>>,
    /// Symbol values temporarily replaced while an inlined comprehension is compiled.
    pub scope_overrides: HashMap<String, u32>,
    /// Names currently hidden fast locals (`u_fasthidden[k] is True`).
    pub fast_hidden_active: Vec<String>,
    /// Simple annotated assignments of a module or class body, with their conditional
    /// index (-1 when unconditional): `u_deferred_annotations`.
    pub deferred_annotations: Vec<(&'a ast::StmtAnnAssign, i64)>,
    pub next_conditional_annotation_index: i64,
    pub in_conditional_block: u32,
}

/// The compiler (`struct compiler`).
pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub future: &'a FutureFeatures,
    pub filename: String,
    pub optimize: i32,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// Codegen's `SyntaxWarning`s, in emission order.
    pub warnings: Vec<crate::error::CompileWarning>,
    /// Raised while a `finally` body is compiled a second time (`c_disable_warning`).
    pub disable_warning: u32,
}

pub(crate) type Res<T = ()> = Result<T, CompileError>;

/// A "not supported yet" error at a node.
pub(crate) fn unsupported(what: &str, range: Range) -> CompileError {
    syntax_error(format!("krait: codegen does not support {what} yet"), range)
}

pub(crate) fn loc(range: Range) -> Location {
    Location::from_range(range)
}

/// Codegen-only pseudo names of attribute loads (`LOAD_METHOD` etc. in CPython), folded
/// into `LOAD_ATTR`/`LOAD_SUPER_ATTR` opargs by [`Compiler::addop_name`].
pub(crate) const LOAD_METHOD: u16 = 1001;
pub(crate) const LOAD_SUPER_METHOD: u16 = 1002;
pub(crate) const LOAD_ZERO_SUPER_ATTR: u16 = 1003;
pub(crate) const LOAD_ZERO_SUPER_METHOD: u16 = 1004;

pub(crate) const NEXT_LOCATION: Location = Location { lineno: -2, end_lineno: -2, col_offset: -2, end_col_offset: -2 };

/// An AST constant as a code-object constant.
pub(crate) fn ast_const(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::True => Constant::Bool(true),
        ast::Constant::False => Constant::Bool(false),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::int(*i),
        ast::Constant::BigInt(b) => Constant::Int((**b).clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Str(s) => Constant::Str(PyStr::from_literal(s)),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

/// `_PyCode_ConstantKey` as a string: type-aware equality (`1`, `1.0`, `True` differ;
/// `0.0` and `-0.0` differ). Code objects are never merged.
fn const_key(c: &Constant) -> Option<String> {
    fn walk(c: &Constant, out: &mut String) -> bool {
        match c {
            Constant::Code(_) => false,
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                out.push_str(if matches!(c, Constant::Tuple(_)) { "T(" } else { "F(" });
                for i in items {
                    if !walk(i, out) {
                        return false;
                    }
                    out.push(',');
                }
                out.push(')');
                true
            }
            Constant::Float(f) => {
                out.push_str(&format!("f{:x}", f.to_bits()));
                true
            }
            Constant::Complex { real, imag } => {
                out.push_str(&format!("c{:x},{:x}", real.to_bits(), imag.to_bits()));
                true
            }
            other => {
                out.push_str(&format!("{other:?}"));
                true
            }
        }
    }
    let mut s = String::new();
    if walk(c, &mut s) { Some(s) } else { None }
}

/// `_PyCompile_CleanDoc`: expand tabs, strip the first line's leading spaces and the
/// common margin of the following lines.
pub(crate) fn clean_doc(doc: &str) -> String {
    let doc = if doc.contains('\t') { expandtabs(doc) } else { doc.to_string() };
    let lines: Vec<&str> = doc.split('\n').collect();
    let mut margin = usize::MAX;
    for line in lines.iter().skip(1) {
        let spaces = line.bytes().take_while(|&b| b == b' ').count();
        if spaces < line.len() {
            margin = margin.min(spaces);
        }
    }
    if margin == usize::MAX {
        margin = 0;
    }
    let mut out = String::with_capacity(doc.len());
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            out.push_str(line.trim_start_matches(' '));
        } else {
            out.push('\n');
            let spaces = line.bytes().take_while(|&b| b == b' ').count();
            out.push_str(&line[spaces.min(margin)..]);
        }
    }
    out
}

fn expandtabs(s: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for ch in s.chars() {
        match ch {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(ch);
                col = 0;
            }
            _ => {
                out.push(ch);
                col += 1;
            }
        }
    }
    out
}

/// `_PyAST_GetDocString`: the first statement's string constant.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub fn ste(&self) -> &'a crate::symtable::Table {
        self.st.table(self.ur().table)
    }

    pub fn addop(&mut self, opcode: u16, oparg: u32, loc: Location) {
        self.u().seq.emit(opcode, oparg, loc);
    }

    pub fn addop0(&mut self, opcode: u16, loc: Location) {
        self.u().seq.emit(opcode, 0, loc);
    }

    pub fn jump(&mut self, opcode: u16, label: Label, loc: Location) {
        self.u().seq.emit(opcode, label.0, loc);
    }

    pub fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }

    pub fn use_label(&mut self, label: Label) {
        self.u().seq.bind(label);
    }

    /// `_PyCompile_AddConst`: the constant's index in the unit.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        let key = const_key(&c);
        if let Some(k) = &key
            && let Some(&i) = u.const_keys.get(k)
        {
            return i;
        }
        if key.is_none()
            && let Some(i) = u.meta.consts.iter().position(|k| matches!(k, Constant::Code(_)) && *k == c)
        {
            // Equal code objects are one dictionary key in CPython's `u_consts`.
            return i as u32;
        }
        let i = u.meta.consts.len() as u32;
        u.meta.consts.push(c);
        if let Some(k) = key {
            u.const_keys.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, c: Constant, loc: Location) {
        let i = self.add_const(c);
        self.addop(op::LOAD_CONST, i, loc);
    }

    pub fn dict_add(list: &mut Vec<String>, name: &str) -> u32 {
        if let Some(i) = list.iter().position(|n| n == name) {
            return i as u32;
        }
        list.push(name.to_string());
        (list.len() - 1) as u32
    }

    pub fn mangle(&self, name: &str) -> String {
        self.st.maybe_mangle(self.ur().table, self.ur().private.as_deref(), name)
    }

    /// `ADDOP_NAME`: the name (mangled) in `co_names`, with the attribute-op encodings.
    pub fn addop_name(&mut self, opcode: u16, name: &str, loc: Location) {
        let mangled = self.mangle(name);
        let mut arg = Self::dict_add(&mut self.u().meta.names, &mangled);
        let opcode = match opcode {
            op::LOAD_ATTR => {
                arg <<= 1;
                op::LOAD_ATTR
            }
            LOAD_METHOD => {
                arg = (arg << 1) | 1;
                op::LOAD_ATTR
            }
            op::LOAD_SUPER_ATTR => {
                arg = (arg << 2) | 2;
                op::LOAD_SUPER_ATTR
            }
            LOAD_SUPER_METHOD => {
                arg = (arg << 2) | 3;
                op::LOAD_SUPER_ATTR
            }
            LOAD_ZERO_SUPER_ATTR => {
                arg <<= 2;
                op::LOAD_SUPER_ATTR
            }
            LOAD_ZERO_SUPER_METHOD => {
                arg = (arg << 2) | 1;
                op::LOAD_SUPER_ATTR
            }
            o => o,
        };
        self.addop(opcode, arg, loc);
    }

    /// `ADDOP_N(..., names)` without mangling (import names etc.).
    pub fn addop_name_raw(&mut self, opcode: u16, name: &str, loc: Location) {
        let arg = Self::dict_add(&mut self.u().meta.names, name);
        self.addop(opcode, arg, loc);
    }

    /// The analysed scope value of a name in the current unit (with inlined
    /// comprehension overrides).
    pub fn symbol(&self, name: &str) -> u32 {
        if let Some(&v) = self.ur().scope_overrides.get(name) {
            return v;
        }
        self.ste().symbol(name)
    }

    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        let v = self.symbol(name);
        match (v >> symflags::SCOPE_OFFSET) & symflags::SCOPE_MASK {
            1 => Some(Scope::Local),
            2 => Some(Scope::GlobalExplicit),
            3 => Some(Scope::GlobalImplicit),
            4 => Some(Scope::Free),
            5 => Some(Scope::Cell),
            _ => None,
        }
    }

    /// `_PyCompile_GetRefType`.
    pub fn ref_type(&self, name: &str) -> Option<Scope> {
        if self.ur().scope_type == ScopeType::Class
            && matches!(name, "__class__" | "__classdict__" | "__conditional_annotations__")
        {
            return Some(Scope::Cell);
        }
        self.scope_of(name)
    }

    /// Index of a cell or free variable in the unit (`u_cellvars`, `u_freevars` offset by
    /// the cell count).
    pub fn deref_index(&self, name: &str, scope: Scope) -> Option<u32> {
        let m = &self.ur().meta;
        if scope == Scope::Cell {
            m.cellvars.iter().position(|n| n == name).map(|i| i as u32)
        } else {
            m.freevars.iter().position(|n| n == name).map(|i| (i + m.cellvars.len()) as u32)
        }
    }

    fn is_function_like(&self) -> bool {
        self.ste().block_type.is_function_like()
    }

    /// `codegen_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: ast::ExprContext, loc: Location) -> Res {
        let mangled = self.mangle(name);
        let scope = self.scope_of(&mangled);
        let is_class = self.ste().block_type == BlockType::Class;
        let in_inlined = self.ur().in_inlined_comp > 0;
        let can_see_class = self.ste().can_see_class_scope;
        enum Kind {
            Fast,
            Deref(Scope),
            Global,
            Name,
        }
        let kind = match scope {
            Some(s @ (Scope::Free | Scope::Cell)) => Kind::Deref(s),
            Some(Scope::Local) => {
                if self.is_function_like() || self.ur().fast_hidden_active.contains(&mangled) {
                    Kind::Fast
                } else {
                    Kind::Name
                }
            }
            Some(Scope::GlobalImplicit) => {
                if self.is_function_like() {
                    Kind::Global
                } else {
                    Kind::Name
                }
            }
            Some(Scope::GlobalExplicit) => Kind::Global,
            None => Kind::Name,
        };
        use ast::ExprContext::*;
        match kind {
            Kind::Fast => {
                let idx = Self::dict_add(&mut self.u().meta.varnames, &mangled);
                let opc = match ctx {
                    Load => op::LOAD_FAST,
                    Store => op::STORE_FAST,
                    Del => op::DELETE_FAST,
                };
                self.addop(opc, idx, loc);
            }
            Kind::Deref(s) => {
                let idx = match self.deref_index(&mangled, s) {
                    Some(i) => i,
                    None => {
                        return Err(unsupported(&format!("the deref of {mangled}"), Range::default()));
                    }
                };
                let opc = match ctx {
                    Load => {
                        if is_class && !in_inlined {
                            self.addop0(op::LOAD_LOCALS, loc);
                            op::LOAD_FROM_DICT_OR_DEREF
                        } else if can_see_class {
                            self.load_classdict_freevar(loc)?;
                            op::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            op::LOAD_DEREF
                        }
                    }
                    Store => op::STORE_DEREF,
                    Del => op::DELETE_DEREF,
                };
                self.addop(opc, idx, loc);
            }
            Kind::Global => {
                let idx = Self::dict_add(&mut self.u().meta.names, &mangled);
                match ctx {
                    Load => {
                        if can_see_class && scope == Some(Scope::GlobalImplicit) {
                            self.load_classdict_freevar(loc)?;
                            self.addop(op::LOAD_FROM_DICT_OR_GLOBALS, idx, loc);
                        } else {
                            self.addop(op::LOAD_GLOBAL, idx << 1, loc);
                        }
                    }
                    Store => self.addop(op::STORE_GLOBAL, idx, loc),
                    Del => self.addop(op::DELETE_GLOBAL, idx, loc),
                }
            }
            Kind::Name => {
                let idx = Self::dict_add(&mut self.u().meta.names, &mangled);
                match ctx {
                    Load => {
                        if is_class && in_inlined {
                            self.addop(op::LOAD_GLOBAL, idx << 1, loc);
                        } else {
                            self.addop(op::LOAD_NAME, idx, loc);
                        }
                    }
                    Store => self.addop(op::STORE_NAME, idx, loc),
                    Del => self.addop(op::DELETE_NAME, idx, loc),
                }
            }
        }
        Ok(())
    }

    fn load_classdict_freevar(&mut self, loc: Location) -> Res {
        match self.deref_index("__classdict__", Scope::Free) {
            Some(i) => {
                self.addop(op::LOAD_DEREF, i, loc);
                Ok(())
            }
            None => Err(unsupported("__classdict__ lookups", Range::default())),
        }
    }

    /// `_PyCompile_EnterScope` + `codegen_enter_scope`.
    #[allow(clippy::too_many_arguments)]
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        key: ScopeKey,
        lineno: i32,
        private: Option<String>,
        counts: (u32, u32, u32),
        range: Range,
    ) -> Res {
        let Some(table) = self.st.lookup(key) else {
            return Err(unsupported("a scope without a symbol table", range));
        };
        let ste = self.st.table(table);
        let mut cells: Vec<String> = ste
            .symbols
            .iter()
            .filter(|(_, v)| {
                (*v >> symflags::SCOPE_OFFSET) & symflags::SCOPE_MASK == Scope::Cell as u32
                    || *v & symflags::DEF_COMP_CELL != 0
            })
            .map(|(k, _)| k.clone())
            .collect();
        cells.sort();
        for (needed, name) in [
            (ste.needs_class_closure, "__class__"),
            (ste.needs_classdict, "__classdict__"),
            (ste.has_conditional_annotations, "__conditional_annotations__"),
        ] {
            if needed && !cells.iter().any(|c| c == name) {
                cells.push(name.into());
            }
        }
        let mut frees: Vec<String> = ste
            .symbols
            .iter()
            .filter(|(_, v)| {
                (*v >> symflags::SCOPE_OFFSET) & symflags::SCOPE_MASK == Scope::Free as u32
                    || *v & symflags::DEF_FREE_CLASS != 0
            })
            .map(|(k, _)| k.clone())
            .collect();
        frees.sort();
        let private = private.or_else(|| self.units.last().and_then(|u| u.private.clone()));
        let meta = UnitMetadata {
            name: name.to_string(),
            qualname: String::new(),
            varnames: ste.varnames.clone(),
            cellvars: cells,
            freevars: frees,
            argcount: counts.0,
            posonlyargcount: counts.1,
            kwonlyargcount: counts.2,
            firstlineno: lineno,
            ..UnitMetadata::default()
        };
        let unit = Unit {
            table,
            scope_type,
            seq: InstrSequence::default(),
            meta,
            const_keys: HashMap::default(),
            private,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            static_attributes: if scope_type == ScopeType::Class { Some(BTreeSet::new()) } else { None },
            scope_overrides: HashMap::default(),
            fast_hidden_active: Vec::new(),
            deferred_annotations: Vec::new(),
            next_conditional_annotation_index: 0,
            in_conditional_block: 0,
        };
        self.units.push(unit);
        if scope_type != ScopeType::Module {
            self.set_qualname();
        } else {
            self.u().meta.qualname = name.to_string();
        }
        let mut l = Location { lineno, end_lineno: lineno, col_offset: 0, end_col_offset: 0 };
        if scope_type == ScopeType::Module {
            l.lineno = 0;
        }
        self.addop(op::RESUME, 0, l);
        if scope_type == ScopeType::Module {
            self.addop0(op::ANNOTATIONS_PLACEHOLDER, l);
        }
        Ok(())
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        let name = self.units[n - 1].meta.name.clone();
        if n < 2 {
            self.units[n - 1].meta.qualname = name;
            return;
        }
        let mut parent = n - 2;
        if self.units[parent].scope_type == ScopeType::Annotations {
            if n == 2 {
                self.units[n - 1].meta.qualname = name;
                return;
            }
            parent = n - 3;
        }
        let st = self.units[n - 1].scope_type;
        let mut force_global = false;
        if matches!(st, ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class) {
            let mangled = crate::symtable::mangle(self.units[parent].private.as_deref(), &name);
            let v = self.st.table(self.units[parent].table).symbol(&mangled);
            if (v >> symflags::SCOPE_OFFSET) & symflags::SCOPE_MASK == Scope::GlobalExplicit as u32 {
                force_global = true;
            }
        }
        let q = if force_global {
            name
        } else {
            let p = &self.units[parent];
            let base = if matches!(p.scope_type, ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda) {
                format!("{}.<locals>", p.meta.qualname)
            } else {
                p.meta.qualname.clone()
            };
            if p.scope_type == ScopeType::Module { name } else { format!("{base}.{name}") }
        };
        self.units[n - 1].meta.qualname = q;
    }

    /// `compute_code_flags`.
    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.block_type.is_function_like() {
            flags |= cf::NEWLOCALS | cf::OPTIMIZED;
            if ste.nested {
                flags |= cf::NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= cf::GENERATOR;
            }
            if ste.generator && ste.coroutine {
                flags |= cf::ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= cf::VARARGS;
            }
            if ste.varkeywords {
                flags |= cf::VARKEYWORDS;
            }
            if ste.has_docstring {
                flags |= cf::HAS_DOCSTRING;
            }
            if ste.method {
                flags |= cf::METHOD;
            }
        }
        if ste.coroutine && !ste.generator {
            flags |= cf::COROUTINE;
        }
        flags | (self.future.flags & 0x1FE_0000)
    }

    /// `_PyCompile_OptimizeAndAssemble` + `_PyCompile_ExitScope`: finishes the current
    /// unit and pops it.
    pub fn finish_unit(&mut self, add_none: bool) -> Res<CodeObject> {
        let flags = self.code_flags();
        if add_none {
            self.load_const(Constant::None, Location::NONE);
        }
        self.addop0(op::RETURN_VALUE, Location::NONE);
        let Some(unit) = self.units.pop() else {
            return Err(syntax_error("krait: codegen unit stack underflow", Range::default()));
        };
        let nparams = self.st.table(unit.table).varnames.len();
        let mut meta = unit.meta;
        let mut consts = std::mem::take(&mut meta.consts);
        let ice = |e: flowgraph::FlowgraphError| syntax_error(format!("krait: flowgraph: {}", e.0), Range::default());
        let mut g = Cfg::from_sequence(&unit.seq);
        flowgraph::optimize_code_unit(&mut g, &mut consts, meta.varnames.len(), nparams, meta.firstlineno)
            .map_err(ice)?;
        let fin = flowgraph::optimized_cfg_to_instructions(&mut g, &meta, flags).map_err(ice)?;
        assemble::assemble(&g, &meta, consts, fin, flags, &self.filename).map_err(ice)
    }

    /// `codegen_make_closure`.
    pub fn make_closure(&mut self, co: CodeObject, mut flags: u32, loc: Location) -> Res {
        let nfree = co.localspluskinds.iter().filter(|k| **k & krait_bytecode::code::kind::FREE != 0).count();
        if nfree > 0 {
            let first = co.localsplusnames.len() - nfree;
            for name in &co.localsplusnames[first..] {
                let name = name.as_str().unwrap_or_default().to_string();
                let rt = self.ref_type(&name).unwrap_or(Scope::Free);
                let rt = if rt == Scope::Cell { Scope::Cell } else { Scope::Free };
                let Some(arg) = self.deref_index(&name, rt) else {
                    return Err(unsupported(&format!("the closure over {name}"), Range::default()));
                };
                self.addop(op::LOAD_CLOSURE, arg, loc);
            }
            flags |= 0x08;
            self.addop(op::BUILD_TUPLE, nfree as u32, loc);
        }
        self.load_const(Constant::Code(Rc::new(co)), loc);
        self.addop0(op::MAKE_FUNCTION, loc);
        for bit in [0x08, 0x04, 0x10, 0x02, 0x01] {
            if flags & bit != 0 {
                self.addop(op::SET_FUNCTION_ATTRIBUTE, bit, loc);
            }
        }
        Ok(())
    }

    pub fn push_fblock(
        &mut self,
        kind: FBlockType,
        block: Option<Label>,
        exit: Option<Label>,
        loc: Location,
        datum: FDatum<'a>,
    ) -> Res {
        if self.ur().fblocks.len() >= 21 {
            return Err(self.error("too many statically nested blocks", loc));
        }
        self.u().fblocks.push(FBlock { kind, block, exit, loc, datum });
        if kind == FBlockType::FinallyEnd {
            self.disable_warning += 1;
        }
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        if let Some(f) = self.u().fblocks.pop()
            && f.kind == FBlockType::FinallyEnd
        {
            self.disable_warning = self.disable_warning.saturating_sub(1);
        }
    }

    /// `_PyCompile_Warn`: a `SyntaxWarning` at a location (none while warnings are off).
    pub fn warn(&mut self, msg: String, loc: Location) {
        if self.disable_warning > 0 {
            return;
        }
        let range = Range {
            lineno: loc.lineno.max(0) as u32,
            col_offset: loc.col_offset.max(0) as u32,
            end_lineno: loc.end_lineno.max(0) as u32,
            end_col_offset: loc.end_col_offset.max(0) as u32,
        };
        self.warnings.push(crate::error::CompileWarning { category: "SyntaxWarning", message: msg, range });
    }

    pub fn error(&self, msg: &str, loc: Location) -> CompileError {
        let r = Range {
            lineno: loc.lineno.max(0) as u32,
            col_offset: loc.col_offset.max(0) as u32,
            end_lineno: loc.end_lineno.max(0) as u32,
            end_col_offset: loc.end_col_offset.max(0) as u32,
        };
        syntax_error(msg, r)
    }
}

/// Compiles an analysed module (CPython's `compiler_mod`).
pub(crate) fn compile_mod(
    module: &ast::Mod,
    st: &SymbolTable,
    future: &FutureFeatures,
    filename: &str,
    optimize: i32,
    warnings: &mut Vec<crate::error::CompileWarning>,
) -> Res<CodeObject> {
    let mut c = Compiler {
        st,
        future,
        filename: filename.to_string(),
        optimize,
        units: Vec::new(),
        interactive: false,
        warnings: Vec::new(),
        disable_warning: 0,
    };
    let r = compile_mod_inner(&mut c, module);
    warnings.append(&mut c.warnings);
    r
}

fn compile_mod_inner<'a>(c: &mut Compiler<'a>, module: &'a ast::Mod) -> Res<CodeObject> {
    c.enter_scope("<module>", ScopeType::Module, ScopeKey::Module, 1, None, (0, 0, 0), Range::default())?;
    match module {
        ast::Mod::Module(m) => {
            let start = match m.body.first() {
                Some(s) => loc(s.range()),
                None => Location { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 },
            };
            c.module_body(start, &m.body, false)?;
            c.finish_unit(true)
        }
        ast::Mod::Interactive(m) => {
            c.interactive = true;
            let start = match m.body.first() {
                Some(s) => loc(s.range()),
                None => Location { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 },
            };
            c.module_body(start, &m.body, true)?;
            c.finish_unit(true)
        }
        ast::Mod::Expression(e) => {
            c.visit_expr(&e.body)?;
            c.finish_unit(false)
        }
        ast::Mod::FunctionType(_) => Err(unsupported("function-type modules", Range::default())),
    }
}
