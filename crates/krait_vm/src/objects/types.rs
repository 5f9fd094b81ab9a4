//! `type` and instances of user classes (exceptions included: built-in exception classes
//! are types whose instances carry `args` and a traceback).

use crate::heap::Payload;
use crate::objects::dict::Dict;
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};

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
    FrozenSet,
    Complex,
    Bytes,
    ByteArray,
    MemoryView,
    /// A user class or a built-in exception class: instances are `InstanceObj`.
    Instance,
    Property,
    StaticMethod,
    ClassMethod,
    /// A type defined by a Rust module (`collections.deque`): instances are `InstanceObj`s
    /// whose `native` holds the Rust state (`crate::objects::native`).
    Native,
}

impl Kind {
    /// Is this the kind of a built-in type with its own value representation (int, str,
    /// list...; not object, type, a Python class or a Rust module's type)? Its constructor
    /// builds the value, and instances of its Python subclasses wrap one
    /// (`InstanceObj::native`), which its methods unwrap first.
    pub fn is_native_value(self) -> bool {
        !matches!(self, Kind::Object | Kind::Instance | Kind::Type | Kind::Native)
    }

    /// Is this a built-in value type whose constructor does everything (its metaclass is
    /// `type` and its `__new__` cannot be replaced), so that calling it needs no lookups?
    pub fn constructs_itself(self) -> bool {
        matches!(
            self,
            Kind::Int | Kind::Float | Kind::Str | Kind::Bool | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Complex | Kind::Bytes | Kind::ByteArray | Kind::Range | Kind::Slice
        )
    }
}

