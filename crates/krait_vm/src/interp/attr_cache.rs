//! Inline caches for `LOAD_ATTR` and `STORE_ATTR` (the PEP 659 specialisations
//! LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES, LOAD_ATTR_MODULE and
//! STORE_ATTR_INSTANCE_VALUE, as one cache per name of a code object).
//!
//! An entry remembers what the general attribute protocol found for an instance of one class
//! in one state: the class (by address) and its version, which changes with the class's dict
//! and every dict of its MRO, so while both match the class has the same attributes and the
//! same `__getattribute__`/`__setattr__` behaviour. The entry then answers without the type
//! lookup: the name is an instance attribute (no class attribute of that name), or it is a
//! method (a function on the class, held weakly as CPython's caches borrow it). The position
//! the name had in the instance's dict is kept as a hint, checked by key identity (names are
//! interned), so instances built alike are read without hashing. For modules the entry is
//! the module dict's keys version and the name's position in it.
//!
//! A miss, or anything unusual (an instance attribute shadowing a method, a descriptor, a
//! `__getattribute__` override), takes the general path, which is always correct; the cache
//! only ever skips work whose result it knows.

use super::Vm;
use crate::heap::{Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::CodeInfo;
use std::cell::RefCell;
use crate::objects::types;
use crate::value::Value;
use std::rc::Weak;

/// What an entry knows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Empty,
    /// No class attribute has the name: it lives in the instance dict (or is missing).
    /// `store` also allows a plain store into the instance dict.
    InstanceDict { store: bool },
    /// A function on the class, no data descriptor in the way: binds the instance.
    Method,
    /// A staticmethod on the class (a non-data descriptor, like a function): its callable.
    StaticMethod,
    /// A classmethod on the class: its callable bound to the instance's class.
    ClassMethod,
    /// A `__slots__` member: the value lives in the instance's slot storage.
    Slot,
    /// A property on the class (a data descriptor: instance attributes cannot shadow it),
    /// held weakly: LOAD_ATTR runs its getter as a frame (`property_getter_cached`).
    Property,
    /// A module's global, at `pos` in a dict whose keys version is `class`.
    Module,
    /// An attribute of a class itself (`Shape.count`, `C.helper`) found in the dict of
    /// `method`, a class of its MRO, at `pos`: plain data, a function or a staticmethod,
    /// read there at each use (a plain value may be replaced without a new version; see
    /// `TypeObj::replace_plain`). Only for classes whose metaclass is `type`.
    ClassValue,
    /// A getter of the metaclass `type` for an attribute of a class (`cls.__name__`): a
    /// property of `type`'s dict (CPython's getset descriptors, data descriptors that win
    /// over the class's own dict), held weakly in `method`; its built-in getter runs with the
    /// class (`Vm::meta_getter_cached`).
    MetaGetter,
    /// The method form on an object without an instance dict (a built-in value: list, str,
    /// int...): a function or method descriptor of its type, pushed unbound with the object
    /// as self, as `load_method` does.
    TypeMethod,
    /// The class in this state has something the cache does not handle (a property, a
    /// class-level value, a `__getattribute__`): the general path runs, without refilling.
    General,
}

/// One name's cache.
#[derive(Debug, Clone, Default)]
pub struct AttrCache {
    kind: Kind,
    /// The class's address (the module dict's keys version for `Kind::Module`).
    class: usize,
    version: u32,
    /// Where the name was last found in the dict (a hint, checked by key identity).
    pos: u32,
    /// The method found (`Kind::Method`), or the staticmethod or classmethod object.
    method: Weak<Object>,
    /// `Kind::Method` and the two wrappers: the keys version of the last instance dict seen
    /// without the name (a version names one dict's exact key set, so the same object called
    /// again skips the shadowing probe).
    checked: std::cell::Cell<u64>,
}

/// How many classes one name's cache remembers (a method of a base class runs with
/// instances of its several subclasses).
const WAYS: usize = 4;

/// One name's cache: entries for up to [`WAYS`] classes, most recently filled first.
#[derive(Debug, Clone, Default)]
pub struct AttrCaches([AttrCache; WAYS]);

impl AttrCache {
    /// An entry of `kind` for `class` at `version` (nothing checked yet).
    fn new(kind: Kind, class: usize, version: u32, pos: u32, method: Weak<Object>) -> AttrCache {
        AttrCache { kind, class, version, pos, method, checked: std::cell::Cell::new(0) }
    }
}

