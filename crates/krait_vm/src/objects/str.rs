//! `str`: UTF-8 text; repr with CPython's quoting rules.
//!
//! Lone surrogates (U+D800..U+DFFF, which a Rust `str` cannot hold) are kept as *proxies*:
//! a str with surrogates stores its text with each surrogate `0xD800 + k` replaced by the
//! private-use character `base + k`, where `base` (the object's `surr`, 0 for the
//! overwhelmingly common str without surrogates) is the first 2048-character block of planes
//! 15-16 that none of the str's real characters falls in. The base is a function of the code
//! points, so equal strs have equal text and base (equality and hashing stay on the text);
//! ordering compares code points when either side has surrogates. `Deref` gives the proxy
//! text: code that is not surrogate-aware sees private-use characters (which, like
//! surrogates, are not letters, digits, spaces, cased or printable), and code that builds a
//! str from a surrogate str's text maps the proxies back with [`from_proxy`] (the str
//! methods do this for every method: `builtins/methods/str.rs`'s table wrapper).

use crate::value::Value;

thread_local! {
    static INTERNED: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Value>> = Default::default();
}

/// The one shared str object for an identifier (names in code objects), so that dict
/// lookups by name usually succeed on pointer identity.
pub fn intern(s: &str) -> Value {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(v) = t.get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        t.insert(Box::from(s), v.clone());
        v
    })
}

/// `repr(s)`: single quotes unless the text has a single quote and no double quote.
pub fn repr(s: &str) -> String {
    repr_points(s, s.chars().map(u32::from))
}

/// `repr()` of a str object (its lone surrogates as `\udxxx`).
pub fn repr_obj(s: &StrObj) -> String {
    if s.surr == 0 { repr(s) } else { repr_points(s, s.code_points()) }
}

fn repr_points(s: &str, points: impl Iterator<Item = u32>) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for p in points {
        let Some(c) = char::from_u32(p) else {
            // A lone surrogate.
            out.push_str(&format!("\\u{p:04x}"));
            continue;
        };
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

fn is_printable(c: char) -> bool {
    crate::builtins::methods::is_printable_char(c)
}

/// Number of characters (code points).
/// A str object's text, with whether it is all ASCII remembered (indexing and slicing an
/// ASCII string are O(1) byte operations).
#[derive(Debug)]
pub struct StrObj {
    text: crate::objects::text::Text,
    ascii: bool,
    /// The proxy base when the str holds lone surrogates, else 0 (see the module comment).
    surr: u32,
    /// The dict hash of the text once computed ([`StrObj::hash`]), else 0.
    hash: std::cell::Cell<u64>,
}

impl PartialEq for StrObj {
    #[inline]
    fn eq(&self, other: &StrObj) -> bool {
        self.surr == other.surr && *self.text == *other.text
    }
}

impl Eq for StrObj {}

impl std::hash::Hash for StrObj {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (*self.text).hash(h);
        self.surr.hash(h);
    }
}

impl PartialOrd for StrObj {
    fn partial_cmp(&self, other: &StrObj) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for StrObj {
    fn cmp(&self, other: &StrObj) -> std::cmp::Ordering {
        if self.surr == 0 && other.surr == 0 {
            // UTF-8 byte order is code point order.
            (*self.text).cmp(&*other.text)
        } else {
            self.code_points().cmp(other.code_points())
        }
    }
}

/// The first code point of the proxy blocks (planes 15 and 16: 64 blocks of 2048).
const PROXY_START: u32 = 0xF0000;

fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

impl StrObj {
    pub fn new(text: impl Into<crate::objects::text::Text>) -> StrObj {
        let text = text.into();
        let ascii = text.is_ascii();
        StrObj { text, ascii, surr: 0, hash: std::cell::Cell::new(0) }
    }

    /// The str of these code points (any values up to 0x10FFFF, lone surrogates included).
    pub fn from_code_points(points: &[u32]) -> StrObj {
        if !points.iter().any(|&c| is_surrogate(c)) {
            return StrObj::new(points.iter().filter_map(|&c| char::from_u32(c)).collect::<String>());
        }
        let mut used = 0u64;
        for &c in points {
            if c >= PROXY_START {
                used |= 1 << ((c - PROXY_START) >> 11).min(63);
            }
        }
        // Every block taken by real characters (a str of at least 64 such characters and a
        // surrogate): the surrogates become U+FFFD.
        let base = if used == u64::MAX { 0 } else { PROXY_START + (used.trailing_ones() << 11) };
        let text: String = points
            .iter()
            .filter_map(|&c| match (is_surrogate(c), base) {
                (true, 0) => Some('\u{fffd}'),
                (true, b) => char::from_u32(b + c - 0xD800),
                _ => char::from_u32(c),
            })
            .collect();
        StrObj { text: text.into(), ascii: false, surr: base, hash: std::cell::Cell::new(0) }
    }

    /// A str whose text spells surrogates with proxy base `base`, which need not be the
    /// canonical one (a temporary for `builtins/methods/str_proxy.rs`).
    pub fn with_base(text: impl Into<crate::objects::text::Text>, base: u32) -> StrObj {
        StrObj { text: text.into(), ascii: false, surr: base, hash: std::cell::Cell::new(0) }
    }

    /// The dict hash of the text ([`crate::objects::dict::str_hash`]), computed once per str
    /// (a str used as a key again and again is not hashed again).
    #[inline]
    pub fn hash(&self) -> u64 {
        match self.hash.get() {
            0 => {
                let h = crate::objects::dict::str_hash(&self.text);
                self.hash.set(h);
                h
            }
            h => h,
        }
    }

    /// Is the proxy base the one [`StrObj::from_code_points`] chooses?
    pub fn is_canonical(&self) -> bool {
        self.surr == 0 || StrObj::from_code_points(&self.code_points().collect::<Vec<_>>()).surr == self.surr
    }