/// A class.
#[derive(Debug)]
pub struct TypeObj {
    pub name: String,
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__` without the class itself (C3 linearisation of the bases).
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<Dict>,
    /// What the type's own instances are: a built-in kind, or `Instance` for classes written
    /// in Python (and the built-in exception classes).
    pub kind: Kind,
    /// For a Python class: the built-in kind its instances wrap (`List` for `class L(list)`),
    /// `Object` when it derives from no built-in type but `object`.
    pub native: Kind,
    /// The metaclass when it is not `type`.
    pub meta: RefCell<Option<ObjRef>>,
    /// Does the class (or a base) define `__del__`?
    pub has_del: std::cell::Cell<bool>,
    /// Which attribute-access methods the class overrides in Python (`OVERRIDES_*`).
    pub overrides: std::cell::Cell<u8>,
    /// The key of the attribute-lookup caches: 0 (none yet) until [`TypeObj::version`]
    /// hands out a fresh one, and back to 0 whenever this class's dict, or the dict of a
    /// class of its MRO, changes. A class has a version only if every class of its MRO has
    /// one, so a change to a class without a version has no cached lookup to invalidate and
    /// stops there (classes built at startup are changed hundreds of times, never looked up
    /// in between).
    version: std::cell::Cell<u32>,
    /// With `SLOTS_RESTRICT`: the names the `__slots__` of the MRO allow on instances.
    pub slot_names: RefCell<Vec<Box<str>>>,
    /// The classes that list this one as a base (weakly held), to pass version changes down.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::heap::Object>>>,
    /// How `cls(...)` constructs, as found at class version `.0` (see `Vm::ctor_of`).
    pub ctor: RefCell<(u32, Ctor)>,
    /// The class version at which neither `__bool__` nor `__len__` was found, so that its
    /// instances are all true (`Vm::truthy`); 0 when not known.
    pub truth_plain: Cell<u32>,
    /// The most attributes an instance's dict has held (up to 255): new instances' dicts
    /// start with room for that many, so building an object does not regrow its dict.
    pub attr_hint: std::cell::Cell<u8>,
    /// How many `__slots__` values an instance carries: the slots its class and the
    /// classes of its layout declare (a member descriptor's index is below this).
    pub slot_count: Cell<u32>,
    /// The class whose own `__slots__` end that layout (CPython's solid base as far as slots
    /// go): two bases whose layouts are not one a prefix of the other conflict.
    pub slot_solid: RefCell<std::rc::Weak<crate::heap::Object>>,
}

/// How calling a class constructs its instance, when that is one of the two common shapes
/// the call path takes without looking anything up.
#[derive(Debug, Clone, Default)]
pub enum Ctor {
    /// Anything else: the general path (`__new__`, then `__init__` when it applies).
    #[default]
    Other,
    /// A plain class: object's `__new__` and this `__init__` written in Python. Held weakly:
    /// the collector does not see this edge.
    PythonInit(std::rc::Weak<crate::heap::Object>),
    /// A built-in `__new__` with object's `__init__` (enumerate, zip, map, ... and their
    /// subclasses that add no `__init__`): the instance is `__new__(cls, ...)` alone.
    BuiltinNew(crate::objects::function::BuiltinFn),
}

/// A fresh type version (never 0).
fn next_version() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    loop {
        let v = NEXT.fetch_add(1, Ordering::Relaxed);
        if v != 0 {
            return v;
        }
    }
}

/// The class defines `__getattribute__` in Python.
pub const OVERRIDES_GETATTRIBUTE: u8 = 1;
/// The class defines `__setattr__` in Python.
pub const OVERRIDES_SETATTR: u8 = 2;
/// The class defines `__delattr__` in Python.
pub const OVERRIDES_DELATTR: u8 = 4;
/// Every Python class of the MRO declares `__slots__` (without `__dict__`): instances may
/// not get arbitrary attributes.
pub const SLOTS_RESTRICT: u8 = 8;

/// Recomputes a class's `overrides` bits (after creation, or when one of those methods is
/// assigned on it).
pub fn refresh_overrides(class: &ObjRef) {
    let mut bits = 0;
    for (name, bit) in [("__getattribute__", OVERRIDES_GETATTRIBUTE), ("__setattr__", OVERRIDES_SETATTR), ("__delattr__", OVERRIDES_DELATTR)] {
        if matches!(lookup(class, name).as_ref().and_then(Value::payload), Some(Payload::Function(_))) {
            bits |= bit;
        }
    }
    let mut restrict = false;
    let mut allowed: Vec<Box<str>> = Vec::new();
    for c in mro_of(class) {
        let Payload::Type(t) = &c.payload else { continue };
        if t.kind != Kind::Instance {
            continue;
        }
        match t.dict.borrow().get_str("__slots__") {
            None => {
                restrict = false;
                break;
            }
            Some(s) => {
                let names: Option<Vec<Value>> = match s.payload() {
                    Some(Payload::Str(_)) => Some(vec![s.clone()]),
                    Some(Payload::Tuple(items)) => Some(items.to_vec()),
                    Some(Payload::List(items)) => Some(items.borrow().clone()),
                    _ => None,
                };
                // Slots given by another iterable are not checked (no restriction).
                let Some(names) = names else {
                    restrict = false;
                    break;
                };
                if names.iter().any(|i| i.as_str() == Some("__dict__")) {
                    restrict = false;
                    break;
                }
                allowed.extend(names.iter().filter_map(Value::as_str).map(|n| krait_compiler::symtable::mangle(Some(&t.name), n).into_boxed_str()));
                restrict = true;
            }
        }
    }
    if restrict {
        bits |= SLOTS_RESTRICT;
    } else {
        allowed.clear();
    }
    if let Payload::Type(t) = &class.payload {
        t.overrides.set(bits);
        *t.slot_names.borrow_mut() = allowed;
    }
}

/// Does `class` override the attribute-access method `bit` in Python?
#[inline]
pub fn overrides(class: &ObjRef, bit: u8) -> bool {
    matches!(&class.payload, Payload::Type(t) if t.overrides.get() & bit != 0)
}

impl TypeObj {
    /// A class with an empty dict, a fresh version and no subclasses yet.
    pub fn new(name: &str, bases: Vec<ObjRef>, mro: Vec<ObjRef>, kind: Kind, native: Kind, meta: Option<ObjRef>) -> TypeObj {
        TypeObj {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(mro),
            dict: RefCell::new(Dict::new()),
            kind,
            native,
            meta: RefCell::new(meta),
            has_del: std::cell::Cell::new(false),
            overrides: std::cell::Cell::new(0),
            version: std::cell::Cell::new(0),
            slot_names: RefCell::new(Vec::new()),
            subclasses: RefCell::new(Vec::new()),
            ctor: RefCell::new((0, Ctor::Other)),
            truth_plain: Cell::new(0),
            attr_hint: std::cell::Cell::new(0),
            slot_count: Cell::new(0),
            slot_solid: RefCell::new(std::rc::Weak::new()),
        }
    }

    /// The class's dict for writing: the class and every subclass lose their versions, so
    /// cached lookups through them miss.
    pub fn dict_mut(&self) -> std::cell::RefMut<'_, Dict> {
        self.modified();
        self.dict.borrow_mut()
    }

    /// Takes the versions of the class and its subclasses away (after a change to a dict or
    /// an MRO): lookups cached under them miss.
    pub fn modified(&self) {
        self.each_versioned(&mut |t| t.version.set(0));
    }

    /// Runs `f` on the class and on each subclass that has a version, before its own
    /// subclasses. A class without a version has no versioned subclass (versions are given
    /// from the root down), so the walk stops there.
    fn each_versioned(&self, f: &mut dyn FnMut(&TypeObj)) {
        if self.version.get() == 0 {
            return;
        }
        f(self);
        let subs: Vec<ObjRef> = self.subclasses.borrow().iter().filter_map(std::rc::Weak::upgrade).collect();
        for c in subs {
            if let Payload::Type(t) = &c.payload {
                t.each_versioned(f);
            }
        }
    }

    /// The class's version, or 0 when it has none (no cache entry was made under it).
    #[inline(always)]
    pub fn version_if_any(&self) -> u32 {
        self.version.get()
    }

    /// The class's current version (never 0): what a cached lookup through it records and
    /// checks.
    #[inline]
    pub fn version(&self) -> u32 {
        match self.version.get() {
            0 => self.assign_version(),
            v => v,
        }
    }

    /// Gives the class a version, after the classes of its MRO and its bases (from the
    /// root down, so each of them finds its own bases already versioned).
    #[cold]
    fn assign_version(&self) -> u32 {
        let mro: Vec<ObjRef> = self.bases.borrow().iter().chain(self.mro.borrow().iter()).cloned().collect();
        for c in mro.iter().rev() {
            if let Payload::Type(t) = &c.payload
                && !std::ptr::eq(&**t, self)
                && t.version.get() == 0
            {
                t.assign_version();
            }
        }
        let v = next_version();
        self.version.set(v);
        v
    }

    /// The first base (`__base__`, approximately: the first listed).
    pub fn base(&self) -> Option<ObjRef> {
        self.bases.borrow().first().cloned()
    }
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
    /// The frame's code, globals and instruction offset (`tb_frame`, `tb_lasti`); None for
    /// entries krait makes up (runpy's frozen frames).
    pub frame: Option<TbFrame>,
}

/// What a traceback entry keeps of its frame: `tb_frame.f_code`, `f_globals`, `tb_lasti`.
#[derive(Clone, Debug)]
pub struct TbFrame {
    pub code: std::rc::Rc<crate::objects::function::CodeInfo>,
    pub globals: Value,
    pub lasti: i32,
}

/// An instance of a user class or of an exception class.
#[derive(Debug)]
pub struct InstanceObj {
    /// The class; replaced only by `__class__` assignment ([`InstanceObj::set_class`]).
    class: RefCell<ObjRef>,
    /// `__dict__`: a dict object, so `obj.__dict__` is live; made on first use (instances
    /// of classes with `__slots__` mostly never need one). See [`InstanceObj::dict_obj`].
    dict_cell: std::cell::OnceCell<ObjRef>,
    /// For instances of Python subclasses of built-in types: the built-in value inside
    /// (`Null` otherwise).
    pub native: RefCell<Value>,
    /// The state only exceptions use, made on first use (most instances never need it).
    exc: std::cell::OnceCell<Box<ExcState>>,
    /// `__del__` has run (or must not run) for this object.
    pub finalized: std::cell::Cell<bool>,
    /// The values of `__slots__` members, indexed by their member descriptors (Null for
    /// an unset slot); sized for the class's `slot_count` when the instance is made.
    pub slots: RefCell<Box<[Value]>>,
}

/// What an exception instance holds beyond its dict.
#[derive(Debug)]
pub struct ExcState {
    /// `args` (Null for an instance that is not an exception).
    pub args: RefCell<Value>,
    /// The traceback, innermost entry first.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__context__` and `__cause__`.
    pub context: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub suppress_context: std::cell::Cell<bool>,
    /// What a traceback adds after the message (". Did you mean: 'x'?").
    pub display_suffix: RefCell<String>,
}

