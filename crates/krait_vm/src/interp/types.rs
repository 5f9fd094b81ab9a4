//! The built-in type objects and the exception hierarchy, created once per VM.

use crate::heap::Payload;
use crate::objects::types::{Kind, TypeObj};
use crate::value::{ObjRef, Value};
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// The built-in types.
#[derive(Debug)]
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub complex: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub memoryview: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    /// Slot wrappers (`int.__add__`), their bound form (`(1).__add__`) and the built-in
    /// attribute descriptors (`int.real`).
    pub wrapper_descriptor: ObjRef,
    pub method_wrapper: ObjRef,
    pub getset_descriptor: ObjRef,
    pub method: ObjRef,
    pub code: ObjRef,
    pub module: ObjRef,
    pub range: ObjRef,
    pub iterator: ObjRef,
    pub cell: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    /// The async generator helpers: wrapped values, asend and athrow awaitables.
    pub async_wrapped: ObjRef,
    pub async_asend: ObjRef,
    pub async_athrow: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub dict_views: [ObjRef; 3],
    pub slice: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    /// `super`.
    pub super_: ObjRef,
    /// `member_descriptor` (the slots of `__slots__`).
    pub member: ObjRef,
    /// `mappingproxy` (a class's `__dict__`).
    pub mappingproxy: ObjRef,
    /// `traceback` objects.
    pub traceback: ObjRef,
    /// The built-in iterator types, by [`crate::objects::iter::IterState::type_index`].
    pub iter_types: Vec<ObjRef>,
    pub exceptions: HashMap<&'static str, ObjRef>,
    /// `BaseException` (looked up often).
    pub base_exception: ObjRef,
    /// The exception classes in definition order (for the builtins module).
    pub exception_order: Vec<&'static str>,
}

/// Is `name` a special-method name (`__add__`): built-in slots of that name are wrappers.
fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// A new built-in class object with single inheritance.
pub fn new_type(name: &str, base: Option<ObjRef>, kind: Kind) -> ObjRef {
    let bases: Vec<ObjRef> = base.into_iter().collect();
    let mro = match bases.first() {
        Some(b) => crate::objects::types::mro_of(b),
        None => Vec::new(),
    };
    let native = match kind {
        Kind::Instance => Kind::Object,
        k => k,
    };
    let links = bases.clone();
    let class = Rc::new(crate::heap::Object::new(Payload::Type(Box::new(TypeObj::new(name, bases, mro, kind, native, None)))));
    // Instances of `object` itself have no __dict__ (Rust-defined types keep one: partial,
    // lru_cache wrappers and TextIOWrapper take attributes as CPython's do).
    if matches!(kind, Kind::Object)
        && let Payload::Type(t) = &class.payload
    {
        t.overrides.set(crate::objects::types::SLOTS_RESTRICT);
    }
    link_to_bases(&class, &links);
    class
}

/// Records `class` in each base's (weak) list of subclasses.
fn link_to_bases(class: &ObjRef, bases: &[ObjRef]) {
    for b in bases {
        if let Payload::Type(bt) = &b.payload {
            let mut subs = bt.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(class));
        }
    }
}

/// A new class written in Python: `bases` (non-empty) with their C3 MRO.
pub fn new_class(name: &str, bases: Vec<ObjRef>, meta: Option<ObjRef>) -> Result<ObjRef, String> {
    let mro = crate::objects::types::c3_mro(&bases)?;
    // The built-in kind instances wrap: the first built-in type (other than object) in the MRO.
    let native = mro
        .iter()
        .find_map(|c| match &c.payload {
            Payload::Type(t) if !matches!(t.kind, Kind::Instance | Kind::Object) => Some(t.kind),
            _ => None,
        })
        .unwrap_or(Kind::Object);
    let links = bases.clone();
    let class = Rc::new(crate::heap::Object::new(Payload::Type(Box::new(TypeObj::new(name, bases, mro, Kind::Instance, native, meta)))));
    link_to_bases(&class, &links);
    Ok(class)
}

/// CPython's built-in exception hierarchy (the part krait raises today): (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("PythonFinalizationError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

