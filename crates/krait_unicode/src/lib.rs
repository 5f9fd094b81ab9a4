//! The Unicode Character Database 16.0.0 as CPython 3.14 uses it: the properties its
//! `unicodedata` module reports and its `str` methods test (categories, bidirectional
//! classes, widths, numeric values, case mappings with special casing and case folding,
//! identifier classes), names and aliases (`names`), and the four normalization forms
//! (`normalize`).
//!
//! Every table is static data generated into `tables.rs` by
//! `tools/ucdgen/gen_unicode_tables.py` from the UCD files; nothing is built at start-up.
//! The property definitions (which UCD property drives which `str` predicate) follow
//! CPython's, so `str.isalpha` and friends agree with CPython for every code point.
//! Code points beyond U+10FFFF get the empty record (unassigned). No function panics.

pub mod case;
pub mod names;
pub mod normalize;
pub mod v3_2;
#[allow(clippy::unreadable_literal, clippy::large_stack_arrays)]
mod tables;

/// The UCD version of the tables (`unicodedata.unidata_version`).
pub const UNIDATA_VERSION: &str = "16.0.0";

/// The UCD files the tables were generated from, with their SHA-256.
pub static UCD_INPUTS: &[(&str, &str)] = &tables::INPUT_SHA256;

/// One code point's properties (shared by all code points with equal properties).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// Index into the category names (0 = "Cn").
    pub category: u8,
    /// Index into the bidirectional class names (0 = "", unassigned).
    pub bidi: u8,
    /// Canonical combining class.
    pub combining: u8,
    /// Index into the East Asian width names.
    pub east_asian_width: u8,
    /// The `F_*` bits.
    pub flags: u16,
    /// Normalization quick checks, two bits per form (NFD, NFKD, NFC, NFKC): 0 yes,
    /// 1 maybe, 2 no.
    pub quick_check: u8,
    /// Decimal digit value (0xFF: none).
    pub decimal: u8,
    /// Digit value (0xFF: none).
    pub digit: u8,
    /// 1 + index into the numeric values (0: none).
    pub numeric: u16,
    /// Simple case mapping deltas (code point differences), when `special` is 0.
    pub upper: i32,
    pub lower: i32,
    pub title: i32,
    /// 1 + index into the full case mappings (0: the deltas apply).
    pub special: u16,
}

pub const F_ALPHA: u16 = 1;
pub const F_DECIMAL: u16 = 1 << 1;
pub const F_DIGIT: u16 = 1 << 2;
pub const F_LOWER: u16 = 1 << 3;
pub const F_LINEBREAK: u16 = 1 << 4;
pub const F_SPACE: u16 = 1 << 5;
pub const F_TITLE: u16 = 1 << 6;
pub const F_UPPER: u16 = 1 << 7;
pub const F_XID_START: u16 = 1 << 8;
pub const F_XID_CONTINUE: u16 = 1 << 9;
pub const F_PRINTABLE: u16 = 1 << 10;
pub const F_NUMERIC: u16 = 1 << 11;
pub const F_CASE_IGNORABLE: u16 = 1 << 12;
pub const F_CASED: u16 = 1 << 13;
pub const F_MIRRORED: u16 = 1 << 14;
/// Assigned in Unicode 3.2.0 (for `unicodedata.ucd_3_2_0`).
pub const F_ASSIGNED_3_2: u16 = 1 << 15;

/// The record of a code point (any u32; beyond U+10FFFF the empty record).
#[inline]
pub fn record(cp: u32) -> &'static Record {
    if cp >= 0x11_0000 {
        return &tables::RECORDS[0];
    }
    let shift = tables::SHIFT;
    let block = tables::INDEX1[(cp >> shift) as usize] as usize;
    let i = tables::INDEX2[(block << shift) + (cp & ((1 << shift) - 1)) as usize];
    &tables::RECORDS[i as usize]
}

#[inline]
fn flag(cp: u32, f: u16) -> bool {
    // ASCII letters and digits are the common case; the table lookup is cheap anyway.
    record(cp).flags & f != 0
}

