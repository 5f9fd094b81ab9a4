//! Character rules of the SRE engine: the opcode and code numbers `re._constants` assigns,
//! case folding (ASCII, the C locale, Unicode simple mappings), the categories behind `\d`,
//! `\s`, `\w` and line breaks (ASCII, locale and Unicode flavours, with CPython's
//! definitions: a Unicode digit is a decimal digit, a word character is alphanumeric or
//! `_`), and membership in a compiled character set (`IN`'s sub-program).
//!
//! Promise: every function is total; a malformed set program reads past its end as
//! `FAILURE` and never panics.

use crate::builtins::methods::{is_alpha_char, is_decimal_char, is_numeric_char, py_isspace};

// Opcodes (re._constants.OPCODES order).
pub const FAILURE: u32 = 0;
pub const SUCCESS: u32 = 1;
pub const ANY: u32 = 2;
pub const ANY_ALL: u32 = 3;
pub const ASSERT: u32 = 4;
pub const ASSERT_NOT: u32 = 5;
pub const AT: u32 = 6;
pub const BRANCH: u32 = 7;
pub const CATEGORY: u32 = 8;
pub const CHARSET: u32 = 9;
pub const BIGCHARSET: u32 = 10;
pub const GROUPREF: u32 = 11;
pub const GROUPREF_EXISTS: u32 = 12;
pub const IN: u32 = 13;
pub const INFO: u32 = 14;
pub const JUMP: u32 = 15;
pub const LITERAL: u32 = 16;
pub const MARK: u32 = 17;
pub const MAX_UNTIL: u32 = 18;
pub const MIN_UNTIL: u32 = 19;
pub const NOT_LITERAL: u32 = 20;
pub const NEGATE: u32 = 21;
pub const RANGE: u32 = 22;
pub const REPEAT: u32 = 23;
pub const REPEAT_ONE: u32 = 24;
#[allow(dead_code)]
pub const SUBPATTERN: u32 = 25;
pub const MIN_REPEAT_ONE: u32 = 26;
pub const ATOMIC_GROUP: u32 = 27;
pub const POSSESSIVE_REPEAT: u32 = 28;
pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
pub const GROUPREF_IGNORE: u32 = 30;
pub const IN_IGNORE: u32 = 31;
pub const LITERAL_IGNORE: u32 = 32;
pub const NOT_LITERAL_IGNORE: u32 = 33;
pub const GROUPREF_LOC_IGNORE: u32 = 34;
pub const IN_LOC_IGNORE: u32 = 35;
pub const LITERAL_LOC_IGNORE: u32 = 36;
pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
pub const GROUPREF_UNI_IGNORE: u32 = 38;
pub const IN_UNI_IGNORE: u32 = 39;
pub const LITERAL_UNI_IGNORE: u32 = 40;
pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
pub const RANGE_UNI_IGNORE: u32 = 42;

// AT codes.
pub const AT_BEGINNING: u32 = 0;
pub const AT_BEGINNING_LINE: u32 = 1;
pub const AT_BEGINNING_STRING: u32 = 2;
pub const AT_BOUNDARY: u32 = 3;
pub const AT_NON_BOUNDARY: u32 = 4;
pub const AT_END: u32 = 5;
pub const AT_END_LINE: u32 = 6;
pub const AT_END_STRING: u32 = 7;
pub const AT_LOC_BOUNDARY: u32 = 8;
pub const AT_LOC_NON_BOUNDARY: u32 = 9;
pub const AT_UNI_BOUNDARY: u32 = 10;
pub const AT_UNI_NON_BOUNDARY: u32 = 11;

/// `SRE_MAXREPEAT` with 4-byte codes: "no upper bound".
pub const MAXREPEAT: u32 = u32::MAX;

/// The code word at `i`, or `FAILURE` past the end.
#[inline]
pub fn word(code: &[u32], i: usize) -> u32 {
    code.get(i).copied().unwrap_or(FAILURE)
}

pub fn lower_ascii(ch: u32) -> u32 {
    if (u32::from(b'A')..=u32::from(b'Z')).contains(&ch) { ch + 32 } else { ch }
}

fn upper_ascii(ch: u32) -> u32 {
    if (u32::from(b'a')..=u32::from(b'z')).contains(&ch) { ch - 32 } else { ch }
}

/// The C locale's `tolower`/`toupper` (only ASCII letters change).
pub fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

pub fn upper_locale(ch: u32) -> u32 {
    upper_ascii(ch)
}

/// CPython's `Py_UNICODE_TOLOWER`: the simple lowercase mapping, or for characters with a
/// special (multi-character) mapping, its first character.
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    krait_unicode::case::simple_lower(ch)
}

