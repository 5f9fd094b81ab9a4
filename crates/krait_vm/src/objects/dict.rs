//! `dict`: compact and insertion-ordered, an entries vector plus a hash table of indices.
//!
//! A dict of at most [`SMALL`] entry slots has no table: a lookup scans the entries' hashes
//! (instance dicts, keyword dicts and most others are this small, and building and
//! maintaining a table cost more than the scan saves). The table appears when the entries
//! outgrow that. Deleted entries leave holes, squeezed out when the entries would grow
//! while at least half of them are holes, so a dict with churning keys keeps flat memory.
//!
//! Keys hash and compare with the built-in rules (ints, floats and bools that are equal hash
//! equal; str by content; tuples by their items; other objects by identity). User `__hash__`
//! and `__eq__` arrive with the full object model.

use crate::heap::Payload;
use crate::value::Value;
use hashbrown::HashTable;

/// Entry slots (live or deleted) a dict holds before it keeps a hash table.
const SMALL: usize = 8;

/// A dict's storage.
#[derive(Debug, Default)]
pub struct Dict {
    entries: Vec<Option<(u64, Value, Value)>>,
    table: HashTable<usize>,
    len: usize,
    /// CPython's dict-keys version: 0 after any change to the set of keys, else a number
    /// no other key set ever had (see [`Dict::keys_version`]).
    keys_version: std::cell::Cell<u64>,
    /// Has a key needing the VM (`needs_vm`: a user `__hash__`/`__eq__`) ever been
    /// inserted? Then lookups of built-in keys take the VM's path too, since an equal key
    /// may be an object that only Python code can compare (`{Fraction(1): x}[1]`).
    vm_keys: bool,
}

impl Clone for Dict {
    /// A copy has the same keys but its own identity, so it starts without a keys version.
    fn clone(&self) -> Dict {
        Dict { entries: self.entries.clone(), table: self.table.clone(), len: self.len, keys_version: std::cell::Cell::new(0), vm_keys: self.vm_keys }
    }
}

