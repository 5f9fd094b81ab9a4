//! krait's compiler: CPython 3.14's AST to code objects, in CPython's order
//! (`compiler_setup` and `compiler_mod` in `Python/compile.c`):
//!
//! 1. [`future`]: the `from __future__` features of the module;
//! 2. [`preprocess`]: CPython's `_PyAST_Preprocess` (`__debug__`, `%`-format to f-string,
//!    constant folding inside `match` patterns, `-OO` docstring removal, PEP 765 warnings);
//! 3. [`symtable`]: the symbol tables and the `SyntaxError`s they raise;
//! 4. codegen (`Python/codegen.c`): one [`instr::InstrSequence`] per code unit, its
//!    `SyntaxError`s and `SyntaxWarning`s;
//! 5. [`flowgraph`]: each unit's CFG through CPython's pass pipeline;
//! 6. [`assemble`]: the code object (nested units are finished before their parents).
//!
//! [`compile_module`] runs them all. Every stage promises CPython 3.14's result for every
//! tree `krait_syntax` produces, and never panics: failures are [`error::CompileError`]
//! values with CPython's message and position.

pub mod assemble;
mod codegen;
pub mod error;
pub mod flowgraph;
pub mod future;
pub mod instr;
pub mod preprocess;
pub mod symtable;

pub use error::{CompileError, CompileWarning};
pub use future::FutureFeatures;
pub use symtable::SymbolTable;

use krait_syntax::ast::Mod;

/// What the front stages give codegen.
#[derive(Debug)]
pub struct Analysed {
    pub future: FutureFeatures,
    pub symtable: SymbolTable,
    pub warnings: Vec<CompileWarning>,
}

/// Runs future, preprocess and symtable over a parsed module, as `compile()` does before
/// codegen. `optimize` is `compile()`'s level (-1 or 0: none; 1: `-O`; 2: `-OO`); `flags`
/// are extra `PyCF_*`/`CO_FUTURE_*` compile flags.
pub fn analyse(module: &mut Mod, optimize: i32, flags: u32) -> Result<Analysed, CompileError> {
    let future = FutureFeatures::from_module(module)?.with_flags(flags);
    let mut warnings = Vec::new();
    preprocess::preprocess(module, optimize, &future, &mut warnings);
    let symtable = SymbolTable::build(module, &future)?;
    Ok(Analysed { future, symtable, warnings })
}

/// Compiles a parsed module to its code object, as `compile(source, filename, 'exec')`
/// does (future, preprocess, symtable, codegen, flowgraph, assembler). `optimize` is
/// `compile()`'s level. Constructs codegen does not handle would be reported as a
/// [`CompileError`] whose message starts with "krait: codegen does not support".
pub fn compile_module(
    module: &mut Mod,
    filename: &str,
    optimize: i32,
) -> Result<krait_bytecode::CodeObject, CompileError> {
    compile_module_with_warnings(module, filename, optimize).map(|(code, _)| code)
}

/// [`compile_module`], also returning the `SyntaxWarning`s CPython emits while compiling
/// (preprocessing's PEP 765 warnings, then codegen's in emission order).
pub fn compile_module_with_warnings(
    module: &mut Mod,
    filename: &str,
    optimize: i32,
) -> Result<(krait_bytecode::CodeObject, Vec<CompileWarning>), CompileError> {
    let analysed = analyse(module, optimize, 0)?;
    let mut warnings = analysed.warnings;
    let code = codegen::compile_mod(module, &analysed.symtable, &analysed.future, filename, optimize, &mut warnings)?;
    Ok((code, warnings))
}

/// Parses and compiles `source` as [`compile_module_with_warnings`] does, the parser's
/// SyntaxWarnings (invalid escape sequences) first, as CPython emits them while parsing.
pub fn compile_source_with_warnings(
    source: &[u8],
    filename: &str,
    optimize: i32,
) -> Result<(krait_bytecode::CodeObject, Vec<CompileWarning>), CompileError> {
    let (mut module, parsed) = krait_syntax::parse_module_warned(source, filename)?;
    let (code, compiled) = compile_module_with_warnings(&mut module, filename, optimize)?;
    let mut warnings: Vec<CompileWarning> = parsed
        .into_iter()
        .map(|w| CompileWarning {
            category: "SyntaxWarning",
            message: w.msg,
            range: krait_syntax::ast::Range { lineno: w.lineno, col_offset: w.col, end_lineno: w.end_lineno, end_col_offset: w.end_col },
        })
        .collect();
    warnings.extend(compiled);
    Ok((code, warnings))
}
