//! Pass two of the symbol table: decide every name's scope (`analyze_block` and friends in
//! `symtable.c`), inline comprehensions into their parents (PEP 709), turn locals that
//! children close over into cells, and raise the `global`/`nonlocal` errors that need the
//! whole tree.
//!
//! The sets mirror CPython's: `bound` (names bound in enclosing function scopes; none for the
//! module), `free` (names free in children, output), `global` (names declared global above),
//! `type_params` (type parameters visible). A child block works on copies, as
//! `analyze_child_block` does; the copy of `free` it returns includes what earlier siblings
//! made free, which matters for comprehension inlining exactly as in CPython.

use super::flags::*;
use super::{BlockType, Scope, SymbolTable, TableId};
use crate::error::{CompileError, syntax_error};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

type Names = HashSet<String>;

const IMPLICIT_CLASS_CELLS: [&str; 3] = ["__class__", "__classdict__", "__conditional_annotations__"];

pub(super) fn analyze(st: &mut SymbolTable) -> Result<(), CompileError> {
    let mut free = Names::default();
    analyze_block(st, TableId::MODULE, None, &mut free, Names::default(), Names::default(), None)
}

fn scope_bits(flags: u32) -> u32 {
    (flags >> SCOPE_OFFSET) & SCOPE_MASK
}

/// The error for a name declared `global`/`nonlocal`, at its directive.
fn error_at_directive(st: &SymbolTable, id: TableId, name: &str, msg: String) -> CompileError {
    let t = st.table(id);
    let range = t.directives.iter().find(|(n, _)| n == name).map(|(_, r)| *r).unwrap_or(t.range);
    syntax_error(msg, range)
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    st: &SymbolTable,
    id: TableId,
    scopes: &mut HashMap<String, Scope>,
    name: &str,
    flags: u32,
    bound: &mut Option<Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    type_params: &mut Names,
    class_entry: Option<TableId>,
) -> Result<(), CompileError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(error_at_directive(st, id, name, format!("name '{name}' is nonlocal and global")));
        }
        scopes.insert(name.to_string(), Scope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(bound) = bound {
            bound.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(error_at_directive(st, id, name, "nonlocal declaration not allowed at module level".into()));
        };
        if !bound.contains(name) {
            return Err(error_at_directive(st, id, name, format!("no binding for nonlocal '{name}' found")));
        }
        if type_params.contains(name) {
            return Err(error_at_directive(
                st,
                id,
                name,
                format!("nonlocal binding not allowed for type parameter '{name}'"),
            ));
        }
        scopes.insert(name.to_string(), Scope::Free);
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.to_string(), Scope::Local);
        local.insert(name.to_string());
        global.remove(name);
        if flags & DEF_TYPE_PARAM != 0 {
            type_params.insert(name.to_string());
        } else {
            type_params.remove(name);
        }
        return Ok(());
    }
    // A scope that can see its class's namespace resolves a name the class binds (or
    // declares global) through the class namespace and the globals, never through an
    // enclosing function.
    if let Some(class) = class_entry {
        let class_flags = st.table(class).symbol(name);
        if class_flags & DEF_GLOBAL != 0 {
            scopes.insert(name.to_string(), Scope::GlobalExplicit);
            return Ok(());
        } else if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
            scopes.insert(name.to_string(), Scope::GlobalImplicit);
            return Ok(());
        }
    }
    if let Some(bound) = bound
        && bound.contains(name)
    {
        scopes.insert(name.to_string(), Scope::Free);
        free.insert(name.to_string());
        return Ok(());
    }
    scopes.insert(name.to_string(), Scope::GlobalImplicit);
    Ok(())
}

fn is_free_in_any_child(st: &SymbolTable, id: TableId, name: &str) -> bool {
    st.table(id).children.iter().any(|c| st.table(*c).scope(name) == Some(Scope::Free))
}

/// `inline_comprehension`: merge an inlined comprehension's symbols into its parent.
fn inline_comprehension(
    st: &mut SymbolTable,
    id: TableId,
    comp: TableId,
    scopes: &mut HashMap<String, Scope>,
    comp_free: &mut Names,
    inlined_cells: &mut Names,
) {
    let is_class = st.table(id).block_type == BlockType::Class;
    let mut removed = Vec::new();
    let comp_symbols: Vec<(String, u32)> = st.table(comp).symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (name, comp_flags) in comp_symbols {
        if comp_flags & DEF_PARAM != 0 {
            continue; // the `.0` parameter
        }
        let mut scope = Scope::from_bits(scope_bits(comp_flags));
        let only_flags = comp_flags & ((1 << SCOPE_OFFSET) - 1);
        if scope == Some(Scope::Cell) || only_flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(name.clone());
        }
        let existing = st.table(id).symbols.get(&name).copied();
        // `__class__` may not be free through a class scope (see drop_class_free).
        // CPython 3.14.2, the oracle, special-cases only `__class__` and always drops it
        // from the comprehension's free names; later 3.14 releases (gh-145701, gh-150700)
        // also treat `__classdict__` and `__conditional_annotations__` so and keep a name a
        // child of the comprehension still needs.
        if scope == Some(Scope::Free) && is_class && name == "__class__" {
            scope = Some(Scope::GlobalImplicit);
            comp_free.remove(&name);
            removed.push(name.clone());
        }
        match existing {
            None => {
                st.tables[id.index()].symbols.insert(name.clone(), only_flags);
                if let Some(scope) = scope {
                    scopes.insert(name, scope);
                }
            }
            Some(flags) => {
                if flags & DEF_BOUND != 0 && !is_class && !is_free_in_any_child(st, comp, &name) {
                    comp_free.remove(&name);
                }
            }
        }
    }
    for name in removed {
        st.tables[comp.index()].symbols.shift_remove(&name);
    }
}