impl Types {
    pub fn new() -> Types {
        let object = new_type("object", None, Kind::Object);
        let t = |name: &str, kind| new_type(name, Some(object.clone()), kind);
        let int = t("int", Kind::Int);
        let mut exceptions: HashMap<&'static str, ObjRef> = HashMap::default();
        let mut exception_order = Vec::new();
        for (name, base) in EXCEPTIONS {
            let base_ref = exceptions.get(base).cloned().unwrap_or_else(|| object.clone());
            let class = new_type(name, Some(base_ref), Kind::Instance);
            if *name == "BaseException"
                && let Payload::Type(t) = &class.payload
            {
                t.dict_mut().set_str("__init__", crate::builtins::builtin("__init__", crate::builtins::exception_init));
            }
            exceptions.insert(name, class);
            exception_order.push(*name);
        }
        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        if let (Some(eg), Some(beg), Some(exc)) =
            (exceptions.get("ExceptionGroup"), exceptions.get("BaseExceptionGroup"), exceptions.get("Exception"))
            && let Payload::Type(t) = &eg.payload
        {
            let bases = vec![beg.clone(), exc.clone()];
            if let Ok(mro) = crate::objects::types::c3_mro(&bases) {
                *t.bases.borrow_mut() = bases;
                *t.mro.borrow_mut() = mro;
                t.modified();
            }
        }
        let async_types = crate::interp::coroutines::make_types(&object);
        let method_descriptor = t("method_descriptor", Kind::BuiltinFunction);
        let builtin_function = t("builtin_function_or_method", Kind::BuiltinFunction);
        Types {
            wrapper_descriptor: new_type("wrapper_descriptor", Some(method_descriptor.clone()), Kind::BuiltinFunction),
            method_wrapper: new_type("method-wrapper", Some(builtin_function.clone()), Kind::BuiltinFunction),
            getset_descriptor: t("getset_descriptor", Kind::Property),
            type_: t("type", Kind::Type),
            none: t("NoneType", Kind::NoneType),
            bool_: new_type("bool", Some(int.clone()), Kind::Bool),
            int,
            float: t("float", Kind::Float),
            str_: t("str", Kind::Str),
            tuple: t("tuple", Kind::Tuple),
            list: t("list", Kind::List),
            dict: t("dict", Kind::Dict),
            set: t("set", Kind::Set),
            frozenset: t("frozenset", Kind::FrozenSet),
            complex: t("complex", Kind::Complex),
            bytes: t("bytes", Kind::Bytes),
            bytearray: t("bytearray", Kind::ByteArray),
            memoryview: t("memoryview", Kind::MemoryView),
            function: t("function", Kind::Function),
            builtin_function,
            method_descriptor,
            method: t("method", Kind::Method),
            code: t("code", Kind::Code),
            module: t("module", Kind::Module),
            range: t("range", Kind::Range),
            iterator: t("iterator", Kind::Iterator),
            cell: t("cell", Kind::Cell),
            generator: t("generator", Kind::Iterator),
            property: t("property", Kind::Property),
            staticmethod: t("staticmethod", Kind::StaticMethod),
            classmethod: t("classmethod", Kind::ClassMethod),
            dict_views: [t("dict_keys", Kind::Iterator), t("dict_values", Kind::Iterator), t("dict_items", Kind::Iterator)],
            slice: t("slice", Kind::Slice),
            not_implemented: t("NotImplementedType", Kind::NotImplementedType),
            ellipsis: t("ellipsis", Kind::Ellipsis),
            coroutine: t("coroutine", Kind::Iterator),
            async_generator: t("async_generator", Kind::Iterator),
            async_wrapped: async_types.0,
            async_asend: async_types.1,
            async_athrow: async_types.2,
            super_: crate::builtins::superobj::make_type(&object),
            member: crate::builtins::member::make_type(&object),
            mappingproxy: crate::builtins::mappingproxy::make_type(&object),
            traceback: crate::builtins::tb::make_type(&object),
            iter_types: crate::objects::iter::ITER_TYPE_NAMES.iter().map(|n| crate::builtins::iters::make_type(n, &object)).collect(),
            base_exception: exceptions.get("BaseException").cloned().unwrap_or_else(|| object.clone()),
            object,
            exceptions,
            exception_order,
        }
    }

    /// A built-in exception class by name (`Exception` if unknown).
    pub fn exception(&self, name: &str) -> ObjRef {
        match self.exceptions.get(name) {
            Some(c) => c.clone(),
            None => self.exceptions.get("Exception").cloned().unwrap_or_else(|| self.object.clone()),
        }
    }

    /// The built-in type whose instances have `kind`.
    pub fn of_kind(&self, kind: Kind) -> Option<ObjRef> {
        Some(match kind {
            Kind::Object => &self.object,
            Kind::NoneType => &self.none,
            Kind::Bool => &self.bool_,
            Kind::Int => &self.int,
            Kind::Float => &self.float,
            Kind::Str => &self.str_,
            Kind::Tuple => &self.tuple,
            Kind::List => &self.list,
            Kind::Dict => &self.dict,
            Kind::Set => &self.set,
            Kind::FrozenSet => &self.frozenset,
            Kind::Complex => &self.complex,
            Kind::Bytes => &self.bytes,
            Kind::ByteArray => &self.bytearray,
            Kind::MemoryView => &self.memoryview,
            Kind::Function => &self.function,
            Kind::BuiltinFunction => &self.builtin_function,
            Kind::Method => &self.method,
            Kind::Code => &self.code,
            Kind::Type => &self.type_,
            Kind::Module => &self.module,
            Kind::Range => &self.range,
            Kind::Iterator => &self.iterator,
            Kind::Cell => &self.cell,
            Kind::Slice => &self.slice,
            Kind::NotImplementedType => &self.not_implemented,
            Kind::Ellipsis => &self.ellipsis,
            Kind::Property => &self.property,
            Kind::StaticMethod => &self.staticmethod,
            Kind::ClassMethod => &self.classmethod,
            Kind::Instance | Kind::Native => return None,
        }
        .clone())
    }

