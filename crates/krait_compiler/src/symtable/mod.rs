//! Symbol tables: which scope every name of every block lives in (CPython's
//! `Python/symtable.c`).
//!
//! [`SymbolTable::build`] makes CPython's two passes: a walk over the AST that creates one
//! [`Table`] per block (module, class, function, lambda, comprehension, PEP 649 annotation
//! scope, PEP 695 type-parameter, type-variable and type-alias scopes) and records raw facts
//! per name ([`flags`]), then an analysis that decides each name's [`Scope`] (local, global
//! explicit/implicit, free, cell), inlines comprehensions (PEP 709) and adds the implicit
//! `__class__`, `__classdict__` and `__conditional_annotations__` cells.
//!
//! It promises CPython 3.14's tables: the same blocks in the same child order, the same
//! symbols with the same flag bits (the values `symtable.symtable()` shows), and every
//! `SyntaxError` the symbol table raises, with CPython's message and position and raised at
//! the same point (so the first error is the one CPython reports). [`dump`] writes the
//! canonical text the oracle's `symtable` request writes.

mod analyze;
mod builder;
mod dump;

pub use dump::dump;

use crate::error::CompileError;
use crate::future::FutureFeatures;
/// Insertion-ordered map with a fast non-cryptographic hash (names are not attacker-keyed
/// in a way that matters for a compiler run).
pub type FxIndexMap<K, V> = indexmap::IndexMap<K, V, rustc_hash::FxBuildHasher>;
use FxIndexMap as IndexMap;
use krait_syntax::ast::{Mod, Range};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Raw symbol flags (`DEF_*`, `USE`), as `symtable.c` defines them; the scope is stored above
/// them at [`SCOPE_OFFSET`].
pub mod flags {
    /// `global` statement.
    pub const DEF_GLOBAL: u32 = 1;
    /// Assignment in the block.
    pub const DEF_LOCAL: u32 = 2;
    /// Formal parameter.
    pub const DEF_PARAM: u32 = 4;
    /// `nonlocal` statement.
    pub const DEF_NONLOCAL: u32 = 8;
    /// The name is used.
    pub const USE: u32 = 16;
    /// Free variable of a method with the same name as a class-scope symbol.
    pub const DEF_FREE_CLASS: u32 = 64;
    /// Bound by an import.
    pub const DEF_IMPORT: u32 = 128;
    /// Annotated (`x: int`).
    pub const DEF_ANNOT: u32 = 256;
    /// A comprehension iteration variable.
    pub const DEF_COMP_ITER: u32 = 512;
    /// A type parameter.
    pub const DEF_TYPE_PARAM: u32 = 1024;
    /// A cell in an inlined comprehension.
    pub const DEF_COMP_CELL: u32 = 2048;
    /// Any binding.
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    /// The scope lives in bits 12 and up of a symbol's value.
    pub const SCOPE_OFFSET: u32 = 12;
    pub const SCOPE_MASK: u32 = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
}

/// Where a name lives, once analysed (`LOCAL` .. `CELL` in `symtable.c`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

impl Scope {
    fn from_bits(bits: u32) -> Option<Scope> {
        match bits {
            1 => Some(Scope::Local),
            2 => Some(Scope::GlobalExplicit),
            3 => Some(Scope::GlobalImplicit),
            4 => Some(Scope::Free),
            5 => Some(Scope::Cell),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scope::Local => "LOCAL",
            Scope::GlobalExplicit => "GLOBAL_EXPLICIT",
            Scope::GlobalImplicit => "GLOBAL_IMPLICIT",
            Scope::Free => "FREE",
            Scope::Cell => "CELL",
        }
    }
}

/// The kind of a block (`_Py_block_ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockType {
    Function,
    Class,
    Module,
    /// A PEP 649 `__annotate__` scope.
    Annotation,
    /// The value of `type X = ...` (PEP 695).
    TypeAlias,
    /// The scope holding a generic's type parameters.
    TypeParameters,
    /// The bound, constraints or default of one type parameter.
    TypeVariable,
}

impl BlockType {
    /// The `symtable.SymbolTableType` value.
    pub fn python_name(self) -> &'static str {
        match self {
            BlockType::Function => "function",
            BlockType::Class => "class",
            BlockType::Module => "module",
            BlockType::Annotation => "annotation",
            BlockType::TypeAlias => "type alias",
            BlockType::TypeParameters => "type parameters",
            BlockType::TypeVariable => "type variable",
        }
    }

    /// CPython's `_PyST_IsFunctionLike`: every block but modules and classes.
    pub fn is_function_like(self) -> bool {
        !matches!(self, BlockType::Class | BlockType::Module)
    }
}

/// What kind of comprehension a function block is (`_Py_comprehension_ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ComprehensionKind {
    #[default]
    None,
    List,
    Dict,
    Set,
    Generator,
}

