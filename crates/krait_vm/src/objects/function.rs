//! Functions, code objects and built-in functions.

use crate::value::Value;
use krait_bytecode::exceptiontable::ExceptionEntry;
use krait_bytecode::linetable::Location;
use std::rc::Rc;

/// A code object prepared for execution: the quickened copy of `co_code` and the constants
/// already converted to values.
#[derive(Debug, Clone)]
pub struct CodeInfo {
    pub code: Vec<u8>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// The hash of each name (dict lookups of globals and attributes).
    pub name_hashes: Vec<u64>,
    pub localsplusnames: Vec<String>,
    pub localspluskinds: Vec<u8>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: i32,
    pub exception_table: Vec<ExceptionEntry>,
    pub positions: Vec<Location>,
    pub stacksize: usize,
}

/// A Python function.
#[derive(Debug)]
pub struct FunctionObj {
    pub code: Rc<CodeInfo>,
    pub globals: Value,
    /// `__name__` and `__qualname__` (assignable, as functools.wraps does).
    pub name: std::cell::RefCell<String>,
    pub qualname: std::cell::RefCell<String>,
    pub defaults: std::cell::RefCell<Option<Value>>,
    pub kwdefaults: std::cell::RefCell<Option<Value>>,
    pub closure: std::cell::RefCell<Option<Value>>,
    /// `__dict__`, made on first use (function attributes).
    pub dict: std::cell::RefCell<Option<Value>>,
    /// `__annotate__` (PEP 649) and the `__annotations__` dict once computed or set.
    pub annotate: std::cell::RefCell<Option<Value>>,
    pub annotations: std::cell::RefCell<Option<Value>>,
}

/// Which built-in function this is.
pub type BuiltinFn = fn(&mut crate::interp::Vm, Vec<Value>, Vec<(String, Value)>) -> crate::interp::PyResult;

/// A built-in function (or a method of a built-in type, bound when `receiver` is set).
#[derive(Debug)]
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: BuiltinFn,
}
