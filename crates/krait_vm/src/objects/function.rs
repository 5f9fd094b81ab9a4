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
    /// `code` decoded for the evaluation loop (`interp::decode`).
    pub exec: Box<[crate::interp::decode::Instr]>,
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
    /// `LOAD_GLOBAL`'s inline cache, one slot per name (see [`GlobalCache`]).
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// `LOAD_ATTR`/`STORE_ATTR`'s inline caches, one per name (`interp::attr_cache`).
    pub attr_cache: Box<[std::cell::RefCell<crate::interp::attr_cache::AttrCaches>]>,
}

/// Where `LOAD_GLOBAL` last found a name: the keys versions of the globals and builtins
/// dicts it looked in (versions are never 0 and never reused, so they also name the dicts)
/// and the entry's position in the dict that had it. While both versions are unchanged the
/// name is still at that position (values may change: they are read again each time), and
/// still absent from globals when it was found in builtins.
#[derive(Debug, Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub position: u32,
    pub in_builtins: bool,
}

impl CodeInfo {
    /// An empty cache for `n` names.
    pub fn new_global_cache(n: usize) -> Box<[std::cell::Cell<GlobalCache>]> {
        (0..n).map(|_| std::cell::Cell::new(GlobalCache::default())).collect()
    }
}

/// A Python function.
#[derive(Debug)]
pub struct FunctionObj {
    pub code: Rc<CodeInfo>,
    pub globals: Value,
    /// `__name__` and `__qualname__` once assigned (as functools.wraps does); until then
    /// the code's, read through [`FunctionObj::name`] and [`FunctionObj::qualname`] (a new
    /// function copies no strings).
    pub name: std::cell::RefCell<Option<String>>,
    pub qualname: std::cell::RefCell<Option<String>>,
    pub defaults: std::cell::RefCell<Option<Value>>,
    pub kwdefaults: std::cell::RefCell<Option<Value>>,
    pub closure: std::cell::RefCell<Option<Value>>,
    /// `__dict__`, made on first use (function attributes).
    pub dict: std::cell::RefCell<Option<Value>>,
    /// `__annotate__` (PEP 649) and the `__annotations__` dict once computed or set.
    pub annotate: std::cell::RefCell<Option<Value>>,
    pub annotations: std::cell::RefCell<Option<Value>>,
}

impl FunctionObj {
    /// `__name__`.
    pub fn name(&self) -> String {
        self.name.borrow().clone().unwrap_or_else(|| self.code.name.clone())
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> String {
        self.qualname.borrow().clone().unwrap_or_else(|| self.code.qualname.clone())
    }
}

/// The positional arguments of a built-in call. Up to four live inline, so the common
/// calls (`len(x)`, `l.append(v)`, `isinstance(o, C)`) allocate nothing for them.
pub type Args = smallvec::SmallVec<[Value; 4]>;

/// The keyword arguments of a built-in call, in call order.
pub type Kwargs = Vec<(String, Value)>;

/// Which built-in function this is.
pub type BuiltinFn = fn(&mut crate::interp::Vm, Args, Kwargs) -> crate::interp::PyResult;

/// What a built-in type's method descriptor checks of a call before the method runs:
/// CPython's METH_NOARGS (`list.copy`) and METH_O (`list.append`) shapes, whose errors
/// name the method by its qualified name (`list.copy() takes no arguments (1 given)`).
/// `Any` leaves the arguments to the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    Any,
    NoArgs,
    One,
}

impl Arity {
    /// Do `positional` arguments after the receiver, with keywords or not, suit this arity?
    #[inline]
    pub fn accepts(self, positional: usize, keywords: bool) -> bool {
        match self {
            Arity::Any => true,
            Arity::NoArgs => positional == 0 && !keywords,
            Arity::One => positional == 1 && !keywords,
        }
    }

    /// CPython's message for a call this arity does not accept; `qualname` is
    /// `type.method`. Keywords are reported before the count, as CPython checks them first.
    pub fn error_message(self, qualname: &str, positional: usize, keywords: bool) -> String {
        if keywords {
            format!("{qualname}() takes no keyword arguments")
        } else if self == Arity::NoArgs {
            format!("{qualname}() takes no arguments ({positional} given)")
        } else {
            format!("{qualname}() takes exactly one argument ({positional} given)")
        }
    }
}

/// A built-in type's method in a form its descriptor's call runs without an argument vector
/// when the receiver is an exact instance of the type (CPython's vectorcall of METH_NOARGS,
/// METH_O and METH_FASTCALL methods): it takes the receiver, and for `One` the argument, by
/// reference; `Positional` takes the receiver and the positional arguments as one slice
/// (a call without keywords). The general `BuiltinFn` of the same method gives the same
/// results.
#[derive(Clone, Copy, Debug)]
pub enum Direct {
    None,
    NoArgs(fn(&mut crate::interp::Vm, &crate::value::Value) -> crate::interp::PyResult),
    One(fn(&mut crate::interp::Vm, &crate::value::Value, &crate::value::Value) -> crate::interp::PyResult),
    Positional(fn(&mut crate::interp::Vm, &[crate::value::Value]) -> crate::interp::PyResult),
}

/// The keyword arguments of a call that has none.
pub const NO_KWARGS: &Kwargs = &Vec::new();

/// A one-argument built-in function (CPython's METH_O: `len`, `abs`, `repr`...) in the form
/// CALL runs with the argument by reference, without an argument vector.
pub type OneFn = fn(&mut crate::interp::Vm, &Value) -> crate::interp::PyResult;

/// A built-in function (or a method of a built-in type, bound when `receiver` is set).
#[derive(Debug)]
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// A plain function's one-argument form: CALL with one positional argument runs it;
    /// `func` gives the same results and raises CPython's METH_O messages for any other call.
    pub one: Option<OneFn>,
}