impl Default for ExcState {
    fn default() -> ExcState {
        ExcState {
            args: RefCell::new(Value::Null),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            suppress_context: std::cell::Cell::new(false),
            display_suffix: RefCell::new(String::new()),
        }
    }
}

thread_local! {
    /// Instances whose last reference went while their class defines `__del__`: revived
    /// copies waiting for the VM to call `__del__` at its next safe point.
    static PENDING_DEL: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static ANY_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Takes the instances waiting for `__del__`.
pub fn take_pending_finalizers() -> Vec<Value> {
    if !ANY_PENDING.with(std::cell::Cell::get) {
        return Vec::new();
    }
    ANY_PENDING.with(|a| a.set(false));
    PENDING_DEL.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Marks the finalizer queues non-empty (weakref callbacks wait there too).
pub fn mark_pending() {
    let _ = ANY_PENDING.try_with(|a| a.set(true));
    crate::signals::request_break();
}

/// Are instances waiting for `__del__`?
pub fn finalizers_pending() -> bool {
    ANY_PENDING.with(std::cell::Cell::get)
}

impl Drop for InstanceObj {
    /// Reference counting reached zero: if the class defines `__del__`, the state moves to a
    /// revived instance that the VM finalizes at its next safe point (then frees).
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        let has_del = matches!(&self.class.borrow().payload, Payload::Type(t) if t.has_del.get());
        if !has_del {
            return;
        }
        let revived = InstanceObj {
            class: RefCell::new(self.class.borrow().clone()),
            dict_cell: self.dict_cell.clone(),
            native: RefCell::new(std::mem::take(&mut *self.native.borrow_mut())),
            exc: std::mem::take(&mut self.exc),
            finalized: std::cell::Cell::new(true),
            slots: RefCell::new(std::mem::take(&mut *self.slots.borrow_mut())),
        };
        let v = Value::new_obj(Payload::Instance(revived));
        let _ = PENDING_DEL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(v);
            }
        });
        mark_pending();
    }
}

