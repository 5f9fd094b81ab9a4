//! A str object's UTF-8 bytes: held inside the object when short, in a box of their own
//! when long.
//!
//! Every heap object is allocated at one size (`heap::Payload`), and a str's other fields
//! leave room in it for [`INLINE`] bytes. Most strs a program makes (words, keys, names,
//! pieces of a split) fit, so making one is one allocation instead of two and freeing it one
//! free instead of two; `str.split()` of 200k words ran 686 instructions a word with every
//! text boxed. Promise: [`Text`] derefs to exactly the `str` it was made from.

/// The longest text kept inside the object.
pub const INLINE: usize = 70;

pub enum Text {
    /// `len` bytes of `bytes`, valid UTF-8.
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

const _: () = assert!(INLINE <= u8::MAX as usize);

impl Text {
    /// The text of `s`, copied.
    #[inline]
    pub fn copy_of(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline { len: s.len() as u8, bytes }
        } else {
            Text::Heap(Box::from(s))
        }
    }

    /// The text of these pieces one after another.
    pub fn concat(parts: &[&str]) -> Text {
        let total: usize = parts.iter().map(|p| p.len()).sum();
        if total > INLINE {
            return Text::Heap(parts.concat().into_boxed_str());
        }
        let mut bytes = [0u8; INLINE];
        let mut at = 0;
        for p in parts {
            bytes[at..at + p.len()].copy_from_slice(p.as_bytes());
            at += p.len();
        }
        Text::Inline { len: total as u8, bytes }
    }

    /// The text of ASCII `s` with `f` applied to each byte. `f` is meant to map ASCII to
    /// ASCII (`u8::to_ascii_lowercase`); its results are masked to seven bits so that the
    /// text stays valid whatever it does.
    pub fn map_ascii(s: &str, f: impl Fn(u8) -> u8) -> Text {
        if s.len() > INLINE {
            let mapped: String = s.bytes().map(|b| char::from(f(b) & 0x7f)).collect();
            return Text::Heap(mapped.into_boxed_str());
        }
        let mut bytes = [0u8; INLINE];
        for (d, b) in bytes.iter_mut().zip(s.bytes()) {
            *d = f(b) & 0x7f;
        }
        Text::Inline { len: s.len() as u8, bytes }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            Text::Inline { len, bytes } => {
                let b = &bytes[..usize::from(*len).min(INLINE)];
                // SAFETY: `Inline` is only made by `copy_of` from a `str`'s first `len` bytes.
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            Text::Heap(b) => b,
        }
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl From<&str> for Text {
    #[inline]
    fn from(s: &str) -> Text {
        Text::copy_of(s)
    }
}

impl From<&mut str> for Text {
    #[inline]
    fn from(s: &mut str) -> Text {
        Text::copy_of(s)
    }
}

impl From<&String> for Text {
    #[inline]
    fn from(s: &String) -> Text {
        Text::copy_of(s)
    }
}

impl From<String> for Text {
    #[inline]
    fn from(s: String) -> Text {
        if s.len() <= INLINE { Text::copy_of(&s) } else { Text::Heap(s.into_boxed_str()) }
    }
}

impl From<Box<str>> for Text {
    #[inline]
    fn from(s: Box<str>) -> Text {
        if s.len() <= INLINE { Text::copy_of(&s) } else { Text::Heap(s) }
    }
}

impl From<std::borrow::Cow<'_, str>> for Text {
    #[inline]
    fn from(s: std::borrow::Cow<'_, str>) -> Text {
        match s {
            std::borrow::Cow::Borrowed(b) => Text::copy_of(b),
            std::borrow::Cow::Owned(o) => Text::from(o),
        }
    }
}

impl From<char> for Text {
    #[inline]
    fn from(c: char) -> Text {
        Text::copy_of(c.encode_utf8(&mut [0; 4]))
    }
}