/// CPython's `Py_UNICODE_TOUPPER`: the simple uppercase mapping, or for characters with a
/// special (multi-character) mapping such as 'ß' -> "SS", its first character.
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_ascii(ch);
    }
    krait_unicode::case::simple_upper(ch)
}

pub fn ascii_iscased(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_alphabetic()
}

pub fn unicode_iscased(ch: u32) -> bool {
    ch != lower_unicode(ch) || ch != upper_unicode(ch)
}

fn is_ascii_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == u32::from(b'_'))
}

fn uni(ch: u32, f: impl Fn(char) -> bool) -> bool {
    char::from_u32(ch).is_some_and(f)
}

pub fn is_uni_word(ch: u32) -> bool {
    ch == u32::from(b'_') || uni(ch, |c| is_alpha_char(c) || is_numeric_char(c))
}

fn is_uni_linebreak(ch: u32) -> bool {
    krait_unicode::is_linebreak(ch)
}

/// Word character test used by `\b` in the flavour `at` selects.
fn word_for(at_flavour: u32, ch: u32) -> bool {
    match at_flavour {
        AT_UNI_BOUNDARY | AT_UNI_NON_BOUNDARY => is_uni_word(ch),
        _ => is_ascii_word(ch),
    }
}

/// Is `ch` in category `cat` (a CHCODES number)?
pub fn category(cat: u32, ch: u32) -> bool {
    match cat {
        0 => (0x30..=0x39).contains(&ch),
        1 => !(0x30..=0x39).contains(&ch),
        2 => matches!(ch, 0x09..=0x0D | 0x20),
        3 => !matches!(ch, 0x09..=0x0D | 0x20),
        4 | 8 => is_ascii_word(ch),
        5 | 9 => !is_ascii_word(ch),
        6 => ch == 0x0A,
        7 => ch != 0x0A,
        10 => uni(ch, is_decimal_char),
        11 => !uni(ch, is_decimal_char),
        12 => uni(ch, py_isspace),
        13 => !uni(ch, py_isspace),
        14 => is_uni_word(ch),
        15 => !is_uni_word(ch),
        16 => is_uni_linebreak(ch),
        17 => !is_uni_linebreak(ch),
        _ => false,
    }
}

/// Is the position between `before` and `after` (None at the ends) a word boundary in
/// the flavour of `at`?
pub fn boundary(at: u32, before: Option<u32>, after: Option<u32>) -> bool {
    let b = before.is_some_and(|c| word_for(at, c));
    let a = after.is_some_and(|c| word_for(at, c));
    a != b
}

/// Is `ch` a member of the set program starting at `p` (ending with `FAILURE`)?
pub fn in_charset(code: &[u32], mut p: usize, ch: u32) -> bool {
    let mut ok = true;
    loop {
        let op = word(code, p);
        p += 1;
        match op {
            FAILURE => return !ok,
            LITERAL => {
                if ch == word(code, p) {
                    return ok;
                }
                p += 1;
            }
            CATEGORY => {
                if category(word(code, p), ch) {
                    return ok;
                }
                p += 1;
            }
            CHARSET => {
                if ch < 256 && word(code, p + (ch / 32) as usize) & (1u32 << (ch & 31)) != 0 {
                    return ok;
                }
                p += 8;
            }
            RANGE => {
                if word(code, p) <= ch && ch <= word(code, p + 1) {
                    return ok;
                }
                p += 2;
            }
            RANGE_UNI_IGNORE => {
                let (lo, hi) = (word(code, p), word(code, p + 1));
                if lo <= ch && ch <= hi {
                    return ok;
                }
                let up = upper_unicode(ch);
                if lo <= up && up <= hi {
                    return ok;
                }
                p += 2;
            }
            NEGATE => ok = !ok,
            BIGCHARSET => {
                let count = word(code, p) as usize;
                p += 1;
                if ch < 0x10000 {
                    let hi = (ch >> 8) as usize;
                    // 256 one-byte block numbers packed little-endian into 64 words.
                    let block = (word(code, p + hi / 4) >> (8 * (hi % 4))) & 0xff;
                    let bit = block * 256 + (ch & 255);
                    if word(code, p + 64 + (bit / 32) as usize) & (1u32 << (bit & 31)) != 0 {
                        return ok;
                    }
                }
                p += 64 + count * 8;
            }
            _ => return false,
        }
    }
}

/// `IN_LOC_IGNORE`: the set contains the character lowercased or uppercased (C locale).
pub fn in_charset_loc_ignore(code: &[u32], p: usize, ch: u32) -> bool {
    let lo = lower_locale(ch);
    if in_charset(code, p, lo) {
        return true;
    }
    let up = upper_locale(ch);
    up != lo && in_charset(code, p, up)
}

/// `LITERAL_LOC_IGNORE`'s test.
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}