impl InstanceObj {
    /// Stores `name` in the instance dict, which the caller knows is allowed (no
    /// `__setattr__`, no data descriptor), and records its new size as the class's
    /// [`TypeObj::attr_hint`].
    #[inline]
    pub fn store_in_dict(&self, t: &TypeObj, key: &Value, hash: u64, value: &Value) {
        let mut d = self.attrs().borrow_mut();
        d.set_hashed(key.clone(), hash, value.clone());
        let n = u8::try_from(d.len()).unwrap_or(u8::MAX);
        if n > t.attr_hint.get() {
            t.attr_hint.set(n);
        }
    }

    /// Does the instance's class override any of the attribute-access `bits`?
    #[inline]
    pub fn class_overrides(&self, bits: u8) -> bool {
        matches!(&self.class.borrow().payload, Payload::Type(t) if t.overrides.get() & bits != 0)
    }

    /// The class, borrowed: for reads that run no Python code while the borrow lives
    /// (`__class__` assignment cannot happen meanwhile).
    #[inline]
    pub fn class(&self) -> std::cell::Ref<'_, ObjRef> {
        self.class.borrow()
    }

    /// The class, read without a borrow, for the attribute caches' hot paths.
    ///
    /// # Safety
    /// The caller must not assign `__class__` (run Python code) while the reference lives.
    #[inline(always)]
    pub unsafe fn class_unguarded(&self) -> &ObjRef {
        // SAFETY: the only writer is `set_class`, excluded by the caller.
        unsafe { &*self.class.as_ptr() }
    }

    /// The slot values, read without a borrow.
    ///
    /// # Safety
    /// The caller must not store into a slot of this instance while the slice lives.
    #[inline(always)]
    pub unsafe fn slots_unguarded(&self) -> &[Value] {
        // SAFETY: the only writers are slot stores and the collector, excluded by the caller.
        unsafe { &*self.slots.as_ptr() }
    }

    /// The class, owned (for code that may run Python code while it holds it).
    #[inline]
    pub fn class_obj(&self) -> ObjRef {
        self.class.borrow().clone()
    }

    /// `__class__` assignment (the caller checked CPython's rules); false while the class
    /// is borrowed.
    pub fn set_class(&self, class: ObjRef) -> bool {
        match self.class.try_borrow_mut() {
            Ok(mut c) => {
                let old = std::mem::replace(&mut *c, class);
                drop(c);
                drop(old);
                true
            }
            Err(_) => false,
        }
    }

    /// The exception state (made now if the instance has none yet).
    pub fn exc(&self) -> &ExcState {
        self.exc.get_or_init(Box::default)
    }

    /// The exception state, if the instance has one.
    pub fn exc_if_any(&self) -> Option<&ExcState> {
        self.exc.get().map(|b| &**b)
    }

    /// The value cells the collector sees: `native`, and an exception's args, context,
    /// cause (the slot values are in `slots`).
    pub fn value_cells(&self) -> impl Iterator<Item = &RefCell<Value>> {
        [&self.native].into_iter().chain(self.exc_if_any().into_iter().flat_map(|e| [&e.args, &e.context, &e.cause]))
    }

    /// Is this an exception instance (one whose `args` were set)?
    #[inline]
    pub fn has_exc_args(&self) -> bool {
        self.exc.get().is_some_and(|e| !e.args.borrow().is_null())
    }

    /// The attributes (`__dict__`).
    /// The `__dict__` object, made now if the instance has none yet (sized for what its
    /// class's instances hold: `TypeObj::attr_hint`).
    pub fn dict_obj(&self) -> &ObjRef {
        self.dict_cell.get_or_init(|| {
            let room = match &self.class.borrow().payload {
                Payload::Type(t) => usize::from(t.attr_hint.get()),
                _ => 0,
            };
            std::rc::Rc::new(crate::heap::Object::new(Payload::Dict(RefCell::new(Dict::with_capacity(room)))))
        })
    }

    /// The attribute dict, if the instance has one yet (a read that finds none needs none).
    pub fn attrs_if_any(&self) -> Option<&RefCell<Dict>> {
        match &self.dict_cell.get()?.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    pub fn attrs(&self) -> &RefCell<Dict> {
        match &self.dict_obj().payload {
            Payload::Dict(d) => d,
            // The field is only ever built from a dict payload.
            _ => unreachable!("an instance dict holds a dict"),
        }
    }

    pub fn new(class: ObjRef) -> InstanceObj {
        let n = match &class.payload {
            Payload::Type(t) => t.slot_count.get() as usize,
            _ => 0,
        };
        let slots: Box<[Value]> = if n == 0 { Box::default() } else { vec![Value::Null; n].into_boxed_slice() };
        InstanceObj {
            class: RefCell::new(class),
            dict_cell: std::cell::OnceCell::new(),
            native: RefCell::new(Value::Null),
            exc: std::cell::OnceCell::new(),
            finalized: std::cell::Cell::new(false),
            slots: RefCell::new(slots),
        }
    }

    /// The value of slot `index` (None when unset).
    #[inline]
    pub fn slot(&self, index: usize) -> Option<Value> {
        match self.slots.borrow().get(index) {
            Some(v) if !v.is_null() => Some(v.clone()),
            _ => None,
        }
    }

    /// Stores `value` in slot `index` (Null unsets it); the storage grows if an instance
    /// changed to a class with more slots.
    pub fn set_slot(&self, index: usize, value: Value) -> Value {
        let mut slots = self.slots.borrow_mut();
        if index >= slots.len() {
            let mut grown = std::mem::take(&mut *slots).into_vec();
            grown.resize(index + 1, Value::Null);
            *slots = grown.into_boxed_slice();
        }
        std::mem::replace(&mut slots[index], value)
    }
}