/// Index of a [`Table`] in [`SymbolTable::tables`]; the module is always `TableId(0)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TableId(pub u32);

impl TableId {
    pub const MODULE: TableId = TableId(0);

    fn index(self) -> usize {
        self.0 as usize
    }
}

/// How codegen finds the table of a block: CPython keys them by AST node address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKey {
    /// The module.
    Module,
    /// A `FunctionDef`/`AsyncFunctionDef`/`ClassDef`/`TypeAlias` statement, a `Lambda` or a
    /// comprehension expression, a type parameter (its bound or constraints), or a
    /// function's `Arguments` (its `__annotate__` scope): the node's address.
    Node(usize),
    /// A generic's type-parameter scope: the address of its first type parameter's list.
    TypeParams(usize),
    /// A type parameter's default: the type parameter's address.
    TypeParamDefault(usize),
    /// The `__annotate__` scope of a module or class body (its annotated assignments).
    Annotations(TableId),
}

impl ScopeKey {
    /// The key of a node (by address): the tree must not move between building the table
    /// and looking it up.
    pub fn node<T>(node: &T) -> ScopeKey {
        ScopeKey::Node(node as *const T as usize)
    }
}

/// One block's symbol table (`PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Table {
    pub name: String,
    pub block_type: BlockType,
    /// Position of the block's node (the module's is all zeros).
    pub range: Range,
    /// Name to raw flags plus scope bits, in first-seen order (as CPython's dict).
    pub symbols: IndexMap<String, u32>,
    /// Parameters in order (`ste_varnames`).
    pub varnames: Vec<String>,
    /// Child blocks in CPython's order (inlined comprehensions replaced by their children).
    pub children: Vec<TableId>,
    /// The `__annotate__` scope of this block's annotations, if it has any.
    pub annotation_block: Option<TableId>,
    pub comprehension: ComprehensionKind,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub annotations_used: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub comp_inlined: bool,
    pub can_see_class_scope: bool,
    pub has_docstring: bool,
    /// A function block defined directly in a class body.
    pub method: bool,
    pub has_conditional_annotations: bool,
    // Pass-one state.
    directives: Vec<(String, Range)>,
    mangled_names: Option<usize>,
    scope_info: Option<&'static str>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    in_conditional_block: bool,
    in_unevaluated_annotation: bool,
}

impl Table {
    /// The raw value of a symbol (flags and scope bits), 0 when absent.
    pub fn symbol(&self, name: &str) -> u32 {
        self.symbols.get(name).copied().unwrap_or(0)
    }

    /// The analysed scope of a symbol.
    pub fn scope(&self, name: &str) -> Option<Scope> {
        Scope::from_bits((self.symbol(name) >> flags::SCOPE_OFFSET) & flags::SCOPE_MASK)
    }
}

/// The symbol tables of a module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub tables: Vec<Table>,
    pub future: FutureFeatures,
    keys: HashMap<ScopeKey, TableId>,
    /// The names to mangle in a generic class's type-parameter scope (and the blocks
    /// nested in it), indexed by `Table::mangled_names`.
    mangled_sets: Vec<HashSet<String>>,
}

impl SymbolTable {
    /// Both passes over a module (CPython's `_PySymtable_Build`). `future` must come from
    /// [`FutureFeatures::from_module`] of the same tree (plus any compile flags).
    pub fn build(module: &Mod, future: &FutureFeatures) -> Result<SymbolTable, CompileError> {
        let mut table = builder::build(module, future)?;
        analyze::analyze(&mut table)?;
        Ok(table)
    }

    pub fn top(&self) -> &Table {
        self.table(TableId::MODULE)
    }

    pub fn table(&self, id: TableId) -> &Table {
        &self.tables[id.index()]
    }

    /// The table of the block a key names.
    pub fn lookup(&self, key: ScopeKey) -> Option<TableId> {
        self.keys.get(&key).copied()
    }

    /// CPython's `_Py_MaybeMangle` for a name used in block `id` while compiling the body
    /// (or type parameters) of class `private`: inside a generic class's type-parameter
    /// scope only the type parameters themselves are mangled.
    pub fn maybe_mangle(&self, id: TableId, private: Option<&str>, name: &str) -> String {
        if let Some(set) = self.table(id).mangled_names
            && !self.mangled_sets.get(set).is_some_and(|s| s.contains(name))
        {
            return name.to_string();
        }
        mangle(private, name)
    }
}

/// CPython's `_Py_Mangle`: `__spam` in class `Ham` becomes `_Ham__spam`, except dunder
/// names, dotted names, and in classes whose name is all underscores.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class_name) = private else { return name.to_string() };
    let bytes = name.as_bytes();
    if bytes.len() < 2 || bytes[0] != b'_' || bytes[1] != b'_' {
        return name.to_string();
    }
    if name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
