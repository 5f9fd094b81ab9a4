//! Unicode 3.2.0 as CPython's `unicodedata.ucd_3_2_0` sees it (for stringprep and
//! IDNA): the current tables with CPython's change records on top. Characters assigned
//! since 3.2.0 are unassigned; characters assigned in both may have a different category,
//! bidirectional class, decimal value, mirrored flag or width, and five CJK compatibility
//! ideographs a different decomposition. (CPython 3.14.2's `ucd_3_2_0.numeric()` applies
//! the decimal change, not a numeric one; the module follows it.)

use crate::tables;

/// One character's 3.2.0 differences (None: unchanged).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub category: Option<&'static str>,
    pub bidi: Option<&'static str>,
    pub decimal: Option<u32>,
    pub mirrored: Option<bool>,
    pub east_asian_width: Option<&'static str>,
}

/// Assigned now but not in Unicode 3.2.0 (CPython's "category_changed == 0").
pub fn unassigned(cp: u32) -> bool {
    crate::record(cp).category != 0 && !crate::assigned_in_3_2(cp)
}

/// The 3.2.0 differences of a character assigned in both versions.
pub fn change(cp: u32) -> Option<Change> {
    let k = tables::CHANGES_3_2.binary_search_by_key(&cp, |c| c.0).ok()?;
    let &(_, cat, bidi, dec, mir, eaw) = tables::CHANGES_3_2.get(k)?;
    let name = |names: &'static [&'static str], i: u8| if i == 0xFF { None } else { names.get(i as usize).copied() };
    Some(Change {
        category: name(&tables::CATEGORY_NAMES, cat),
        bidi: name(&tables::BIDI_NAMES, bidi),
        decimal: (dec != 0xFF).then_some(u32::from(dec)),
        mirrored: (mir != 0xFF).then_some(mir == 1),
        east_asian_width: name(&tables::EAW_NAMES, eaw),
    })
}

/// The 3.2.0 decomposition (one character) where it differs from the current one.
pub fn decomposition_change(cp: u32) -> Option<u32> {
    let k = tables::DECOMP_3_2.binary_search_by_key(&cp, |c| c.0).ok()?;
    tables::DECOMP_3_2.get(k).map(|c| c.1)
}