/// The type payload of a class value.
pub fn as_type(v: &Value) -> Option<&TypeObj> {
    match v.payload() {
        Some(Payload::Type(t)) => Some(t),
        _ => None,
    }
}

/// The class followed by its MRO (`__mro__`).
pub fn mro_of(class: &ObjRef) -> Vec<ObjRef> {
    let mut out = vec![class.clone()];
    if let Payload::Type(t) = &class.payload {
        out.extend(t.mro.borrow().iter().cloned());
    }
    out
}

/// Is `sub` the class `sup` or derived from it?
pub fn is_subclass(sub: &ObjRef, sup: &ObjRef) -> bool {
    if std::rc::Rc::ptr_eq(sub, sup) {
        return true;
    }
    match &sub.payload {
        Payload::Type(t) => t.mro.borrow().iter().any(|c| std::rc::Rc::ptr_eq(c, sup)),
        _ => false,
    }
}

/// Looks a name up in a class and its MRO.
pub fn lookup(class: &ObjRef, name: &str) -> Option<Value> {
    lookup_hashed(class, name, crate::objects::dict::str_hash(name))
}

/// Is `v` data no attribute lookup treats as a descriptor (an int, float, str, tuple, bytes,
/// list, dict or set; never an object of a class, which may define `__get__`)?
pub fn is_plain_data(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Str(_) | Payload::BigInt(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) | Payload::Complex { .. }
        ),
        _ => true,
    }
}

