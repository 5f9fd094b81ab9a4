//! The normalization forms NFC, NFD, NFKC and NFKD (UAX #15) over the generated
//! decomposition and composition tables, with Hangul syllables done algorithmically,
//! and CPython's quick check for `unicodedata.is_normalized`.

use crate::tables;

/// A normalization form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    /// The form named by `unicodedata.normalize`'s first argument.
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }
    fn composed(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The decomposition mapping of UnicodeData.txt: (tag index, code points); tag 0 is
/// canonical.
pub fn decomposition_of(cp: u32) -> Option<(u8, &'static [u32])> {
    let k = tables::DECOMP_KEYS.binary_search(&cp).ok()?;
    let info = *tables::DECOMP_INFO.get(k)?;
    let start = (info >> 13) as usize;
    let len = (info & 0xFF) as usize;
    let tag = ((info >> 8) & 0x1F) as u8;
    Some((tag, tables::DECOMP_DATA.get(start..start + len)?))
}

fn push_decomposed(out: &mut Vec<u32>, cp: u32, compat: bool, old: bool) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    if old {
        if let Some(c) = crate::v3_2::decomposition_change(cp) {
            push_decomposed(out, c, compat, old);
            return;
        }
        if crate::v3_2::unassigned(cp) {
            out.push(cp);
            return;
        }
    }
    match decomposition_of(cp) {
        Some((tag, cps)) if tag == 0 || compat => {
            for &c in cps {
                push_decomposed(out, c, compat, old);
            }
        }
        _ => out.push(cp),
    }
}

/// Canonical ordering: stable sort of each run of non-starters by combining class.
fn reorder(v: &mut [u32]) {
    let mut i = 0;
    while i < v.len() {
        if crate::combining(v[i]) == 0 {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < v.len() && crate::combining(v[j]) != 0 {
            j += 1;
        }
        v[i..j].sort_by_key(|&c| crate::combining(c));
        i = j;
    }
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE).is_multiple_of(T_COUNT) && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return Some(a + (b - T_BASE));
    }
    let key = (u64::from(a) << 21) | u64::from(b);
    let k = tables::COMPOSE_KEYS.binary_search(&key).ok()?;
    tables::COMPOSE_VALUES.get(k).copied()
}

fn compose(v: Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(v.len());
    let mut starter: Option<usize> = None;
    let mut last_ccc = 0u8;
    for c in v {
        let ccc = crate::combining(c);
        if let Some(si) = starter {
            let adjacent = si + 1 == out.len();
            if (adjacent || (last_ccc != 0 && last_ccc < ccc))
                && let Some(comp) = compose_pair(out[si], c) {
                    out[si] = comp;
                    continue;
                }
        }
        if ccc == 0 {
            starter = Some(out.len());
        }
        last_ccc = ccc;
        out.push(c);
    }
    out
}

/// `unicodedata.normalize(form, s)`.
pub fn normalize(form: Form, s: &str) -> String {
    if s.is_ascii() || quick_check(form, s) == Some(true) {
        return s.to_string();
    }
    normalize_full(form, s, false)
}

/// `unicodedata.ucd_3_2_0.normalize(form, s)`: characters assigned after Unicode 3.2.0
/// do not decompose, and 3.2.0's decompositions apply where they differ.
pub fn normalize_3_2(form: Form, s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    normalize_full(form, s, true)
}

/// `unicodedata.ucd_3_2_0.is_normalized(form, s)` (no quick check, as CPython).
pub fn is_normalized_3_2(form: Form, s: &str) -> bool {
    s.is_ascii() || normalize_full(form, s, true) == s
}

fn normalize_full(form: Form, s: &str, old: bool) -> String {
    let mut v = Vec::with_capacity(s.len());
    for c in s.chars() {
        push_decomposed(&mut v, c as u32, form.compat(), old);
    }
    reorder(&mut v);
    if form.composed() {
        v = compose(v);
    }
    v.into_iter().filter_map(char::from_u32).collect()
}

/// The quick check: Some(true) yes, Some(false) no, None maybe.
fn quick_check(form: Form, s: &str) -> Option<bool> {
    let shift = match form {
        Form::Nfd => 0,
        Form::Nfkd => 2,
        Form::Nfc => 4,
        Form::Nfkc => 6,
    };
    let mut maybe = false;
    let mut prev_ccc = 0;
    for c in s.chars() {
        let r = crate::record(c as u32);
        match (r.quick_check >> shift) & 3 {
            0 => {}
            1 => maybe = true,
            _ => return Some(false),
        }
        if r.combining != 0 && prev_ccc > r.combining {
            return Some(false);
        }
        prev_ccc = r.combining;
    }
    if maybe { None } else { Some(true) }
}

/// `unicodedata.is_normalized(form, s)`.
pub fn is_normalized(form: Form, s: &str) -> bool {
    if s.is_ascii() {
        return true;
    }
    match quick_check(form, s) {
        Some(answer) => answer,
        None => normalize(form, s) == s,
    }
}