impl AttrCaches {
    /// The entry for `class` (an address) at `version`. An empty entry has class 0, which
    /// no class address is; a lookup under key 0 that finds one sees `Kind::Empty`, which
    /// answers nothing.
    #[inline]
    fn find(&self, class: usize, version: u32) -> Option<&AttrCache> {
        let [first, rest @ ..] = &self.0;
        if first.class == class && first.version == version {
            return Some(first);
        }
        rest.iter().find(|e| e.class == class && e.version == version)
    }

    /// Adds an entry, forgetting the least recently filled one.
    fn insert(&mut self, e: AttrCache) {
        self.0.rotate_right(1);
        self.0[0] = e;
    }
}

/// The caches for a code object's names.
pub fn new_caches(n: usize) -> Box<[std::cell::RefCell<AttrCaches>]> {
    (0..n).map(|_| std::cell::RefCell::new(AttrCaches::default())).collect()
}

/// Attribute names the general protocol answers specially on instances.
fn special_name(name: &str) -> bool {
    name.starts_with("__") || matches!(name, "args")
}

/// Name `i`'s value in `d` (an instance dict or slot storage): at the remembered position
/// `pos` when that entry still holds the name, else found by hashing, and the position
/// remembered for `class`'s entry.
fn read_hinted(d: &Dict, code: &CodeInfo, i: usize, cell: &RefCell<AttrCaches>, class: usize, pos: u32) -> Option<Value> {
    let key = code.names.get(i)?;
    if let Some(v) = d.value_at(pos as usize, key) {
        return Some(v);
    }
    let found = d.position(key, *code.name_hashes.get(i)?)?;
    if let Some(e) = cell.borrow_mut().0.iter_mut().find(|e| e.class == class) {
        e.pos = found as u32;
    }
    d.value_at_position(found).cloned()
}

/// The instance `owner` and name `i`'s most recent cache entry, when that entry is for the
/// instance's class in its current state (the hits inlined in the loop look no further).
/// The references live while the loop reads through them: no Python code runs and nothing
/// writes the class, the cache, the slots or the instance dict meanwhile (as in
/// `Vm::load_attr_cached`), so they are read without borrows.
#[inline(always)]
fn recent_entry<'a>(code: &'a CodeInfo, i: usize, owner: &'a Value) -> Option<(&'a types::InstanceObj, &'a AttrCache)> {
    let Some(Payload::Instance(inst)) = owner.payload() else { return None };
    let cell = code.attr_cache.get(i)?;
    // SAFETY: see above.
    let cls = unsafe { inst.class_unguarded() };
    let Payload::Type(t) = &cls.payload else { return None };
    let e = &unsafe { &*cell.as_ptr() }.0[0];
    (e.class == std::rc::Rc::as_ptr(cls) as usize && e.version == t.version_if_any()).then_some((inst, e))
}

/// Pushes what `LOAD_ATTR` pushes for `v`: the value, then NULL in the method form (a plain
/// attribute, no self). True, for the cache's answers.
#[inline(always)]
fn push_plain(stack: &mut Vec<Value>, v: Value, method_form: bool) -> bool {
    super::push_value(stack, v);
    if method_form {
        super::push_value(stack, Value::Null);
    }
    true
}