impl TypeObj {
    /// `cls.name = value` without a new version, when the class already has `name` and both
    /// the old and the new value are plain data (a counter `Shape.count += 1`): no cached
    /// lookup depends on such a value (the attribute caches keep descriptors, functions and
    /// absences, and read class values at each use), except the type attribute cache's
    /// entries for the name, which are forgotten here for the class and its subclasses.
    /// False, with nothing done, when the store must take `dict_mut` (a new version).
    pub fn replace_plain(&self, name: &str, value: &Value) -> bool {
        if name.starts_with("__") || !is_plain_data(value) {
            return false;
        }
        let hash = crate::objects::dict::str_hash(name);
        match self.dict.borrow().get_str_hashed(name, hash) {
            Some(old) if is_plain_data(&old) => {}
            _ => return false,
        }
        self.forget_lookup(hash);
        self.dict.borrow_mut().set_str(name, value.clone());
        true
    }

    /// Drops the type attribute cache's entries for a name of this hash under the versions of
    /// the class and its subclasses.
    fn forget_lookup(&self, hash: u64) {
        self.each_versioned(&mut |t| {
            let version = t.version.get();
            LOOKUP_CACHE.with(|c| {
                if let Some(e) = c.borrow_mut().get_mut(cache_slot(version, hash))
                    && e.version == version
                    && e.hash == hash
                {
                    e.version = 0;
                }
            });
        });
    }
}

/// One entry of the attribute-lookup cache: what `lookup(class, name)` gave for the class
/// version `version`. Objects are held weakly, as CPython's cache borrows them: replacing a
/// class attribute frees the old value at once (its `__del__` runs then).
struct CacheEntry {
    version: u32,
    hash: u64,
    /// The name, and where the name looked up last was in memory: callers pass interned
    /// names, so a pointer match (with the same hash) settles equality without comparing.
    name: Box<str>,
    name_at: usize,
    found: Cached,
}

enum Cached {
    Absent,
    Immediate(Value),
    Object(std::rc::Weak<crate::heap::Object>),
}

const CACHE_BITS: u32 = 10;

thread_local! {
    /// CPython's type attribute cache: a direct-mapped table keyed by (class version, name).
    /// A class's version changes with its dict or any dict of its MRO, so stale entries
    /// simply stop matching.
    static LOOKUP_CACHE: RefCell<Vec<CacheEntry>> = const { RefCell::new(Vec::new()) };
}

