//! A str object's UTF-8 bytes: held inside the object when short, in a box of their own
//! when long.
//!
//! Every heap object is allocated at one size (`heap::Payload`), and a str's other fields
//! leave room in it for [`INLINE`] bytes. Most strs a program makes (words, keys, names,
//! pieces of a split) fit, so making one is one allocation instead of two and freeing it one
//! free instead of two; `str.split()` of 200k words ran 686 instructions a word with every
//! text boxed. Promise: [`Text`] derefs to exactly the `str` it was made from.
//!
//! Python indexes strs by character, UTF-8 by byte. A long text that is not ASCII keeps,
//! once it is first indexed, the byte offset of every [`STRIDE`]th character
//! ([`CharIndex`]), so `s[i]`, `s[i:j]` and `s.find(...)` cost a bounded walk instead of a
//! scan from the start (a loop indexing a 240k-character text ran 180 times slower than
//! python3 without it). Short texts are scanned: at most [`INLINE`] bytes.

/// The longest text kept inside the object.
pub const INLINE: usize = 70;

pub enum Text {
    /// `len` bytes of `bytes`, valid UTF-8.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// The text, its capacity exact except after [`Text::push_str`].
    Heap { text: String, index: std::cell::OnceCell<Box<CharIndex>> },
}

/// Characters between two marks of a [`CharIndex`].
pub const STRIDE: usize = 32;

/// The character count of a text and the byte offset of characters 0, STRIDE, 2*STRIDE...
#[derive(Debug)]
pub struct CharIndex {
    count: usize,
    marks: Box<[usize]>,
}

impl CharIndex {
    fn of(s: &str) -> CharIndex {
        let mut marks = Vec::with_capacity(s.len() / STRIDE + 1);
        let mut count = 0;
        for (b, _) in s.char_indices() {
            if count % STRIDE == 0 {
                marks.push(b);
            }
            count += 1;
        }
        if marks.is_empty() {
            marks.push(0);
        }
        CharIndex { count, marks: marks.into_boxed_slice() }
    }
}

/// The byte offset in `bytes` (UTF-8, from a character boundary `at`) after `n` more
/// characters, or the end.
fn skip_chars(bytes: &[u8], mut at: usize, mut n: usize) -> usize {
    while n > 0 && at < bytes.len() {
        at += match bytes[at] {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        n -= 1;
    }
    at.min(bytes.len())
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
            Text::heap(String::from(s))
        }
    }

    /// A long text, its capacity made exact.
    #[inline]
    fn heap(mut text: String) -> Text {
        text.shrink_to_fit();
        Text::Heap { text, index: std::cell::OnceCell::new() }
    }

    /// Appends `s` (the str's owner makes sure no one else can see the change): in place
    /// while it fits inside, then in a `String` whose capacity grows by doubling, so that a
    /// loop of appends copies each byte a bounded number of times.
    pub fn push_str(&mut self, s: &str) {
        match self {
            Text::Inline { len, bytes } if usize::from(*len) + s.len() <= INLINE => {
                let at = usize::from(*len);
                bytes[at..at + s.len()].copy_from_slice(s.as_bytes());
                *len += s.len() as u8;
            }
            Text::Inline { .. } => {
                let mut text = String::with_capacity(2 * (self.len() + s.len()));
                text.push_str(self);
                text.push_str(s);
                *self = Text::Heap { text, index: std::cell::OnceCell::new() };
            }
            Text::Heap { text, index } => {
                text.push_str(s);
                index.take();
            }
        }
    }

    fn index(&self) -> Option<&CharIndex> {
        match self {
            Text::Inline { .. } => None,
            Text::Heap { text, index } => Some(index.get_or_init(|| Box::new(CharIndex::of(text)))),
        }
    }

    /// The number of characters.
    pub fn char_count(&self) -> usize {
        match self.index() {
            Some(ix) => ix.count,
            None => self.chars().count(),
        }
    }

    /// The byte offset of character `ci`; the length when there are not that many.
    pub fn byte_of(&self, ci: usize) -> usize {
        match self.index() {
            Some(ix) if ci >= ix.count => self.len(),
            Some(ix) => skip_chars(self.as_bytes(), ix.marks[ci / STRIDE], ci % STRIDE),
            None => skip_chars(self.as_bytes(), 0, ci),
        }
    }

    /// The number of characters before byte offset `byte` (a character boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len());
        match self.index() {
            Some(ix) => {
                let k = ix.marks.partition_point(|&m| m <= byte).max(1) - 1;
                k * STRIDE + self.get(ix.marks[k]..byte).map_or(0, |t| t.chars().count())
            }
            None => self.get(..byte).map_or(0, |t| t.chars().count()),
        }
    }

    /// The text of these pieces one after another.
    pub fn concat(parts: &[&str]) -> Text {
        let total: usize = parts.iter().map(|p| p.len()).sum();
        if total > INLINE {
            return Text::heap(parts.concat());
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
            return Text::heap(mapped);
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
                // SAFETY: the first `len` bytes of an `Inline` are only ever written from
                // `str`s (`copy_of`, `concat`, `push_str`) or as ASCII (`map_ascii` masks
                // to seven bits), so they are valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            Text::Heap { text, .. } => text,
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
        if s.len() <= INLINE { Text::copy_of(&s) } else { Text::heap(s) }
    }
}

impl From<Box<str>> for Text {
    #[inline]
    fn from(s: Box<str>) -> Text {
        if s.len() <= INLINE { Text::copy_of(&s) } else { Text::heap(String::from(s)) }
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
