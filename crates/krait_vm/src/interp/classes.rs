//! Classes: the `class` statement (`__build_class__` with metaclasses and `__prepare__`),
//! `type.__new__` (C3 MRO, `__set_name__`, `__init_subclass__`), and calling a class
//! (`__new__` then `__init__`, or a metaclass's own `__call__`).
//!
//! Instances of Python subclasses of built-in types (`class L(list)`) are `InstanceObj`s
//! holding the built-in value in `native`: immutable values (int, float, str, tuple) are
//! built by `__new__` from the arguments, containers start empty and `__init__` fills them.

use super::call::{Prepared, new_tuple};
use super::{Frame, OnReturn, PyErr, PyResult, Vm};
use crate::builtins::slots::is_object_slot;
use crate::heap::Payload;
use crate::objects::types::{self, InstanceObj, Kind};
use crate::value::{ObjRef, Value};

/// The function of a `__new__` written in Rust (a built-in, or one wrapped in staticmethod).
fn builtin_new(f: &Value) -> Option<crate::objects::function::BuiltinFn> {
    match f.payload()? {
        Payload::Builtin(b) => Some(b.func),
        Payload::StaticMethod(g) => match g.payload()? {
            Payload::Builtin(b) => Some(b.func),
            _ => None,
        },
        _ => None,
    }
}

/// Is `f` a function written in Python (possibly wrapped in staticmethod/classmethod)?
fn is_python(f: &Value) -> bool {
    match f.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::StaticMethod(g) | Payload::ClassMethod(g)) => matches!(g.payload(), Some(Payload::Function(_))),
        _ => false,
    }
}

impl Vm {
    /// Is `class` BaseException or derived from it?
    pub fn is_exception_class(&self, class: &ObjRef) -> bool {
        types::is_subclass(class, &self.types.base_exception)
    }

    /// A new, uninitialised object of `class` (what `object.__new__` and the built-in
    /// types' `__new__` make): a built-in value for a built-in type, an instance otherwise.
    pub fn new_object(&mut self, class: &ObjRef, args: Vec<Value>, kwargs: Vec<(String, Value)>) -> PyResult {
        // OSError(errno, strerror) is the subclass for that errno (FileNotFoundError...).
        let os_sub = match args.first() {
            Some(Value::Int(n)) if args.len() >= 2 && std::rc::Rc::ptr_eq(class, &self.types.exception("OSError")) => {
                crate::builtins::exc_attrs::os_error_subclass(*n).map(|c| self.types.exception(c))
            }
            _ => None,
        };
        let class = os_sub.as_ref().unwrap_or(class);
        let Payload::Type(t) = &class.payload else { return Err(self.type_error("not a type")) };
        if t.kind != Kind::Instance {
            if t.kind == Kind::Object {
                return Ok(self.new_instance(class));
            }
            return crate::builtins::construct_builtin(self, &Value::Obj(class.clone()), t.kind, args.into(), kwargs);
        }
        let inst = InstanceObj::new(class.clone());
        match t.native {
            // A Rust module's type: its own __new__ stores the state.
            Kind::Object | Kind::Native => {}
            // A ModuleType subclass: the instance dict is the namespace (`module.__init__`).
            Kind::Module => {}
            Kind::List => *inst.native.borrow_mut() = super::call::new_list(Vec::new()),
            Kind::Dict => *inst.native.borrow_mut() = self.new_dict(),
            Kind::Set => {
                *inst.native.borrow_mut() = Value::new_obj(Payload::Set(std::cell::RefCell::new(crate::objects::dict::Dict::new())))
            }
            kind => {
                let base = self.types.of_kind(kind).map(Value::Obj).unwrap_or(Value::None);
                *inst.native.borrow_mut() = crate::builtins::construct_builtin(self, &base, kind, args.clone().into(), kwargs)?;
            }
        }
        if self.is_exception_class(class) {
            *inst.exc().args.borrow_mut() = new_tuple(args);
        }
        Ok(Value::new_obj(Payload::Instance(inst)))
    }