thread_local! {
    static NEXT_KEYS_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Why a key cannot be used: its type is unhashable (the type's name).
#[derive(Debug)]
pub struct Unhashable(pub &'static str);

const MODULUS: u64 = (1 << 61) - 1;

#[inline]
fn int_hash(i: i64) -> u64 {
    let neg = i < 0;
    let u = i.unsigned_abs();
    // The division only for magnitudes of 2**61 - 1 and more (a 64-bit division is tens of
    // cycles, and nearly every int is far smaller).
    let m = (if u < MODULUS { u } else { u % MODULUS }) as i64;
    let h = if neg { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

/// CPython's hash of an int beyond i64: its magnitude modulo 2**61 - 1 with its sign (-1
/// becomes -2), so equal ints, floats, Fractions and Decimals hash alike.
fn bigint_hash(b: &num_bigint::BigInt) -> u64 {
    use num_traits::ToPrimitive;
    let m = (b.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == num_bigint::Sign::Minus { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

/// CPython's hash of a float (`_Py_HashDouble`): equal to the hash of an equal int, the
/// value modulo 2**61 - 1 otherwise; ±314159 for infinities (a NaN hashes by its bits).
pub fn float_hash(v: f64) -> u64 {
    const BITS: i32 = 61;
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { (-314_159i64) as u64 };
    }
    if v.is_nan() {
        // An identity hash (CPython hashes a NaN by its object): each NaN's bits are its own.
        return v.to_bits().rotate_right(4);
    }
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        return int_hash(v as i64);
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    let bits = v.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let (mut m, mut e) = if raw_exp == 0 {
        let scaled = v * 2f64.powi(54);
        let re = ((scaled.to_bits() >> 52) & 0x7ff) as i32;
        (f64::from_bits((scaled.to_bits() & !(0x7ffu64 << 52)) | (1022u64 << 52)), re - 1022 - 54)
    } else {
        (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), raw_exp - 1022)
    };
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    (if h == -1 { -2 } else { h }) as u64
}

/// The hash of a str key.
pub fn str_hash(s: &str) -> u64 {
    // FNV-1a; not CPython's SipHash (dict order does not depend on it).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The hash the index table uses for a key's Python hash. Python hashes of ints are the ints
/// themselves and identity hashes are addresses: their high bits are nearly all equal, and the
/// table takes its 7-bit tags from the high bits (its buckets from the low ones), so every
/// probe would compare every key of a group. Mixing spreads the entropy over all 64 bits.
#[inline]
fn spread(h: u64) -> u64 {
    let x = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

/// The table hash of the entry at `i`, for the table's rehashing (deleted entries are never
/// in the table, so their 0 is never asked for).
#[inline]
fn table_hash(entries: &[Option<(u64, Value, Value)>], i: usize) -> u64 {
    spread(entries[i].as_ref().map_or(0, |e| e.0))
}

/// String equality that first tries the pointers: attribute names are interned, so the key in
/// a dict and the name an instruction looks up are usually the same string in memory.
#[inline]
pub fn same_str(a: &str, b: &str) -> bool {
    (std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()) || a == b
}

/// Where a tuple's hash starts; [`tuple_hash_step`] mixes in each item's hash.
pub const TUPLE_HASH_SEED: u64 = 0x345678;

/// Mixes one item's hash into a tuple's running hash.
#[inline]
pub fn tuple_hash_step(h: u64, item: u64) -> u64 {
    (h ^ item).wrapping_mul(1_000_003)
}

/// The hash of a key, or the name of its unhashable type. Ints and strs, the commonest
/// keys, are hashed where the lookup is.
#[inline(always)]
pub fn hash_key(v: &Value) -> Result<u64, Unhashable> {
    match v {
        Value::Int(i) => Ok(int_hash(*i)),
        // Strs, the commonest keys, read their cached hash here.
        Value::Obj(o) if let Payload::Str(s) = &o.payload => Ok(s.hash()),
        _ => hash_key_other(v),
    }
}

fn hash_key_other(v: &Value) -> Result<u64, Unhashable> {
    Ok(match v {
        Value::Null | Value::None => 0xfcab_0001,
        Value::Bool(b) => u64::from(*b),
        Value::Int(i) => int_hash(*i),
        Value::Float(f) => float_hash(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::BigInt(b) => bigint_hash(b),
            Payload::Tuple(items) => {
                let mut h = TUPLE_HASH_SEED;
                for it in items.iter() {
                    // Ints, the usual items of key tuples, without the recursive call.
                    let x = match it {
                        Value::Int(i) => int_hash(*i),
                        _ => hash_key(it)?,
                    };
                    h = tuple_hash_step(h, x);
                }
                h
            }
            Payload::List(_) => return Err(Unhashable("list")),
            Payload::Dict(_) => return Err(Unhashable("dict")),
            Payload::Set(_) => return Err(Unhashable("set")),
            Payload::ByteArray(_) => return Err(Unhashable("bytearray")),
            Payload::Bytes(b) => {
                // Equal to the hash of the same text when ASCII, as CPython's.
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for x in b.iter() {
                    h ^= u64::from(*x);
                    h = h.wrapping_mul(0x0100_0000_01b3);
                }
                h
            }
            Payload::FrozenSet(d) => {
                let mut h: u64 = 0x1d3f_5a7b;
                for (k, _) in d.borrow().iter() {
                    let x = hash_key(k)?;
                    h ^= (x ^ (x << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
                }
                h
            }
            Payload::Complex { re, im } => crate::builtins::methods::complex_hash(*re, *im),
            // Slices hash as the tuple of their parts (3.12+).
            Payload::Slice(a, b, c) => hash_key(&Value::new_obj(Payload::Tuple(crate::objects::tuple::TupleItems::from([a.clone(), b.clone(), c.clone()]))))?,
            Payload::DictView { view, .. } => return Err(Unhashable(["dict_keys", "dict_values", "dict_items"][usize::from(*view).min(2)])),
            Payload::Range { start, stop, step } => {
                let n = crate::interp::ops::range_len(*start, *stop, *step);
                let t = match n {
                    0 => vec![Value::Int(0), Value::None, Value::None],
                    1 => vec![Value::Int(1), Value::Int(*start), Value::None],
                    _ => vec![Value::Int(n), Value::Int(*start), Value::Int(*step)],
                };
                hash_key(&Value::new_obj(Payload::Tuple(t.into())))?
            }
            Payload::BigRange(_) => match crate::objects::range::parts(v) {
                Some(p) => hash_key(&p.hash_tuple())?,
                None => 0,
            },
            _ => std::rc::Rc::as_ptr(o) as usize as u64 >> 4,
        },
    })
}

/// The hash of an object without `__hash__` of its own: from its address, as CPython's.
pub fn identity_hash(v: &Value) -> u64 {
    match v {
        Value::Obj(o) => (std::rc::Rc::as_ptr(o) as usize as u64).rotate_right(4),
        other => hash_key(other).unwrap_or(0),
    }
}

/// CPython's hash of an int: the value modulo 2**61 - 1 (-1 becomes -2).
pub fn hash_of_int(i: i64) -> u64 {
    int_hash(i)
}

/// Does hashing or comparing `v` need the VM (a user `__hash__` or `__eq__` may run)?
#[inline]
pub fn needs_vm(v: &Value) -> bool {
    match v {
        Value::Obj(_) => needs_vm_obj(v),
        _ => false,
    }
}

fn needs_vm_obj(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Instance(_)) => true,
        Some(Payload::Tuple(items)) => items.iter().any(needs_vm),
        _ => false,
    }
}

/// Built-in equality of keys.
#[inline]
pub fn key_eq(a: &Value, b: &Value) -> bool {
    // Two strs, the commonest keys, compare by their text without the general equality's
    // checks for subclass instances.
    if let (Value::Obj(x), Value::Obj(y)) = (a, b)
        && let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload)
    {
        return s == t;
    }
    crate::objects::item_eq(a, b)
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries before its storage grows.
    pub fn with_capacity(n: usize) -> Dict {
        Dict { entries: Vec::with_capacity(n), ..Dict::default() }
    }

    /// Does the dict keep a hash table (more than [`SMALL`] entry slots)?
    #[inline(always)]
    fn has_table(&self) -> bool {
        self.entries.len() > SMALL
    }

    /// The position of the live entry matching `eq`, among those with this hash.
    #[inline(always)]
    fn find_by(&self, hash: u64, eq: impl Fn(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if !self.has_table() {
            return entries.iter().position(|e| matches!(e, Some((h, k, _)) if *h == hash && eq(k)));
        }
        self.table.find(spread(hash), |&i| matches!(&entries[i], Some((h, k, _)) if *h == hash && eq(k))).copied()
    }

    /// Rebuilds the table from the entries (after they were squeezed or outgrew [`SMALL`]).
    fn rebuild_table(&mut self) {
        self.table.clear();
        if !self.has_table() {
            return;
        }
        let entries = &self.entries;
        self.table.reserve(entries.len(), |&i| table_hash(entries, i));
        for (i, e) in entries.iter().enumerate() {
            if let Some((h, _, _)) = e {
                self.table.insert_unique(spread(*h), i, |&j| table_hash(entries, j));
            }
        }
    }

    /// Squeezes deleted entries out when the entries are full and at least half holes.
    fn squeeze_if_sparse(&mut self) {
        let slots = self.entries.len();
        if slots == self.entries.capacity() && slots > 0 && self.len * 2 <= slots {
            self.entries.retain(Option::is_some);
            self.rebuild_table();
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A number naming this dict's current set of keys: unchanged while no key is added or
    /// removed (values may change), and never shared with another dict or key set. An inline
    /// cache that recorded a key's position under this version may read the value at that
    /// position again while the version stays the same (`LOAD_GLOBAL`).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let v = NEXT_KEYS_VERSION.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        });
        self.keys_version.set(v);
        v
    }

    /// The position of `key` (with its hash), for [`Dict::value_at_position`].
    pub fn position(&self, key: &Value, hash: u64) -> Option<usize> {
        self.find(hash, key)
    }

    /// The value at a position from [`Dict::position`], valid while [`Dict::keys_version`]
    /// is unchanged.
    #[inline]
    pub fn value_at_position(&self, pos: usize) -> Option<&Value> {
        match self.entries.get(pos) {
            Some(Some((_, _, v))) => Some(v),
            _ => None,
        }
    }

    #[inline]
    fn find(&self, hash: u64, key: &Value) -> Option<usize> {
        self.find_by(hash, |k| k.is(key) || key_eq(k, key))
    }

    /// `d[key]`, if present.
    pub fn get(&self, key: &Value) -> Result<Option<Value>, Unhashable> {
        let hash = hash_key(key)?;
        Ok(self.find(hash, key).and_then(|i| self.entries[i].as_ref().map(|e| e.2.clone())))
    }

    /// `key in d`: None when `key` is unhashable.
    #[inline]
    pub fn contains_key(&self, key: &Value) -> Option<bool> {
        let hash = hash_key(key).ok()?;
        Some(self.find(hash, key).is_some())
    }

    /// `d[key]` with the key's hash already known.
    pub fn get_hashed(&self, key: &Value, hash: u64) -> Option<Value> {
        self.find(hash, key).and_then(|i| self.entries[i].as_ref().map(|e| e.2.clone()))
    }

    /// The entries whose hash is `hash`: (position, key), for comparisons that may run
    /// Python code (the dict is not borrowed while they run).
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        let entries = &self.entries;
        let pick = |i: usize| match &entries[i] {
            Some((h, k, _)) if *h == hash => Some((i, k.clone())),
            _ => None,
        };
        if !self.has_table() {
            return (0..entries.len()).filter_map(pick).collect();
        }
        self.table.iter_hash(spread(hash)).filter_map(|&i| pick(i)).collect()
    }

    /// The value at a position found by [`Dict::candidates`], if that entry still holds `key`.
    #[inline(always)]
    pub fn value_at(&self, pos: usize, key: &Value) -> Option<Value> {
        match self.entries.get(pos) {
            // Names are interned strs: the same object is the commonest answer.
            Some(Some((_, Value::Obj(k), v))) if matches!(key, Value::Obj(o) if std::rc::Rc::ptr_eq(k, o)) => Some(v.clone()),
            Some(Some((_, k, v))) if k.is(key) => Some(v.clone()),
            _ => None,
        }
    }

    /// Does the entry at `pos` hold exactly `key` (the same object)?
    #[inline(always)]
    pub fn holds_at(&self, pos: usize, key: &Value) -> bool {
        match self.entries.get(pos) {
            // Interned names: the same object is the commonest answer (see `value_at`).
            Some(Some((_, Value::Obj(k), _))) if matches!(key, Value::Obj(o) if std::rc::Rc::ptr_eq(k, o)) => true,
            Some(Some((_, k, _))) => k.is(key),
            _ => false,
        }
    }

    /// The value at a position found by [`Dict::candidates`].
    pub fn entry_value(&self, pos: usize) -> Option<Value> {
        match self.entries.get(pos) {
            Some(Some((_, _, v))) => Some(v.clone()),
            _ => None,
        }
    }

    /// Replaces the value at a position found by [`Dict::candidates`].
    #[inline]
    pub fn set_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.2 = value;
        }
    }

    /// Does the dict hold (or has it held) a key only the VM can compare (see `vm_keys`)?
    #[inline]
    pub fn has_vm_keys(&self) -> bool {
        self.vm_keys
    }

    /// Can `key` be found, stored or removed here without the VM: neither it nor any key
    /// the dict holds (or has held) has a user `__hash__` or `__eq__`?
    #[inline]
    pub fn finds_without_vm(&self, key: &Value) -> bool {
        !needs_vm(key) && !self.vm_keys
    }

    /// Inserts a key known to be absent, with its hash.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        self.keys_version.set(0);
        self.vm_keys |= needs_vm(&key);
        self.squeeze_if_sparse();
        let idx = self.entries.len();
        self.entries.push(Some((hash, key, value)));
        self.len += 1;
        if idx == SMALL {
            self.rebuild_table();
        } else if idx > SMALL {
            let entries = &self.entries;
            self.table.insert_unique(spread(hash), idx, |&i| table_hash(entries, i));
        }
    }

    /// Removes the entry at a position found by [`Dict::candidates`]: its value.
    pub fn remove_at(&mut self, hash: u64, pos: usize) -> Option<Value> {
        if !matches!(self.entries.get(pos), Some(Some((h, _, _))) if *h == hash) {
            return None;
        }
        if self.has_table() {
            match self.table.find_entry(spread(hash), |&i| i == pos) {
                Ok(entry) => {
                    entry.remove();
                }
                Err(_) => return None,
            }
        }
        self.keys_version.set(0);
        self.len -= 1;
        // The last entry goes entirely (no hole to squeeze later): a set used as a stack of
        // marks (add, recurse, remove) keeps its entries dense.
        if pos + 1 == self.entries.len() {
            return self.entries.pop().flatten().map(|e| e.2);
        }
        self.entries[pos].take().map(|e| e.2)
    }

    /// Lookup by a str key.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, str_hash(key))
    }

    /// Lookup by a str key whose [`str_hash`] is known.
    pub fn get_str_hashed(&self, key: &str, hash: u64) -> Option<Value> {
        let idx = self.find_by(hash, |k| k.as_str().is_some_and(|s| same_str(s, key)))?;
        self.entries[idx].as_ref().map(|e| e.2.clone())
    }

    /// `d[key] = value`.
    pub fn set(&mut self, key: Value, value: Value) -> Result<(), Unhashable> {
        let hash = hash_key(&key)?;
        if let Some(i) = self.find(hash, &key) {
            if let Some(e) = self.entries[i].as_mut() {
                e.2 = value;
            }
            return Ok(());
        }
        self.insert_new(hash, key, value);
        Ok(())
    }

    /// `d[key] = value` for a str key whose [`str_hash`] is known.
    pub fn set_hashed(&mut self, key: Value, hash: u64, value: Value) {
        if let Some(i) = self.find(hash, &key) {
            if let Some(e) = self.entries[i].as_mut() {
                e.2 = value;
            }
            return;
        }
        self.insert_new(hash, key, value);
    }

    /// `self.update(other)` when no key of either needs the VM (`vm_keys` false on both):
    /// each entry goes in with its stored hash; into an empty dict from one without holes,
    /// the entries and the table are copied as they are.
    pub fn update_plain(&mut self, other: &Dict) {
        debug_assert!(!self.vm_keys && !other.vm_keys);
        if self.len == 0 && other.entries.len() == other.len {
            // No holes: the positions, and so the table, carry over as they are.
            self.entries.clone_from(&other.entries);
            self.table.clone_from(&other.table);
            self.len = other.len;
            self.keys_version.set(0);
            return;
        }
        for (h, k, v) in other.entries.iter().flatten() {
            self.set_hashed(k.clone(), *h, v.clone());
        }
    }

    /// Does any key of `other` appear here (both without VM keys)?
    pub fn shares_key_with(&self, other: &Dict) -> bool {
        other.entries.iter().flatten().any(|(h, k, _)| self.find(*h, k).is_some())
    }

    /// Sets a str key.
    pub fn set_str(&mut self, key: &str, value: Value) {
        let _ = self.set(crate::objects::str::intern(key), value);
    }

    /// `del d[key]`: the removed value, if the key was present.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, Unhashable> {
        let hash = hash_key(key)?;
        Ok(match self.find(hash, key) {
            Some(pos) => self.remove_at(hash, pos),
            None => None,
        })
    }

    /// Keys and values in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter_map(|e| e.as_ref().map(|(_, k, v)| (k, v)))
    }

    /// The live entries as (insertion position, stored hash, key).
    pub fn iter_hashed(&self) -> impl Iterator<Item = (usize, u64, &Value)> {
        self.entries.iter().enumerate().filter_map(|(i, e)| e.as_ref().map(|(h, k, _)| (i, *h, k)))
    }

    /// The key at insertion position `pos`, if that entry is live.
    pub fn key_at(&self, pos: usize) -> Option<&Value> {
        self.entries.get(pos).and_then(|e| e.as_ref().map(|(_, k, _)| k))
    }

    /// The key/value pair at insertion position `pos` or later (for iterators): the pair and
    /// the next position.
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        while pos < self.entries.len() {
            if let Some((_, k, v)) = &self.entries[pos] {
                return Some((pos + 1, k.clone(), v.clone()));
            }
            pos += 1;
        }
        None
    }
}
