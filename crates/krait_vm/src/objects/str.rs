//! `str`: UTF-8 text; repr with CPython's quoting rules.

use crate::value::Value;

thread_local! {
    static INTERNED: std::cell::RefCell<std::collections::HashMap<String, Value>> = Default::default();
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
        t.insert(s.to_string(), v.clone());
        v
    })
}

/// `repr(s)`: single quotes unless the text has a single quote and no double quote.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
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
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

/// The character at index `i` (already normalised to 0..len).
pub fn char_at(s: &str, i: usize) -> Option<char> {
    if s.is_ascii() { s.as_bytes().get(i).map(|b| char::from(*b)) } else { s.chars().nth(i) }
}