    /// The proxy base of this str: 0 when it has no lone surrogates.
    #[inline]
    pub fn surrogate_base(&self) -> u32 {
        self.surr
    }

    /// Does the str hold lone surrogates?
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.surr != 0
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let base = self.surr;
        self.text.chars().map(move |c| unproxy(u32::from(c), base))
    }

    /// Is every character ASCII (one byte each)?
    #[inline]
    pub fn is_ascii_text(&self) -> bool {
        self.ascii
    }

    /// The number of characters.
    #[inline]
    pub fn char_count(&self) -> usize {
        if self.ascii { self.text.len() } else { self.text.char_count() }
    }

    /// The byte offset of character `ci` (the length when there are not that many).
    #[inline]
    pub fn byte_of(&self, ci: usize) -> usize {
        if self.ascii { ci.min(self.text.len()) } else { self.text.byte_of(ci) }
    }

    /// The number of characters before byte offset `byte` (a character boundary).
    #[inline]
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii { byte.min(self.text.len()) } else { self.text.char_of(byte) }
    }

    /// Appends the text of `other` (which has no lone surrogates, nor has this str). Only
    /// for a str no one else holds: `interp/quick.rs`'s in-place `s += t`.
    pub fn push_plain(&mut self, other: &StrObj) {
        debug_assert!(self.surr == 0 && other.surr == 0);
        self.text.push_str(&other.text);
        self.ascii &= other.ascii;
        self.hash.set(0);
    }

    /// The character at index `i` (already normalised to 0..len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii { self.text.as_bytes().get(i).map(|b| char::from(*b)) } else { self.text[self.byte_of(i)..].chars().next() }
    }
}

/// The code point a character of a str with proxy base `base` stands for.
#[inline]
pub fn unproxy(c: u32, base: u32) -> u32 {
    if base != 0 && c >= base && c < base + 0x800 { 0xD800 + c - base } else { c }
}

/// The str of `text`, computed from the text of strs whose proxy base is `base` (0: none):
/// the proxies in it become surrogates again.
pub fn from_proxy(text: String, base: u32) -> Value {
    if base == 0 || !text.chars().any(|c| unproxy(u32::from(c), base) != u32::from(c)) {
        return Value::str(text);
    }
    let points: Vec<u32> = text.chars().map(|c| unproxy(u32::from(c), base)).collect();
    Value::new_obj(crate::heap::Payload::Str(StrObj::from_code_points(&points)))
}

/// The concatenation of strs (any of them may hold surrogates).
pub fn concat(parts: &[&StrObj]) -> Value {
    if parts.iter().all(|p| p.surr == 0) {
        let texts: smallvec::SmallVec<[&str; 8]> = parts.iter().map(|p| &*p.text).collect();
        return Value::str(crate::objects::text::Text::concat(&texts));
    }
    let points: Vec<u32> = parts.iter().flat_map(|p| p.code_points()).collect();
    from_code_points(&points)
}

/// The concatenation of str values (f-strings' `BUILD_STRING`; other values count as empty).
pub fn build_string(parts: &[Value]) -> Value {
    let mut texts: smallvec::SmallVec<[&str; 8]> = smallvec::SmallVec::new();
    let mut surrogates = false;
    for p in parts {
        if let Some(crate::heap::Payload::Str(t)) = p.payload() {
            texts.push(t);
            surrogates |= t.surr != 0;
        }
    }
    if surrogates {
        let strs: Vec<&StrObj> = parts
            .iter()
            .filter_map(|p| match p.payload() {
                Some(crate::heap::Payload::Str(t)) => Some(t),
                _ => None,
            })
            .collect();
        return concat(&strs);
    }
    Value::str(crate::objects::text::Text::concat(&texts))
}

/// A str value of these code points (lone surrogates allowed).
pub fn from_code_points(points: &[u32]) -> Value {
    Value::new_obj(crate::heap::Payload::Str(StrObj::from_code_points(points)))
}

/// The proxy base of a str value (0 for anything else or a str without surrogates).
#[inline]
pub fn surrogate_base(v: &Value) -> u32 {
    match v.payload() {
        Some(crate::heap::Payload::Str(s)) => s.surr,
        _ => 0,
    }
}

/// The code points of a str value's text (its proxies mapped back).
pub fn value_code_points(v: &Value) -> Vec<u32> {
    match v.payload() {
        Some(crate::heap::Payload::Str(s)) => s.code_points().collect(),
        _ => Vec::new(),
    }
}


impl std::ops::Deref for StrObj {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for StrObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

pub fn char_len(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

thread_local! {
    /// The one-character strings of U+0000..U+00FF, shared: CPython caches these, and
    /// indexing, slicing, iterating, `chr()` and code constants give the cached object.
    static LATIN1_CHARS: Vec<Value> = (0u8..=255).map(|b| Value::str(char::from(b).to_string())).collect();
}

/// The str of one ASCII character (`b` < 128).
pub fn ascii_char(b: u8) -> Value {
    char_str(char::from(b))
}

/// The str of one character taken from a str whose proxy base is `base` (0: none): the
/// shared one below U+0100 (a proxy is never that low), else a new str with the proxy
/// turned back into its surrogate.
pub fn char_value(c: char, base: u32) -> Value {
    if u32::from(c) < 0x100 { char_str(c) } else { from_proxy(c.to_string(), base) }
}

/// The str of one character: the shared one for U+0000..U+00FF (see `LATIN1_CHARS`).
pub fn char_str(c: char) -> Value {
    match u8::try_from(c) {
        Ok(b) => LATIN1_CHARS.with(|t| t[usize::from(b)].clone()),
        Err(_) => Value::str(c.to_string()),
    }
}