/// The general category's two-letter name.
pub fn category(cp: u32) -> &'static str {
    tables::CATEGORY_NAMES[record(cp).category as usize]
}

/// The bidirectional class ('' for unassigned code points).
pub fn bidirectional(cp: u32) -> &'static str {
    tables::BIDI_NAMES[record(cp).bidi as usize]
}

pub fn combining(cp: u32) -> u8 {
    record(cp).combining
}

pub fn east_asian_width(cp: u32) -> &'static str {
    tables::EAW_NAMES[record(cp).east_asian_width as usize]
}

pub fn mirrored(cp: u32) -> bool {
    flag(cp, F_MIRRORED)
}

pub fn decimal(cp: u32) -> Option<u32> {
    let r = record(cp);
    (r.flags & F_DECIMAL != 0).then_some(u32::from(r.decimal))
}

pub fn digit(cp: u32) -> Option<u32> {
    let r = record(cp);
    (r.flags & F_DIGIT != 0).then_some(u32::from(r.digit))
}

pub fn numeric(cp: u32) -> Option<f64> {
    let r = record(cp);
    if r.flags & F_NUMERIC == 0 || r.numeric == 0 {
        return None;
    }
    tables::NUMERIC_VALUES.get(r.numeric as usize - 1).copied()
}

/// `str.isalpha`: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(cp: u32) -> bool {
    flag(cp, F_ALPHA)
}
/// `str.isdecimal`.
pub fn is_decimal(cp: u32) -> bool {
    flag(cp, F_DECIMAL)
}
/// `str.isdigit`.
pub fn is_digit(cp: u32) -> bool {
    flag(cp, F_DIGIT)
}
/// `str.isnumeric`.
pub fn is_numeric(cp: u32) -> bool {
    flag(cp, F_NUMERIC)
}
/// `str.isalnum` for one character.
pub fn is_alnum(cp: u32) -> bool {
    flag(cp, F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC)
}
/// `str.isspace`: category Zs or bidirectional class WS, B or S.
pub fn is_space(cp: u32) -> bool {
    flag(cp, F_SPACE)
}
/// A line boundary for `str.splitlines`.
pub fn is_linebreak(cp: u32) -> bool {
    flag(cp, F_LINEBREAK)
}
/// `str.isprintable` for one character.
pub fn is_printable(cp: u32) -> bool {
    flag(cp, F_PRINTABLE)
}
pub fn is_xid_start(cp: u32) -> bool {
    flag(cp, F_XID_START)
}
pub fn is_xid_continue(cp: u32) -> bool {
    flag(cp, F_XID_CONTINUE)
}
/// The Uppercase property (`str.isupper`).
pub fn is_upper(cp: u32) -> bool {
    flag(cp, F_UPPER)
}
/// The Lowercase property (`str.islower`).
pub fn is_lower(cp: u32) -> bool {
    flag(cp, F_LOWER)
}
/// Category Lt (`str.istitle`).
pub fn is_title(cp: u32) -> bool {
    flag(cp, F_TITLE)
}
pub fn is_cased(cp: u32) -> bool {
    flag(cp, F_CASED)
}
pub fn is_case_ignorable(cp: u32) -> bool {
    flag(cp, F_CASE_IGNORABLE)
}
/// Whether the code point was assigned in Unicode 3.2.0.
pub fn assigned_in_3_2(cp: u32) -> bool {
    flag(cp, F_ASSIGNED_3_2)
}

/// `str.isidentifier`: XID_Start or '_' first, XID_Continue after.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) => (c == '_' || is_xid_start(c as u32)) && it.all(|c| is_xid_continue(c as u32)),
        None => false,
    }
}

/// The decomposition field of UnicodeData.txt as `unicodedata.decomposition` shows it
/// ("<compat> 0020 0308"; "" when there is none; Hangul syllables have none here).
pub fn decomposition(cp: u32) -> String {
    let Some((tag, cps)) = normalize::decomposition_of(cp) else { return String::new() };
    let mut out = String::new();
    if tag != 0 {
        out.push_str(tables::DECOMP_TAGS[tag as usize]);
    }
    for c in cps {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{c:04X}"));
    }
    out
}

#[cfg(test)]
mod tests;