    /// `class(*args, **kwargs)` from Rust code: the metaclass's `__call__` if it has its
    /// own, else `__new__` then `__init__`.
    pub fn instantiate(&mut self, class: &ObjRef, args: Vec<Value>, kwargs: Vec<(String, Value)>) -> PyResult {
        match self.start_instantiate(class, args, kwargs, true)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame => {
                self.native_depth += 1;
                let r = self.execute();
                self.native_depth -= 1;
                r
            }
        }
    }

    /// Starts `class(...)`: a Python `__init__` gets a frame pushed (its return is replaced by
    /// the instance), everything else runs to completion.
    pub fn start_instantiate(&mut self, class: &ObjRef, mut args: Vec<Value>, kwargs: Vec<(String, Value)>, entry: bool) -> Result<Prepared, PyErr> {
        let Payload::Type(t) = &class.payload else { return Err(self.type_error("not a type")) };
        // The built-in value types (their metaclass is `type`, their `__new__` cannot be
        // replaced): the constructor does everything, no lookups needed.
        if t.kind.constructs_itself() {
            return Ok(Prepared::Done(crate::builtins::construct_builtin(self, &Value::Obj(class.clone()), t.kind, args.into(), kwargs)?));
        }
        if let Some(meta) = t.meta.borrow().clone()
            && let Some(call) = types::lookup(&meta, "__call__")
            && is_python(&call)
        {
            args.insert(0, Value::Obj(class.clone()));
            return self.prepare_call(call, args, kwargs, entry);
        }
        self.start_construct(class, args, kwargs, entry)
    }

    /// `type.__call__(class, ...)`: `__new__` then `__init__`, ignoring the metaclass.
    pub fn construct(&mut self, class: &ObjRef, args: Vec<Value>, kwargs: Vec<(String, Value)>) -> PyResult {
        match self.start_construct(class, args, kwargs, true)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame => {
                self.native_depth += 1;
                let r = self.execute();
                self.native_depth -= 1;
                r
            }
        }
    }

    /// The `__init__` of a plain class: a Python class whose instances are
    /// plain objects made by object's `__new__`, not abstract, not an exception, with
    /// `__init__` written in Python. Calling it (unless a metaclass defines `__call__`) is
    /// making a bare instance and running that `__init__`. Cached per class version (the
    /// class's `ctor`).
    pub fn plain_init(&self, class: &ObjRef) -> Option<Value> {
        match self.ctor_of(class) {
            types::Ctor::PythonInit(init) => init.upgrade().map(Value::Obj),
            _ => None,
        }
    }

    /// How `class(...)` constructs (see `types::Ctor`), cached on the class for its current
    /// version.
    pub fn ctor_of(&self, class: &ObjRef) -> types::Ctor {
        let Payload::Type(t) = &class.payload else { return types::Ctor::Other };
        let version = t.version();
        {
            let c = t.ctor.borrow();
            if c.0 == version {
                return c.1.clone();
            }
        }
        let init = types::lookup(class, "__init__");
        let plain = t.kind == Kind::Instance
            && t.native == Kind::Object
            && is_object_slot(self, class, "__new__")
            && types::lookup(class, "__abstractmethods__").is_none()
            && matches!(init.as_ref().and_then(Value::payload), Some(Payload::Function(_)))
            && !self.is_exception_class(class);
        let ctor = if plain {
            init.as_ref().and_then(Value::as_obj).map_or(types::Ctor::Other, |f| types::Ctor::PythonInit(std::rc::Rc::downgrade(f)))
        } else {
            // object's `__init__` accepts and ignores the arguments when `__new__` is not
            // object's own, so the instance is the built-in `__new__`'s result alone.
            match types::lookup(class, "__new__").as_ref().and_then(builtin_new) {
                Some(f) if !t.kind.is_native_value()
                    && t.meta.borrow().is_none()
                    && is_object_slot(self, class, "__init__")
                    && !is_object_slot(self, class, "__new__") =>
                {
                    types::Ctor::BuiltinNew(f)
                }
                _ => types::Ctor::Other,
            }
        };
        *t.ctor.borrow_mut() = (version, ctor.clone());
        ctor
    }

    fn start_construct(&mut self, class: &ObjRef, mut args: Vec<Value>, kwargs: Vec<(String, Value)>, entry: bool) -> Result<Prepared, PyErr> {
        let Payload::Type(t) = &class.payload else { return Err(self.type_error("not a type")) };
        if t.kind == Kind::Type && args.len() == 1 && kwargs.is_empty() {
            return Ok(Prepared::Done(Value::Obj(self.types.type_of(&args[0]))));
        }
        if std::rc::Rc::ptr_eq(class, &self.types.type_) && args.len() != 3 {
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        }
        // The common case: a plain Python class inheriting object.__new__, with an __init__
        // written in Python (which takes the arguments): no call to __new__ and no checks.
        if let Some(init) = self.plain_init(class)
            && let Some(Payload::Function(f)) = init.payload()
        {
            let inst = Value::new_obj(Payload::Instance(InstanceObj::new(class.clone())));
            args.insert(0, inst.clone());
            let locals = self.bind_args(f, args, kwargs)?;
            let ret_sp = self.stack.len();
            self.push_frame(&init, locals, ret_sp, OnReturn::Init(inst), entry)?;
            return Ok(Prepared::Frame);
        }
        if let types::Ctor::BuiltinNew(f) = self.ctor_of(class) {
            let mut full = crate::objects::function::Args::with_capacity(args.len() + 1);
            full.push(Value::Obj(class.clone()));
            full.extend(args);
            return Ok(Prepared::Done(f(self, full, kwargs)?));
        }
        let new = types::lookup(class, "__new__");
        let inst = match new {
            Some(n) if !is_python(&n) && t.kind.is_native_value() => {
                // A built-in type: its constructor does everything.
                return Ok(Prepared::Done(crate::builtins::construct_builtin(self, &Value::Obj(class.clone()), t.kind, args.into(), kwargs)?));
            }
            Some(n) => {
                let f = match n.payload() {
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => n.clone(),
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(class.clone()));
                full.extend(args.iter().cloned());
                self.call(f, full, kwargs.clone())?
            }
            None => self.new_object(class, args.clone(), kwargs.clone())?,
        };
        // __init__ runs only when __new__ returned an instance of the class.
        let inst_type = self.types.type_of(&inst);
        if !types::is_subclass(&inst_type, class) {
            return Ok(Prepared::Done(inst));
        }
        let init = types::lookup(&inst_type, "__init__");
        match init {
            Some(init) if matches!(init.payload(), Some(Payload::Function(_))) => {
                let Some(Payload::Function(f)) = init.payload() else { return Err(self.type_error("bad __init__")) };
                args.insert(0, inst.clone());
                let locals = self.bind_args(f, args, kwargs)?;
                let ret_sp = self.stack.len();
                self.push_frame(&init, locals, ret_sp, OnReturn::Init(inst), entry)?;
                Ok(Prepared::Frame)
            }
            Some(init) => {
                args.insert(0, inst.clone());
                let r = self.call(init, args, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
                }
                Ok(Prepared::Done(inst))
            }
            None => Ok(Prepared::Done(inst)),
        }
    }

    /// The names a class body's `__slots__` declares, mangled with the class name and
    /// sorted as CPython's `ht_slots` (`__dict__` and `__weakref__` left out), or CPython's
    /// errors for a bad slot list. None without `__slots__`.
    fn slot_names(&mut self, class_name: &str, entries: &[(Value, Value)], base: &ObjRef) -> Result<Option<Vec<String>>, PyErr> {
        let Some((_, slots)) = entries.iter().find(|(k, _)| k.as_str() == Some("__slots__")) else { return Ok(None) };
        let names = if slots.as_str().is_some() { vec![slots.clone()] } else { self.seq_items(slots)? };
        // Built-in types whose instances are variable-sized (CPython's `tp_itemsize`).
        if !names.is_empty() && matches!(types::base_kind(base), Kind::Int | Kind::Bool | Kind::Tuple | Kind::Bytes) {
            return Err(self.type_error(format!("nonempty __slots__ not supported for subtype of '{}'", types::type_name(base))));
        }
        let (mut has_dict, mut has_weakref) = self.dict_and_weakref(base);
        let mut out = Vec::new();
        for n in names {
            let Some(s) = n.as_str() else {
                return Err(self.type_error(format!("__slots__ items must be strings, not '{}'", self.type_name(&n))));
            };
            if !krait_unicode::is_identifier(s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if let Some(had) = match s {
                "__dict__" => Some(&mut has_dict),
                "__weakref__" => Some(&mut has_weakref),
                _ => None,
            } {
                if std::mem::replace(had, true) {
                    return Err(self.type_error(format!("{s} slot disallowed: we already got one")));
                }
                continue;
            }
            let s = krait_compiler::symtable::mangle(Some(class_name), s);
            if entries.iter().any(|(k, _)| k.as_str() == Some(s.as_str())) {
                return Err(self.error("ValueError", format!("'{s}' in __slots__ conflicts with class variable")));
            }
            out.push(s);
        }
        out.sort();
        Ok(Some(out))
    }

    /// The slot layout a new class's instances extend: the largest of its bases', which
    /// every other base's must be a prefix of (that base's solid class is an ancestor of
    /// the winner's); CPython's "lay-out conflict" otherwise. Gives that base (CPython's
    /// `best_base` as far as slots go), its slot count and its solid class.
    fn base_slot_layout<'a>(&self, bases: &'a [ObjRef]) -> Result<(&'a ObjRef, u32, std::rc::Weak<crate::heap::Object>), PyErr> {
        let layout = |b: &ObjRef| match &b.payload {
            Payload::Type(t) => (t.slot_count.get(), t.slot_solid.borrow().clone()),
            _ => (0, std::rc::Weak::new()),
        };
        // The first of the largest (`max_by_key` gives the last).
        let Some(winner) = bases.iter().rev().max_by_key(|b| layout(b).0) else { return Err(self.type_error("bases must be types")) };
        let (count, solid) = layout(winner);
        for b in bases {
            let (n, s) = layout(b);
            if n > 0 && !s.upgrade().is_some_and(|s| types::is_subclass(winner, &s)) {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
        }
        Ok((winner, count, solid))
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`: a new class.
    /// The most derived of `meta` and the metaclasses of `bases` (CPython's metaclass
    /// calculation), or the "metaclass conflict" TypeError.
    pub fn winning_metaclass(&self, meta: ObjRef, bases: &[Value]) -> Result<ObjRef, PyErr> {
        let mut winner = meta;
        for b in bases {
            let bt = self.types.type_of(b);
            if types::is_subclass(&winner, &bt) {
                continue;
            }
            if types::is_subclass(&bt, &winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    pub fn type_new(&mut self, meta: &ObjRef, name: &Value, bases: &Value, ns: &Value, kwargs: Vec<(String, Value)>) -> PyResult {
        let Some(name) = name.as_str().map(str::to_string) else {
            return Err(self.type_error(format!("type.__new__() argument 1 must be str, not {}", self.type_name(name))));
        };
        let Some(Payload::Tuple(base_values)) = bases.payload() else {
            return Err(self.type_error(format!("type.__new__() argument 2 must be tuple, not {}", self.type_name(bases))));
        };
        // `type(name, bases, ns)` where a base has a more derived metaclass: that metaclass
        // builds the class, through its own `__new__` when it has one.
        let winner = self.winning_metaclass(meta.clone(), base_values)?;
        if !std::rc::Rc::ptr_eq(&winner, meta) {
            let own_new = types::lookup(&winner, "__new__");
            let type_new = types::lookup(&self.types.type_, "__new__");
            if let (Some(own), Some(base)) = (&own_new, &type_new)
                && !own.is(base)
            {
                let args = vec![Value::Obj(winner.clone()), Value::str(&name), bases.clone(), ns.clone()];
                let f = match own.payload() {
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => own.clone(),
                };
                return self.call(f, args, kwargs);
            }
            return self.type_new(&winner, &Value::str(&name), bases, ns, kwargs);
        }
        let ns = crate::builtins::slots::unwrap_native(ns);
        let Some(Payload::Dict(ns_dict)) = ns.payload() else {
            return Err(self.type_error(format!("type.__new__() argument 3 must be dict, not {}", self.type_name(&ns))));
        };
        let mut bases: Vec<ObjRef> = Vec::new();
        for b in base_values.iter() {
            match b.as_obj() {
                Some(o) if matches!(&o.payload, Payload::Type(_)) => {
                    if let Payload::Type(bt) = &o.payload
                        && matches!(
                            bt.kind,
                            Kind::Bool | Kind::NoneType | Kind::Function | Kind::BuiltinFunction | Kind::Method | Kind::Code | Kind::Range
                                | Kind::Iterator | Kind::Cell | Kind::Slice | Kind::NotImplementedType | Kind::Ellipsis
                        )
                    {
                        return Err(self.type_error(format!("type '{}' is not an acceptable base type", bt.name)));
                    }
                    if bases.iter().any(|x| std::rc::Rc::ptr_eq(x, o)) {
                        return Err(self.type_error(format!("duplicate base class {}", types::type_name(o))));
                    }
                    bases.push(o.clone())
                }
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        // Instances of built-in types lay out differently: two different ones conflict.
        let natives: Vec<Kind> = bases.iter().map(types::base_kind).filter(|k| !matches!(k, Kind::Object | Kind::Instance)).collect();
        if natives.windows(2).any(|w| w[0] != w[1] && !(matches!(w[0], Kind::Bool | Kind::Int) && matches!(w[1], Kind::Bool | Kind::Int))) {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let (best, base_slots, base_solid) = self.base_slot_layout(&bases)?;
        let best = best.clone();
        let mut entries: Vec<(Value, Value)> = ns_dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        // `type(name, bases, ns)` without `__module__`: the calling code's module, as
        // CPython's type_new_set_module takes it from the current globals.
        if !entries.iter().any(|(k, _)| k.as_str() == Some("__module__"))
            && let Some(Payload::Dict(g)) = self.caller_globals().payload()
            && let Some(module) = g.borrow().get_str("__name__")
        {
            entries.push((Value::str("__module__"), module));
        }
        let slot_names = self.slot_names(&name, &entries, &best)?.unwrap_or_default();
        let meta_opt = if std::rc::Rc::ptr_eq(meta, &self.types.type_) { None } else { Some(meta.clone()) };
        let class = match super::types::new_class(&name, bases, meta_opt) {
            Ok(c) => c,
            Err(msg) => return Err(self.type_error(msg)),
        };
        let own_slots = u32::try_from(slot_names.len()).unwrap_or(u32::MAX);
        if let Payload::Type(t) = &class.payload {
            t.slot_count.set(base_slots.saturating_add(own_slots));
            *t.slot_solid.borrow_mut() = if own_slots > 0 { std::rc::Rc::downgrade(&class) } else { base_solid };
        }
        if let Payload::Type(t) = &class.payload {
            let mut td = t.dict_mut();
            for (k, v) in &entries {
                let v = match (k.as_str(), v.payload()) {
                    (Some("__new__"), Some(Payload::Function(_))) => Value::new_obj(Payload::StaticMethod(v.clone())),
                    (Some("__init_subclass__" | "__class_getitem__"), Some(Payload::Function(_))) => {
                        Value::new_obj(Payload::ClassMethod(v.clone()))
                    }
                    _ => v.clone(),
                };
                if k.as_str() == Some("__qualname__") {
                    if let Some(q) = v.as_str() {
                        *t.qualname.borrow_mut() = q.to_string();
                    }
                    continue;
                }
                if matches!(k.as_str(), Some("__classcell__" | "__classdictcell__")) {
                    continue;
                }
                let _ = td.set(k.clone(), v);
            }
            for (i, n) in slot_names.iter().enumerate() {
                td.set_str(n, crate::builtins::member::new_member(self, n, &class, base_slots + i as u32));
            }
            if td.get_str("__doc__").is_none() {
                td.set_str("__doc__", Value::None);
            }
            if td.get_str("__eq__").is_some() && td.get_str("__hash__").is_none() {
                td.set_str("__hash__", Value::None);
            }
        }
        if let Payload::Type(t) = &class.payload {
            t.has_del.set(types::lookup(&class, "__del__").is_some());
        }
        types::refresh_overrides(&class);
        let class_value = Value::Obj(class.clone());
        if let Some(cell) = ns_dict.borrow().get_str("__classcell__")
            && let Some(Payload::Cell(c)) = cell.payload()
        {
            *c.borrow_mut() = class_value.clone();
        }
        // `__classdict__` (read by annotation and type-parameter scopes): the namespace the
        // class was made from.
        if let Some(cell) = ns_dict.borrow().get_str("__classdictcell__")
            && let Some(Payload::Cell(c)) = cell.payload()
        {
            *c.borrow_mut() = ns.clone();
        }
        // __set_name__ on the attributes that define it.
        for (k, v) in &entries {
            if let Some(Payload::Instance(i)) = v.payload()
                && let Some(set_name) = types::lookup(&i.class_obj(), "__set_name__")
                && let Err(e) = self.call(set_name, vec![v.clone(), class_value.clone(), k.clone()], vec![])
            {
                let note = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    types::type_name(&i.class()),
                    self.repr(k)?,
                    types::type_name(&class)
                );
                if let Some(add) = types::lookup(&self.types.base_exception, "add_note") {
                    self.call(add, vec![e.0.clone(), Value::str(note)], vec![])?;
                }
                return Err(e);
            }
        }
        // super(class, class).__init_subclass__(**kwargs)
        let (init_sub, _) = self.super_attr(&class_value, &class_value, "__init_subclass__", false)?;
        self.call(init_sub, vec![], kwargs)?;
        Ok(class_value)
    }

    /// `__build_class__(body, name, *bases, metaclass=..., **kwargs)`: the class statement.
    pub fn build_class(&mut self, args: Vec<Value>, mut kwargs: Vec<(String, Value)>) -> PyResult {
        let mut it = args.into_iter();
        let (Some(body), Some(name)) = (it.next(), it.next()) else {
            return Err(self.type_error("__build_class__: not enough arguments"));
        };
        let orig_bases: Vec<Value> = it.collect();
        let Some(Payload::Function(f)) = body.payload() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        if name.as_str().is_none() {
            return Err(self.type_error("__build_class__: name is not a string"));
        }
        // PEP 560: bases that are not classes may substitute themselves.
        let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
        let mut changed = false;
        for b in &orig_bases {
            if !matches!(b.payload(), Some(Payload::Type(_)))
                && let Some(m) = self.getattr_opt(b, "__mro_entries__")?
            {
                let r = self.call(m, vec![new_tuple(orig_bases.clone())], vec![])?;
                bases.extend(self.seq_items(&r)?);
                changed = true;
                continue;
            }
            bases.push(b.clone());
        }
        // The metaclass: given, or the most derived metaclass of the bases.
        let explicit = kwargs.iter().position(|(k, _)| k == "metaclass").map(|i| kwargs.remove(i).1);
        let mut meta = match &explicit {
            Some(m) => m.clone(),
            None => match bases.first() {
                Some(b) => Value::Obj(self.types.type_of(b)),
                None => Value::Obj(self.types.type_.clone()),
            },
        };
        if let Some(m) = meta.as_obj().filter(|m| matches!(m.payload, Payload::Type(_))).cloned() {
            meta = Value::Obj(self.winning_metaclass(m, &bases)?);
        }
        let bases_tuple = new_tuple(bases.clone());
        let ns = match self.getattr_opt(&meta, "__prepare__")? {
            Some(prepare) if !matches!(meta.as_obj(), Some(m) if std::rc::Rc::ptr_eq(m, &self.types.type_)) => {
                self.call(prepare, vec![name.clone(), bases_tuple.clone()], kwargs.clone())?
            }
            _ => self.new_dict(),
        };
        // Run the body with the namespace as its locals.
        let code = f.code.clone();
        let globals = f.globals.clone();
        let closure = f.closure.borrow().clone();
        let base_sp = self.stack.len();
        for _ in 0..code.localsplusnames.len() {
            self.stack.push(Value::Null);
        }
        if let Some(Payload::Tuple(cells)) = closure.as_ref().and_then(|c| c.payload()) {
            let n = code.localsplusnames.len();
            for (i, c) in cells.iter().enumerate() {
                self.stack[base_sp + n - cells.len() + i] = c.clone();
            }
        }
        if self.depth() >= self.recursion_limit {
            self.stack.truncate(base_sp);
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.push_frame_record(Frame {
            code,
            pc: 0,
            lasti: 0,
            base: base_sp,
            ret_sp: base_sp,
            globals,
            locals: Some(ns.clone()),
            func: Some(body.clone()),
            on_return: OnReturn::Push,
            entry: true,
            generator: None,
        });
        self.native_depth += 1;
        let r = self.execute();
        self.native_depth -= 1;
        r?;
        if changed && let Some(Payload::Dict(d)) = ns.payload() {
            d.borrow_mut().set_str("__orig_bases__", new_tuple(orig_bases));
        }
        let class = match meta.as_obj() {
            Some(m) if std::rc::Rc::ptr_eq(m, &self.types.type_) => {
                let m = m.clone();
                self.type_new(&m, &name, &bases_tuple, &ns, kwargs)?
            }
            _ => self.call(meta, vec![name, bases_tuple, ns.clone()], kwargs)?,
        };
        Ok(class)
    }
}

/// `type.__flags__`: CPython's `Py_TPFLAGS_*` bits as far as krait's types show them (heap
/// type, abstract, the fast-subclass bits, managed dict and weakref of Python classes).
pub fn type_flags(vm: &Vm, cls: &ObjRef) -> i64 {
    const MANAGED_WEAKREF: i64 = 1 << 3;
    const MANAGED_DICT: i64 = 1 << 4;
    const IMMUTABLETYPE: i64 = 1 << 8;
    const HEAPTYPE: i64 = 1 << 9;
    const BASETYPE: i64 = 1 << 10;
    const READY: i64 = 1 << 12;
    const HAVE_GC: i64 = 1 << 14;
    const IS_ABSTRACT: i64 = 1 << 20;
    let Payload::Type(t) = &cls.payload else { return 0 };
    let module = t.dict.borrow().get_str("__module__");
    let heap = t.kind == Kind::Instance && module.as_ref().and_then(|m| m.as_str()) != Some("builtins");
    let mut flags = READY | BASETYPE;
    if heap {
        flags |= HEAPTYPE | HAVE_GC;
        if !types::overrides(cls, types::SLOTS_RESTRICT) {
            flags |= MANAGED_DICT | MANAGED_WEAKREF;
        }
    } else {
        flags |= IMMUTABLETYPE;
    }
    if let Some(a) = t.dict.borrow().get_str("__abstractmethods__")
        && match a.payload() {
            Some(Payload::Set(d) | Payload::FrozenSet(d)) => !d.borrow().is_empty(),
            Some(Payload::Tuple(v)) => !v.is_empty(),
            _ => !matches!(a, Value::None | Value::Bool(false)),
        }
    {
        flags |= IS_ABSTRACT;
    }
    let ty = &vm.types;
    for (bit, base) in [
        (24, &ty.int),
        (25, &ty.list),
        (26, &ty.tuple),
        (27, &ty.bytes),
        (28, &ty.str_),
        (29, &ty.dict),
        (31, &ty.type_),
    ] {
        if types::is_subclass(cls, base) {
            flags |= 1 << bit;
        }
    }
    if types::is_subclass(cls, &ty.exception("BaseException")) {
        flags |= 1 << 30;
    }
    flags
}