fn cache_slot(version: u32, hash: u64) -> usize {
    let x = (hash ^ u64::from(version).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    (x >> (64 - CACHE_BITS)) as usize
}

/// [`lookup`] with the name's [`crate::objects::dict::str_hash`] already known; answered from
/// the attribute-lookup cache when the class has not changed since.
#[inline]
pub fn lookup_hashed(class: &ObjRef, name: &str, hash: u64) -> Option<Value> {
    let Payload::Type(t) = &class.payload else { return None };
    let version = t.version();
    let slot = cache_slot(version, hash);
    let cached = LOOKUP_CACHE.with(|c| {
        let c = c.borrow();
        match c.get(slot) {
            Some(e) if e.version == version && e.hash == hash && ((e.name_at == name.as_ptr() as usize && e.name.len() == name.len()) || &*e.name == name) => match &e.found {
                Cached::Absent => Some(None),
                Cached::Immediate(v) => Some(Some(v.clone())),
                Cached::Object(w) => w.upgrade().map(|o| Some(Value::Obj(o))),
            },
            _ => None,
        }
    });
    if let Some(v) = cached {
        return v;
    }
    let found = lookup_uncached(t, name, hash);
    LOOKUP_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(1 << CACHE_BITS, || CacheEntry { version: 0, hash: 0, name: Box::from(""), name_at: 0, found: Cached::Absent });
        }
        if let Some(e) = c.get_mut(slot) {
            e.version = version;
            e.hash = hash;
            if &*e.name != name {
                e.name = Box::from(name);
            }
            e.name_at = name.as_ptr() as usize;
            e.found = match &found {
                None => Cached::Absent,
                Some(Value::Obj(o)) => Cached::Object(std::rc::Rc::downgrade(o)),
                Some(v) => Cached::Immediate(v.clone()),
            };
        }
    });
    found
}

fn lookup_uncached(t: &TypeObj, name: &str, hash: u64) -> Option<Value> {
    if let Some(v) = t.dict.borrow().get_str_hashed(name, hash) {
        return Some(v);
    }
    for c in t.mro.borrow().iter() {
        if let Payload::Type(ct) = &c.payload
            && let Some(v) = ct.dict.borrow().get_str_hashed(name, hash)
        {
            return Some(v);
        }
    }
    None
}

/// Like [`lookup`], also saying which class of the MRO defines the name.
pub fn lookup_with_owner(class: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    mro_of(class).into_iter().find_map(|c| match &c.payload {
        Payload::Type(t) => t.dict.borrow().get_str(name).map(|v| (v, c.clone())),
        _ => None,
    })
}

/// C3 linearisation of `bases` (the MRO of a new class, without the class itself), or the
/// error message CPython gives when there is none.
pub fn c3_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(mro_of).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let in_tail = |c: &ObjRef, seqs: &[Vec<ObjRef>]| seqs.iter().any(|s| s[1..].iter().any(|x| std::rc::Rc::ptr_eq(x, c)));
        let Some(head) = seqs.iter().map(|s| s[0].clone()).find(|c| !in_tail(c, &seqs)) else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = type_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if std::rc::Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// A class's `__name__`.
pub fn type_name(class: &ObjRef) -> String {
    match &class.payload {
        Payload::Type(t) => t.name.clone(),
        _ => "?".to_string(),
    }
}

/// A class's name as CPython's `tp_name` spells it in messages: a Rust module's type
/// (`Kind::Native`) outside builtins is `module.name` (`collections.deque`), any other
/// class its plain name.
pub fn qualified_native_name(class: &ObjRef) -> String {
    let Payload::Type(t) = &class.payload else { return "?".to_string() };
    if t.kind == Kind::Native
        && let Some(m) = t.dict.borrow().get_str("__module__")
        && let Some(m) = m.as_str()
        && m != "builtins"
    {
        return format!("{m}.{}", t.name);
    }
    t.name.clone()
}

/// The built-in kind a class's instances are created with.
pub fn base_kind(class: &ObjRef) -> Kind {
    match &class.payload {
        Payload::Type(t) if t.kind == Kind::Instance => t.native,
        Payload::Type(t) => t.kind,
        _ => Kind::Object,
    }
}