    /// The type of a value of the common built-in kinds, borrowed (no reference count
    /// traffic); None for the others, whose type `type_of` computes. The hot paths that only
    /// compare a type (method caches, CALL's receiver check) ask this first.
    #[inline]
    pub fn builtin_type_ref(&self, v: &Value) -> Option<&ObjRef> {
        Some(match v {
            Value::Null | Value::None => &self.none,
            Value::Bool(_) => &self.bool_,
            Value::Int(_) => &self.int,
            Value::Float(_) => &self.float,
            Value::Obj(o) => match &o.payload {
                Payload::Str(_) => &self.str_,
                Payload::BigInt(_) => &self.int,
                Payload::Tuple(_) => &self.tuple,
                Payload::List(_) => &self.list,
                Payload::Dict(_) => &self.dict,
                Payload::Set(_) => &self.set,
                Payload::FrozenSet(_) => &self.frozenset,
                Payload::Bytes(_) => &self.bytes,
                Payload::ByteArray(_) => &self.bytearray,
                _ => return None,
            },
        })
    }

    /// The type of a value.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::Null | Value::None => self.none.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Obj(o) => match &o.payload {
                Payload::Str(_) => self.str_.clone(),
                Payload::BigInt(_) => self.int.clone(),
                Payload::Tuple(_) => self.tuple.clone(),
                Payload::List(_) => self.list.clone(),
                Payload::Dict(_) => self.dict.clone(),
                Payload::Set(_) => self.set.clone(),
                Payload::Function(_) => self.function.clone(),
                Payload::Builtin(_) => self.builtin_function.clone(),
                // A method of a built-in type bound to an object is a built-in function.
                Payload::BoundMethod { func, .. } => match func.payload() {
                    Some(Payload::MethodDescr { func, .. }) if is_dunder(func.name) => self.method_wrapper.clone(),
                    Some(Payload::MethodDescr { .. } | Payload::Builtin(_)) => self.builtin_function.clone(),
                    _ => self.method.clone(),
                },
                Payload::Code(_) => self.code.clone(),
                Payload::Type(t) => t.meta.borrow().clone().unwrap_or_else(|| self.type_.clone()),
                Payload::Instance(i) => i.class_obj(),
                Payload::Module { .. } => self.module.clone(),
                Payload::Range { .. } | Payload::BigRange(_) => self.range.clone(),
                Payload::Iter(st) => match self.iter_types.get(st.borrow().type_index()) {
                    Some(t) => t.clone(),
                    None => self.iterator.clone(),
                },
                Payload::Cell(_) => self.cell.clone(),
                Payload::Generator(g) => match g.borrow().kind {
                    crate::objects::generator::GenKind::Generator => self.generator.clone(),
                    crate::objects::generator::GenKind::Coroutine => self.coroutine.clone(),
                    crate::objects::generator::GenKind::AsyncGenerator => self.async_generator.clone(),
                },
                Payload::Property { fget, .. } if matches!(fget.payload(), Some(Payload::Builtin(_))) => self.getset_descriptor.clone(),
                Payload::Property { .. } => self.property.clone(),
                Payload::MethodDescr { func, .. } if is_dunder(func.name) => self.wrapper_descriptor.clone(),
                Payload::MethodDescr { .. } => self.method_descriptor.clone(),
                Payload::StaticMethod(_) => self.staticmethod.clone(),
                Payload::ClassMethod(_) => self.classmethod.clone(),
                Payload::DictView { view, .. } => self.dict_views[usize::from(*view).min(2)].clone(),
                Payload::Slice(..) => self.slice.clone(),
                Payload::Native(_) => self.object.clone(),
                Payload::NotImplemented => self.not_implemented.clone(),
                Payload::Ellipsis => self.ellipsis.clone(),
                Payload::FrozenSet(_) => self.frozenset.clone(),
                Payload::Complex { .. } => self.complex.clone(),
                Payload::Bytes(_) => self.bytes.clone(),
                Payload::ByteArray(_) => self.bytearray.clone(),
                Payload::MemoryView(_) => self.memoryview.clone(),
            },
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