/// `analyze_cells`: locals that children use freely become cells.
fn analyze_cells(scopes: &mut HashMap<String, Scope>, free: &mut Names, inlined_cells: &Names) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != Scope::Local {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = Scope::Cell;
        free.remove(name);
    }
}

/// `drop_class_free`: a class provides `__class__`, `__classdict__` and
/// `__conditional_annotations__` to its children itself.
fn drop_class_free(st: &mut SymbolTable, id: TableId, free: &mut Names) {
    let t = &mut st.tables[id.index()];
    if free.remove("__class__") {
        t.needs_class_closure = true;
    }
    if free.remove("__classdict__") {
        t.needs_classdict = true;
    }
    if free.remove("__conditional_annotations__") {
        t.has_conditional_annotations = true;
    }
}

/// `update_symbols`: store the scopes in the symbols, and add names free in children.
fn update_symbols(
    st: &mut SymbolTable,
    id: TableId,
    scopes: &HashMap<String, Scope>,
    bound: &Option<Names>,
    free: &Names,
    inlined_cells: &Names,
    classflag: bool,
) {
    let t = &mut st.tables[id.index()];
    for (name, value) in t.symbols.iter_mut() {
        let mut flags = *value;
        if inlined_cells.contains(name) {
            flags |= DEF_COMP_CELL;
        }
        let scope = scopes.get(name).map_or(0, |s| *s as u32);
        *value = flags | (scope << SCOPE_OFFSET);
    }
    // Sorted: CPython adds them in set order, which decides nothing but dict order.
    let mut names: Vec<&String> = free.iter().collect();
    names.sort();
    for name in names {
        if let Some(value) = t.symbols.get_mut(name) {
            // A free variable of a method with the same name as a class-scope symbol.
            if classflag {
                *value |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(bound) = bound
            && !bound.contains(name)
        {
            continue; // a global
        }
        t.symbols.insert(name.clone(), (Scope::Free as u32) << SCOPE_OFFSET);
    }
}

fn analyze_block(
    st: &mut SymbolTable,
    id: TableId,
    mut bound: Option<Names>,
    free: &mut Names,
    mut global: Names,
    mut type_params: Names,
    class_entry: Option<TableId>,
) -> Result<(), CompileError> {
    let block_type = st.table(id).block_type;
    let mut local = Names::default();
    let mut scopes: HashMap<String, Scope> = HashMap::default();
    let mut new_global = Names::default();
    let mut new_free = Names::default();
    let mut new_bound = Names::default();
    let mut inlined_cells = Names::default();

    // Class bindings are invisible in nested functions: children see what the class saw.
    if block_type == BlockType::Class {
        new_global.extend(global.iter().cloned());
        if let Some(bound) = &bound {
            new_bound.extend(bound.iter().cloned());
        }
    }

    let symbols: Vec<(String, u32)> = st.table(id).symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (name, flags) in &symbols {
        analyze_name(
            st,
            id,
            &mut scopes,
            name,
            *flags,
            &mut bound,
            &mut local,
            free,
            &mut global,
            &mut type_params,
            class_entry,
        )?;
    }

    if block_type != BlockType::Class {
        if block_type.is_function_like() {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(bound) = &bound {
            new_bound.extend(bound.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        for name in IMPLICIT_CLASS_CELLS {
            new_bound.insert(name.to_string());
        }
    }

    let can_see_class_scope = st.table(id).can_see_class_scope;
    let children = st.table(id).children.clone();
    let new_bound = Some(new_bound);
    for child in children {
        let child_table = st.table(child);
        let new_class_entry = if child_table.can_see_class_scope {
            if block_type == BlockType::Class { Some(id) } else { class_entry }
        } else {
            None
        };
        // Every comprehension but generator expressions is inlined, except in annotation
        // scopes that can see a class.
        let inline = child_table.comprehension != super::ComprehensionKind::None
            && !child_table.generator
            && !can_see_class_scope;
        let mut child_free = new_free.clone();
        analyze_block(
            st,
            child,
            new_bound.clone(),
            &mut child_free,
            new_global.clone(),
            type_params.clone(),
            new_class_entry,
        )?;
        if inline {
            inline_comprehension(st, id, child, &mut scopes, &mut child_free, &mut inlined_cells);
            st.tables[child.index()].comp_inlined = true;
        }
        new_free.extend(child_free);
    }

    // Inlined comprehensions hand their children to us.
    let children = std::mem::take(&mut st.tables[id.index()].children);
    let mut spliced = Vec::with_capacity(children.len());
    for child in children {
        if st.table(child).comp_inlined {
            spliced.extend(st.table(child).children.iter().copied());
        } else {
            spliced.push(child);
        }
    }
    st.tables[id.index()].children = spliced;

    if block_type.is_function_like() {
        analyze_cells(&mut scopes, &mut new_free, &inlined_cells);
    } else if block_type == BlockType::Class {
        drop_class_free(st, id, &mut new_free);
    }
    let classflag = block_type == BlockType::Class || can_see_class_scope;
    update_symbols(st, id, &scopes, &bound, &new_free, &inlined_cells, classflag);
    free.extend(new_free);
    Ok(())
}