impl Vm {
    /// `LOAD_ATTR` of name `i` from the cache, pushed onto `stack`: the value (and NULL), or
    /// the method and self in the method form. False, with nothing pushed, when the general
    /// path must run. The values go onto the stack where they are made, never through a
    /// returned pair: a pair is built in memory with word stores and moved with a vector
    /// load, which stalls store forwarding (see `Value::write_words`).
    #[inline]
    pub fn load_attr_cached(types: &super::types::Types, stack: &mut Vec<Value>, code: &CodeInfo, i: usize, owner: &Value, method_form: bool) -> bool {
        let Some(cell) = code.attr_cache.get(i) else { return false };
        let Some(payload) = owner.payload() else {
            return Self::type_method_cached(types, stack, cell, owner, method_form);
        };
        match payload {
            Payload::Instance(inst) => {
                // SAFETY: nothing below runs Python code or assigns `__class__`, so the class
                // read without a borrow stays the instance's class while it is used.
                let cls = unsafe { inst.class_unguarded() };
                let Payload::Type(t) = &cls.payload else { return false };
                // SAFETY: the cache is written only by `fill_attr_cache` and by
                // `read_hinted`'s position update, neither of which runs while `set` (or an
                // entry borrowed from it) is used: each path copies what it needs first.
                let set = unsafe { &*cell.as_ptr() };
                // An unversioned class (0) matches no instance entry: those keep a real one.
                let Some(e) = set.find(std::rc::Rc::as_ptr(cls) as usize, t.version_if_any()) else { return false };
                if e.kind == Kind::Slot {
                    // SAFETY: the slot array is written only by stores, which do not run
                    // while this read does.
                    return match unsafe { inst.slots_unguarded() }.get(e.pos as usize) {
                        Some(v) if !v.is_null() => push_plain(stack, v.clone(), method_form),
                        _ => false,
                    };
                }
                match e.kind {
                    Kind::InstanceDict { .. } => {
                        let (pos, class) = (e.pos, e.class);
                        let Some(key) = code.names.get(i) else { return false };
                        let Some(attrs) = inst.attrs_if_any() else { return false };
                        // Commonly the name is where it was last found.
                        // SAFETY: nothing writes the dict while this read runs.
                        if let Some(v) = unsafe { &*attrs.as_ptr() }.value_at(pos as usize, key) {
                            return push_plain(stack, v, method_form);
                        }
                        let attrs = attrs.borrow();
                        match read_hinted(&attrs, code, i, cell, class, pos) {
                            Some(v) => push_plain(stack, v, method_form),
                            None => false,
                        }
                    }
                    Kind::Method | Kind::StaticMethod | Kind::ClassMethod => {
                        let Some(key) = code.names.get(i) else { return false };
                        // No instance dict yet: nothing shadows the method.
                        if let Some(attrs) = inst.attrs_if_any() {
                            let attrs = attrs.borrow();
                            let version = attrs.keys_version();
                            if version != e.checked.get() {
                                let Some(hash) = code.name_hashes.get(i).copied() else { return false };
                                if attrs.position(key, hash).is_some() {
                                    return false;
                                }
                                e.checked.set(version);
                            }
                        }
                        let Some(m) = e.method.upgrade() else { return false };
                        // The receiver a call gets: the instance, its class (classmethod's
                        // __get__ binds type(obj)), or none.
                        let (f, receiver) = match (&m.payload, e.kind) {
                            (Payload::StaticMethod(f), Kind::StaticMethod) => (f.clone(), None),
                            (Payload::ClassMethod(f), Kind::ClassMethod) => (f.clone(), Some(Value::Obj(cls.clone()))),
                            _ => (Value::Obj(m), Some(owner.clone())),
                        };
                        match receiver {
                            None => push_plain(stack, f, method_form),
                            Some(r) if method_form => {
                                super::push_value(stack, f);
                                super::push_value(stack, r);
                                true
                            }
                            Some(r) => {
                                super::push_value(stack, Value::new_obj(Payload::BoundMethod { receiver: r, func: f }));
                                true
                            }
                        }
                    }
                    _ => false,
                }
            }
            Payload::Module { dict, .. } => {
                let Payload::Dict(d) = &dict.payload else { return false };
                let d = d.borrow();
                let set = cell.borrow();
                let Some(e) = set.find(d.keys_version() as usize, 0) else { return false };
                if e.kind != Kind::Module {
                    return false;
                }
                match d.value_at_position(e.pos as usize) {
                    Some(v) => push_plain(stack, v.clone(), method_form),
                    None => false,
                }
            }
            Payload::Type(t) => {
                // SAFETY: as for instances above.
                let set = unsafe { &*cell.as_ptr() };
                let Some(e) = set.find(owner.id() as usize, t.version_if_any()) else { return false };
                if e.kind != Kind::ClassValue {
                    return false;
                }
                let Some(holder) = e.method.upgrade() else { return false };
                let Payload::Type(h) = &holder.payload else { return false };
                let Some(key) = code.names.get(i) else { return false };
                // SAFETY: nothing writes the dict while this read runs.
                let Some(v) = unsafe { &*h.dict.as_ptr() }.value_at(e.pos as usize, key) else { return false };
                if types::is_plain_data(&v) || matches!(v.payload(), Some(Payload::Function(_))) {
                    return push_plain(stack, v, method_form);
                }
                match v.payload() {
                    Some(Payload::StaticMethod(f)) => push_plain(stack, f.clone(), method_form),
                    _ => false,
                }
            }
            _ => Self::type_method_cached(types, stack, cell, owner, method_form),
        }
    }

