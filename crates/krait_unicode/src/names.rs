//! Character names: `unicodedata.name`, `unicodedata.lookup` and the `\N{...}` escape.
//!
//! Names of UnicodeData.txt are stored as word codes (`tables::NAME_DATA`, code point
//! order, with a sorted index for lookups); Hangul syllables and CJK unified ideographs
//! are derived (rule NR1/NR2); Tangut ideographs have no name (as in CPython 3.14.2, the
//! oracle's version). Lookups ignore ASCII case (except in the derived prefixes) and accept the aliases of
//! NameAliases.txt; named sequences are accepted only where asked for.

use crate::tables;

/// Longest name a lookup accepts (CPython's NAME_MAXLEN).
pub const NAME_MAXLEN: usize = 256;

const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;

const JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J",
    "C", "K", "T", "P", "H",
];

const PREFIXES: [&str; 3] = ["HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-"];

fn derived_kind(cp: u32) -> Option<u8> {
    tables::DERIVED_NAME_RANGES.iter().find(|r| r.0 <= cp && cp <= r.1).map(|r| r.2)
}

fn word(code: usize) -> &'static str {
    // code >= 1
    let end = tables::NAME_WORD_ENDS.get(code - 1).copied().unwrap_or(0) as usize;
    let start = if code >= 2 { tables::NAME_WORD_ENDS.get(code - 2).copied().unwrap_or(0) as usize } else { 0 };
    tables::NAME_WORDS.get(start..end).unwrap_or("")
}

/// The encoded bytes of name number `idx` (code point order).
fn name_bytes(idx: usize) -> &'static [u8] {
    let block = idx / tables::NAME_BLOCK;
    let mut pos = tables::NAME_BLOCK_OFFSETS.get(block).copied().unwrap_or(0) as usize;
    let data = tables::NAME_DATA;
    for _ in 0..idx % tables::NAME_BLOCK {
        pos += 1 + data.get(pos).copied().unwrap_or(0) as usize;
    }
    let len = data.get(pos).copied().unwrap_or(0) as usize;
    data.get(pos + 1..pos + 1 + len).unwrap_or(&[])
}

fn decode(bytes: &[u8], cp: u32, out: &mut String) {
    let mut i = 0;
    let mut first = true;
    while i < bytes.len() {
        let b = bytes[i] as usize;
        i += 1;
        let code = if b < 128 {
            b
        } else {
            let lo = bytes.get(i).copied().unwrap_or(0) as usize;
            i += 1;
            128 + ((b - 128) << 8 | lo)
        };
        if code == 0 {
            out.push_str(&format!("-{cp:04X}"));
            continue;
        }
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(word(code));
    }
}

/// The code point of name number `idx`.
fn name_cp(idx: usize) -> Option<u32> {
    let idx = idx as u32;
    let runs = &tables::NAME_RUNS;
    let k = runs.partition_point(|r| r.2 <= idx).checked_sub(1)?;
    let r = runs.get(k)?;
    (idx - r.2 < r.1).then_some(r.0 + (idx - r.2))
}

/// The name number of a code point with a stored name.
fn name_index(cp: u32) -> Option<usize> {
    let runs = &tables::NAME_RUNS;
    let k = runs.partition_point(|r| r.0 <= cp).checked_sub(1)?;
    let r = runs.get(k)?;
    (cp - r.0 < r.1).then_some((r.2 + cp - r.0) as usize)
}

fn stored_name(idx: usize) -> String {
    let mut s = String::new();
    decode(name_bytes(idx), name_cp(idx).unwrap_or(0), &mut s);
    s
}

/// `unicodedata.name`: the character's name, or None.
pub fn name(cp: u32) -> Option<String> {
    match derived_kind(cp) {
        Some(0) => {
            let s = cp - S_BASE;
            let (l, v, t) = (s / N_COUNT, (s % N_COUNT) / T_COUNT, s % T_COUNT);
            return Some(format!("{}{}{}{}", PREFIXES[0], JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]));
        }
        Some(1) => return Some(format!("{}{cp:04X}", PREFIXES[1])),
        _ => {}
    }
    name_index(cp).map(stored_name)
}

/// What a name lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Char(u32),
    Sequence(&'static str),
}

/// The longest jamo of `table` that `s` starts with (the empty jamo
/// always matches where the table has one): (index, length).
fn jamo(s: &str, table: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, j) in table.iter().enumerate() {
        let n = j.len();
        if best.is_some_and(|b| n <= b.1) {
            continue;
        }
        if s.get(..n) == Some(*j) {
            best = Some((i, n));
        }
    }
    best
}

fn hangul(rest: &str) -> Option<u32> {
    let (l, n1) = jamo(rest, &JAMO_L)?;
    let rest = &rest[n1..];
    let (v, n2) = jamo(rest, &JAMO_V)?;
    let rest = &rest[n2..];
    let (t, n3) = jamo(rest, &JAMO_T)?;
    if n3 != rest.len() {
        return None;
    }
    Some(S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32)
}

/// `unicodedata.lookup` (with `named_sequences`) and `\N{...}` (without): the character
/// (or sequence) of a name or alias. As CPython 3.14.2: the derived prefixes are matched
/// exactly ("HANGUL SYLLABLE " then jamo, "CJK UNIFIED IDEOGRAPH-" then four or five
/// uppercase hex digits), other names ignoring ASCII case; Tangut ideographs have none.
pub fn lookup(name: &str, named_sequences: bool) -> Option<Found> {
    if name.len() > NAME_MAXLEN {
        return None;
    }
    if let Some(rest) = name.strip_prefix(PREFIXES[0]) {
        return hangul(rest).map(Found::Char);
    }
    if let Some(hex) = name.strip_prefix(PREFIXES[1]) {
        if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
            return None;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        return (derived_kind(cp) == Some(1)).then_some(Found::Char(cp));
    }
    let upper = name.to_ascii_uppercase();
    let sorted = &tables::NAMES_SORTED;
    let k = sorted.partition_point(|&i| stored_name(i as usize).as_str() < upper.as_str());
    if let Some(&i) = sorted.get(k)
        && stored_name(i as usize) == upper {
            return name_cp(i as usize).map(Found::Char);
        }
    if let Ok(k) = tables::ALIASES.binary_search_by(|a| a.0.cmp(upper.as_str())) {
        return tables::ALIASES.get(k).map(|a| Found::Char(a.1));
    }
    if named_sequences
        && let Ok(k) = tables::NAMED_SEQUENCES.binary_search_by(|a| a.0.cmp(upper.as_str())) {
            return tables::NAMED_SEQUENCES.get(k).map(|a| Found::Sequence(a.1));
        }
    None
}
