//! Case mappings as CPython's `str` methods apply them: full mappings (SpecialCasing's
//! unconditional entries), full case folding (CaseFolding's C and F entries), the final
//! sigma rule (the one conditional mapping CPython implements), and the string-level
//! algorithms of `lower`, `upper`, `title`, `capitalize`, `swapcase`, `casefold`,
//! `isupper`, `islower` and `istitle`.

use crate::{record, tables};

fn push_delta(out: &mut String, cp: u32, delta: i32) {
    let m = cp.wrapping_add_signed(delta);
    out.push(char::from_u32(m).unwrap_or('\u{FFFD}'));
}

/// Which mapping: indexes into a special entry (lower, title, upper, fold).
#[derive(Clone, Copy)]
enum Map {
    Lower,
    Title,
    Upper,
    Fold,
}

fn push_mapped(out: &mut String, c: char, map: Map) {
    let cp = c as u32;
    let r = record(cp);
    if r.special != 0
        && let Some(sp) = tables::SPECIAL_CASES.get(r.special as usize - 1) {
            out.push_str(match map {
                Map::Lower => sp.0,
                Map::Title => sp.1,
                Map::Upper => sp.2,
                Map::Fold => sp.3,
            });
            return;
        }
    let d = match map {
        Map::Lower | Map::Fold => r.lower,
        Map::Title => r.title,
        Map::Upper => r.upper,
    };
    if d == 0 {
        out.push(c);
    } else {
        push_delta(out, cp, d);
    }
}

/// The full lowercase of one character (no final-sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    push_mapped(out, c, Map::Lower);
}
pub fn push_upper(out: &mut String, c: char) {
    push_mapped(out, c, Map::Upper);
}
pub fn push_title(out: &mut String, c: char) {
    push_mapped(out, c, Map::Title);
}
pub fn push_fold(out: &mut String, c: char) {
    push_mapped(out, c, Map::Fold);
}

/// The simple (one character) mappings: the first character of the full mapping, as
/// CPython's `_PyUnicode_ToLowercase` and `_PyUnicode_ToUppercase` give (used by regular
/// expressions' case-insensitive matching).
pub fn simple_lower(cp: u32) -> u32 {
    simple(cp, Map::Lower)
}
pub fn simple_upper(cp: u32) -> u32 {
    simple(cp, Map::Upper)
}
fn simple(cp: u32, map: Map) -> u32 {
    let r = record(cp);
    if r.special != 0 {
        let Some(sp) = tables::SPECIAL_CASES.get(r.special as usize - 1) else { return cp };
        let s = match map {
            Map::Lower => sp.0,
            Map::Title => sp.1,
            Map::Upper => sp.2,
            Map::Fold => sp.3,
        };
        return s.chars().next().map_or(cp, |c| c as u32);
    }
    let d = match map {
        Map::Lower | Map::Fold => r.lower,
        Map::Title => r.title,
        Map::Upper => r.upper,
    };
    cp.wrapping_add_signed(d)
}

/// The lowercase of `chars[i]` with the final sigma rule: a capital sigma preceded by a
/// cased letter and not followed by one (case-ignorable characters skipped) becomes 'ς'.
fn lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3A3}' {
        push_lower(out, c);
        return;
    }
    let ignorable = |c: &&char| crate::is_case_ignorable(**c as u32);
    let before = chars[..i].iter().rev().find(|c| !ignorable(c)).is_some_and(|c| crate::is_cased(*c as u32));
    let after = chars[i + 1..].iter().find(|c| !ignorable(c)).is_some_and(|c| crate::is_cased(*c as u32));
    out.push(if before && !after { '\u{3C2}' } else { '\u{3C3}' });
}

fn has_sigma(s: &str) -> bool {
    s.contains('\u{3A3}')
}

/// `str.lower`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if has_sigma(s) {
        let chars: Vec<char> = s.chars().collect();
        for i in 0..chars.len() {
            lower_at(&mut out, &chars, i);
        }
    } else {
        for c in s.chars() {
            push_lower(&mut out, c);
        }
    }
    out
}

/// `str.upper`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.casefold`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// `str.title`: title case after an uncased character, lower case after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = crate::is_cased(c as u32);
    }
    out
}

/// `str.capitalize`: the first character in title case, the rest in lower case.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.swapcase`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if crate::is_upper(c as u32) {
            lower_at(&mut out, &chars, i);
        } else if crate::is_lower(c as u32) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.isupper`: some cased character, and none lowercase or titlecase.
pub fn is_upper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let cp = c as u32;
        if crate::is_lower(cp) || crate::is_title(cp) {
            return false;
        }
        cased |= crate::is_upper(cp);
    }
    cased
}

/// `str.islower`: some cased character, and none uppercase or titlecase.
pub fn is_lower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let cp = c as u32;
        if crate::is_upper(cp) || crate::is_title(cp) {
            return false;
        }
        cased |= crate::is_lower(cp);
    }
    cased
}

/// `str.istitle`: uppercase and titlecase characters only after uncased ones, lowercase
/// ones only after cased ones, and at least one cased character.
pub fn is_title_str(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        let cp = c as u32;
        if crate::is_upper(cp) || crate::is_title(cp) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if crate::is_lower(cp) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