    /// The commonest hit, small enough to inline in the loop: a plain load (not the method
    /// form) of an instance attribute found by the most recent entry, in the instance dict
    /// at the remembered position or in a slot. None sends the load to
    /// [`Vm::load_attr_cached`], which answers everything else the cache knows.
    #[inline(always)]
    pub fn instance_attr_hit(code: &CodeInfo, i: usize, owner: &Value) -> Option<Value> {
        let (inst, e) = recent_entry(code, i, owner)?;
        match e.kind {
            Kind::InstanceDict { .. } => {
                let key = code.names.get(i)?;
                let attrs = inst.attrs_if_any()?;
                // SAFETY: see `recent_entry`.
                unsafe { &*attrs.as_ptr() }.value_at(e.pos as usize, key)
            }
            // SAFETY: likewise.
            Kind::Slot => match unsafe { inst.slots_unguarded() }.get(e.pos as usize) {
                Some(v) if !v.is_null() => Some(v.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The method form's commonest hit, likewise inlined: a function on the instance's class
    /// (the most recent entry), with no instance attribute of the name in the way (the dict
    /// unchanged since that was checked, or none). The function to push below the instance.
    #[inline(always)]
    pub fn instance_method_hit(code: &CodeInfo, i: usize, owner: &Value) -> Option<Value> {
        let (inst, e) = recent_entry(code, i, owner)?;
        if e.kind != Kind::Method {
            return None;
        }
        if let Some(attrs) = inst.attrs_if_any()
            // SAFETY: see `recent_entry`.
            && unsafe { &*attrs.as_ptr() }.keys_version() != e.checked.get()
        {
            return None;
        }
        let m = e.method.upgrade()?;
        matches!(m.payload, Payload::Function(_)).then_some(Value::Obj(m))
    }

    /// The `Kind::TypeMethod` entry's answer for `owner` (not an instance, module or class),
    /// pushed as the method and self.
    #[inline(always)]
    fn type_method_cached(types: &super::types::Types, stack: &mut Vec<Value>, cell: &RefCell<AttrCaches>, owner: &Value, method_form: bool) -> bool {
        if !method_form {
            return false;
        }
        let owned;
        let ty = match types.builtin_type_ref(owner) {
            Some(t) => t,
            None => {
                owned = types.type_of(owner);
                &owned
            }
        };
        let Payload::Type(t) = &ty.payload else { return false };
        // SAFETY: as in `load_attr_cached`, nothing writes the cache while this read runs.
        let set = unsafe { &*cell.as_ptr() };
        let Some(e) = set.find(std::rc::Rc::as_ptr(ty) as usize, t.version()) else { return false };
        if e.kind != Kind::TypeMethod {
            return false;
        }
        let Some(m) = e.method.upgrade() else { return false };
        super::push_value(stack, Value::Obj(m));
        super::push_value(stack, owner.clone());
        true
    }

    /// The built-in getter `type` has for class `owner`'s attribute `i`, when the cache knows
    /// the class in its current state (see `Kind::MetaGetter`).
    pub fn meta_getter_cached(&self, code: &CodeInfo, i: usize, owner: &Value) -> Option<crate::objects::function::BuiltinFn> {
        let Some(Payload::Type(t)) = owner.payload() else { return None };
        let set = code.attr_cache.get(i)?.borrow();
        let e = set.find(owner.id() as usize, t.version_if_any())?;
        if e.kind != Kind::MetaGetter {
            return None;
        }
        let prop = e.method.upgrade()?;
        match &prop.payload {
            Payload::Property { fget, .. } => match fget.payload() {
                Some(Payload::Builtin(b)) => Some(b.func),
                _ => None,
            },
            _ => None,
        }
    }

    /// The getter of the property an instance's class has for name `i`, when the cache
    /// knows the class in its current state and the getter is a Python function (LOAD_ATTR
    /// then calls it as a frame). The property is read at each use, so a getter replaced
    /// through `property.__init__` is seen.
    pub fn property_getter_cached(&self, code: &CodeInfo, i: usize, owner: &Value) -> Option<Value> {
        let Some(Payload::Instance(inst)) = owner.payload() else { return None };
        let cls = inst.class();
        let Payload::Type(t) = &cls.payload else { return None };
        let set = code.attr_cache.get(i)?.borrow();
        let e = set.find(std::rc::Rc::as_ptr(&cls) as usize, t.version())?;
        if e.kind != Kind::Property {
            return None;
        }
        let prop = e.method.upgrade()?;
        match &prop.payload {
            Payload::Property { fget, .. } if matches!(fget.payload(), Some(Payload::Function(_))) => Some(fget.clone()),
            _ => None,
        }
    }

    /// Fills name `i`'s cache after the general path loaded `owner.name`.
    #[inline(never)]
    pub fn fill_attr_cache(&self, code: &CodeInfo, i: usize, owner: &Value) {
        let (Some(cell), Some(key), Some(&hash)) = (code.attr_cache.get(i), code.names.get(i), code.name_hashes.get(i)) else {
            return;
        };
        let Some(name) = key.as_str() else { return };
        // A class's special names are cached only when `type` answers them.
        if special_name(name) && !matches!(owner.payload(), Some(Payload::Type(_))) {
            return;
        }
        let entry = match owner.payload() {
            Some(Payload::Instance(inst)) => {
                let cls = inst.class();
                let Payload::Type(t) = &cls.payload else { return };
                let class = std::rc::Rc::as_ptr(&cls) as usize;
                if cell.borrow().find(class, t.version()).is_some() {
                    return;
                }
                let general = AttrCache::new(Kind::General, class, t.version(), 0, Weak::new());
                // Exceptions answer some names from their state (exc_attrs).
                if t.overrides.get() & types::OVERRIDES_GETATTRIBUTE != 0 || self.is_exception_instance(owner) {
                    cell.borrow_mut().insert(general);
                    return;
                }
                let (kind, method) = match types::lookup_hashed(&cls, name, hash) {
                    None => {
                        let store = t.overrides.get() & types::OVERRIDES_SETATTR == 0
                            && (t.overrides.get() & types::SLOTS_RESTRICT == 0 || super::attr::slots_allow(&cls, name));
                        (Kind::InstanceDict { store }, Weak::new())
                    }
                    // A method of a Rust module's type (`deque.append`) binds as a function does.
                    Some(Value::Obj(f)) if matches!(f.payload, Payload::Function(_) | Payload::MethodDescr { .. }) => (Kind::Method, std::rc::Rc::downgrade(&f)),
                    Some(Value::Obj(f)) if matches!(f.payload, Payload::StaticMethod(_)) => (Kind::StaticMethod, std::rc::Rc::downgrade(&f)),
                    Some(Value::Obj(f)) if matches!(f.payload, Payload::ClassMethod(_)) => (Kind::ClassMethod, std::rc::Rc::downgrade(&f)),
                    Some(Value::Obj(m)) if matches!(&m.payload, Payload::Instance(d) if std::rc::Rc::ptr_eq(&d.class(), &self.types.member)) => {
                        (Kind::Slot, Weak::new())
                    }
                    // Not with a `__getattr__`: it would answer the getter's AttributeError.
                    Some(Value::Obj(p)) if matches!(p.payload, Payload::Property { .. }) && types::lookup(&cls, "__getattr__").is_none() => {
                        (Kind::Property, std::rc::Rc::downgrade(&p))
                    }
                    _ => {
                        cell.borrow_mut().insert(general);
                        return;
                    }
                };
                let pos = if kind == Kind::Slot {
                    // The slot's index (a member of another class's layout is not cached).
                    let found = types::lookup_hashed(&cls, name, hash);
                    match found.as_ref().and_then(|m| crate::builtins::member::index_for(m, &cls)) {
                        Some(index) => index as u32,
                        None => {
                            cell.borrow_mut().insert(general);
                            return;
                        }
                    }
                } else {
                    inst.attrs().borrow().position(key, hash).unwrap_or(0) as u32
                };
                AttrCache::new(kind, class, t.version(), pos, method)
            }
            Some(Payload::Module { dict, .. }) => {
                let Payload::Dict(d) = &dict.payload else { return };
                let d = d.borrow();
                let Some(pos) = d.position(key, hash) else { return };
                AttrCache::new(Kind::Module, d.keys_version() as usize, 0, pos as u32, Weak::new())
            }
            Some(Payload::Type(t)) => match self.class_value_entry(owner, t, key, hash) {
                Some(e) if cell.borrow().find(e.class, e.version).is_none() => e,
                _ => return,
            },
            _ => match self.type_method_entry(owner, name, hash) {
                Some(e) if cell.borrow().find(e.class, e.version).is_none() => e,
                _ => return,
            },
        };
        cell.borrow_mut().insert(entry);
    }

    /// A `Kind::ClassValue` entry for `cls.name`, `cls` a class whose metaclass is `type`,
    /// when a class of its MRO holds plain data, a function or a staticmethod under the name.
    fn class_value_entry(&self, owner: &Value, t: &types::TypeObj, key: &Value, hash: u64) -> Option<AttrCache> {
        let cls = owner.as_obj()?;
        if t.meta.borrow().as_ref().is_some_and(|m| !std::rc::Rc::ptr_eq(m, &self.types.type_)) {
            return None;
        }
        let name = key.as_str()?;
        if let Some(Value::Obj(p)) = types::lookup_hashed(&self.types.type_, name, hash) {
            return match &p.payload {
                Payload::Property { fget, .. } if matches!(fget.payload(), Some(Payload::Builtin(_))) => {
                    Some(AttrCache::new(Kind::MetaGetter, owner.id() as usize, t.version(), 0, std::rc::Rc::downgrade(&p)))
                }
                _ => None,
            };
        }
        if special_name(name) {
            return None;
        }
        let mro: Vec<crate::value::ObjRef> = std::iter::once(cls.clone()).chain(t.mro.borrow().iter().cloned()).collect();
        for c in &mro {
            let Payload::Type(ct) = &c.payload else { return None };
            let d = ct.dict.borrow();
            let Some(pos) = d.position(key, hash) else { continue };
            let v = d.value_at_position(pos)?;
            let cacheable = types::is_plain_data(v) || matches!(v.payload(), Some(Payload::Function(_) | Payload::StaticMethod(_)));
            return cacheable.then(|| AttrCache::new(Kind::ClassValue, owner.id() as usize, t.version(), pos as u32, std::rc::Rc::downgrade(c)));
        }
        None
    }

    /// A `Kind::TypeMethod` entry for `owner.name` when `load_method` gives (a function or
    /// method descriptor of the type, owner): no `__getattribute__` override, not a `super`
    /// object (whose lookups start past a class).
    fn type_method_entry(&self, owner: &Value, name: &str, hash: u64) -> Option<AttrCache> {
        let ty = self.types.type_of(owner);
        let Payload::Type(t) = &ty.payload else { return None };
        if self.is_super_object(owner, &ty) {
            return None;
        }
        if types::overrides(&ty, types::OVERRIDES_GETATTRIBUTE) {
            return None;
        }
        let Some(Value::Obj(m)) = types::lookup_hashed(&ty, name, hash) else { return None };
        if !matches!(m.payload, Payload::Function(_) | Payload::MethodDescr { .. }) {
            return None;
        }
        Some(AttrCache::new(Kind::TypeMethod, std::rc::Rc::as_ptr(&ty) as usize, t.version(), 0, std::rc::Rc::downgrade(&m)))
    }

    /// `STORE_ATTR` of name `i` from the cache, taking the value: done when stored (a plain
    /// instance-dict or slot store the cache knows is allowed); the value back when the
    /// general path must run.
    #[inline]
    pub fn store_attr_cached(&self, code: &CodeInfo, i: usize, owner: &Value, value: Value) -> Result<(), Value> {
        let (Some(cell), Some(Payload::Instance(inst))) = (code.attr_cache.get(i), owner.payload()) else {
            return Err(value);
        };
        // SAFETY: no Python code runs here (a value the store replaces is freed, and a
        // `__del__` it has only queued), so the class cannot change and the cache is not
        // written while these references live.
        let cls = unsafe { inst.class_unguarded() };
        let Payload::Type(t) = &cls.payload else { return Err(value) };
        let set = unsafe { &*cell.as_ptr() };
        let Some(e) = set.find(std::rc::Rc::as_ptr(cls) as usize, t.version_if_any()) else {
            return Err(value);
        };
        if e.kind == Kind::Slot && t.overrides.get() & types::OVERRIDES_SETATTR == 0 {
            let old = inst.set_slot(e.pos as usize, value);
            drop(old);
            return Ok(());
        }
        if e.kind != (Kind::InstanceDict { store: true }) {
            return Err(value);
        }
        let (Some(key), Some(&hash)) = (code.names.get(i), code.name_hashes.get(i)) else { return Err(value) };
        let mut d = inst.attrs().borrow_mut();
        if d.holds_at(e.pos as usize, key) {
            d.set_at(e.pos as usize, value);
        } else {
            drop(d);
            inst.store_in_dict(t, key, hash, &value);
        }
        Ok(())
    }
}
