//! `type` and instances of user classes (exceptions included: built-in exception classes
//! are types whose instances carry `args` and a traceback).

use crate::heap::Payload;
use crate::objects::dict::Dict;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// The built-in behaviour a type selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    Function,
    BuiltinFunction,
    Method,
    Code,
    Type,
    Module,
    Range,
    Iterator,
    Cell,
    Slice,
    NotImplementedType,
    Ellipsis,
    /// A user class or a built-in exception class: instances are `InstanceObj`.
    Instance,
}

/// A class.
#[derive(Debug)]
pub struct TypeObj {
    pub name: String,
    pub base: Option<ObjRef>,
    pub dict: RefCell<Dict>,
    pub kind: Kind,
}

/// One traceback entry: the code object's name and file, and the line.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub filename: String,
    pub line: Option<i32>,
    pub name: String,
    pub end_line: Option<i32>,
    pub col: Option<i32>,
    pub end_col: Option<i32>,
}

/// An instance of a user class or of an exception class.
#[derive(Debug)]
pub struct InstanceObj {
    pub class: ObjRef,
    pub dict: RefCell<Dict>,
    /// For exceptions: `args`.
    pub args: RefCell<Value>,
    /// For exceptions: the traceback, innermost entry first.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// For exceptions: `__context__` and `__cause__`.
    pub context: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub suppress_context: std::cell::Cell<bool>,
    /// What a traceback adds after the message (". Did you mean: 'x'?").
    pub display_suffix: RefCell<String>,
}

impl InstanceObj {
    pub fn new(class: ObjRef) -> InstanceObj {
        InstanceObj {
            class,
            dict: RefCell::new(Dict::new()),
            args: RefCell::new(Value::Null),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            suppress_context: std::cell::Cell::new(false),
            display_suffix: RefCell::new(String::new()),
        }
    }
}

/// The type payload of a class value.
pub fn as_type(v: &Value) -> Option<&TypeObj> {
    match v.payload() {
        Some(Payload::Type(t)) => Some(t),
        _ => None,
    }
}

/// Is `sub` the class `sup` or derived from it?
pub fn is_subclass(sub: &ObjRef, sup: &ObjRef) -> bool {
    let mut cur = Some(sub.clone());
    while let Some(c) = cur {
        if std::rc::Rc::ptr_eq(&c, sup) {
            return true;
        }
        cur = match &c.payload {
            Payload::Type(t) => t.base.clone(),
            _ => None,
        };
    }
    false
}

/// Looks a name up in a class and its bases.
pub fn lookup(class: &ObjRef, name: &str) -> Option<Value> {
    let mut cur = Some(class.clone());
    while let Some(c) = cur {
        match &c.payload {
            Payload::Type(t) => {
                if let Some(v) = t.dict.borrow().get_str(name) {
                    return Some(v);
                }
                cur = t.base.clone();
            }
            _ => return None,
        }
    }
    None
}

/// The built-in kind a class's instances are created with.
pub fn base_kind(class: &ObjRef) -> Kind {
    match &class.payload {
        Payload::Type(t) => t.kind,
        _ => Kind::Object,
    }
}
