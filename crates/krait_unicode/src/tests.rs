//! Spot checks of the generated tables and the freshness check of `tables.rs`.

use super::*;

#[test]
fn properties() {
    assert_eq!(category('A' as u32), "Lu");
    assert_eq!(category(0x10FFFF), "Cn");
    assert_eq!(category(0x110000), "Cn");
    assert_eq!(bidirectional(0x05D0), "R");
    assert_eq!(east_asian_width(0x3000), "F");
    assert_eq!(numeric(0xBD), Some(0.5));
    assert_eq!(numeric(0x4E00), Some(1.0));
    assert_eq!(decimal(0x663), Some(3));
    assert!(is_space(0x1C) && !is_space('a' as u32));
    assert_eq!(decomposition(0xE9), "0065 0301");
    assert_eq!(decomposition(0xBD), "<fraction> 0031 2044 0032");
}

#[test]
fn case_mappings() {
    assert_eq!(case::upper("ß"), "SS");
    assert_eq!(case::upper("ﬃ"), "FFI");
    assert_eq!(case::lower("İ"), "i\u{307}");
    assert_eq!(case::lower("ΑΣ ΑΣΑ"), "ας ασα");
    assert_eq!(case::title("ǆa"), "ǅa");
    assert_eq!(case::casefold("ß"), "ss");
}

#[test]
fn names_both_ways() {
    assert_eq!(names::name(0xE9).as_deref(), Some("LATIN SMALL LETTER E WITH ACUTE"));
    assert_eq!(names::name(0xAC00).as_deref(), Some("HANGUL SYLLABLE GA"));
    assert_eq!(names::name(0x4E00).as_deref(), Some("CJK UNIFIED IDEOGRAPH-4E00"));
    assert_eq!(names::name(0xF900).as_deref(), Some("CJK COMPATIBILITY IDEOGRAPH-F900"));
    assert_eq!(names::name(0x17000), None);
    assert_eq!(names::lookup("snowman", false), Some(names::Found::Char(0x2603)));
    assert_eq!(names::lookup("LATIN CAPITAL LETTER GHA", false), Some(names::Found::Char(0x1A2)));
    assert_eq!(names::lookup("TANGUT IDEOGRAPH-17000", false), None);
    assert_eq!(names::lookup("hangul syllable gag", false), None);
    assert_eq!(names::lookup("HANGUL SYLLABLE GAG", false), Some(names::Found::Char(0xAC01)));
    assert_eq!(names::lookup("HANGUL SYLLABLE A", false), Some(names::Found::Char(0xC544)));
    assert_eq!(names::lookup("CJK UNIFIED IDEOGRAPH-04E00", false), Some(names::Found::Char(0x4E00)));
    assert_eq!(names::lookup("CJK UNIFIED IDEOGRAPH-F900", false), None);
    assert_eq!(names::lookup("LATIN SMALL LETTER R WITH TILDE", false), None);
    assert!(matches!(names::lookup("LATIN SMALL LETTER R WITH TILDE", true), Some(names::Found::Sequence(_))));
    for cp in (0..0x110000).step_by(7) {
        if let Some(n) = names::name(cp) {
            assert_eq!(names::lookup(&n, false), Some(names::Found::Char(cp)), "{n}");
        }
    }
}

#[test]
fn normalization() {
    use normalize::{Form, normalize};
    assert_eq!(normalize(Form::Nfd, "é"), "e\u{301}");
    assert_eq!(normalize(Form::Nfc, "e\u{301}"), "é");
    assert_eq!(normalize(Form::Nfkc, "ﬁ"), "fi");
    assert_eq!(normalize(Form::Nfc, "\u{1100}\u{1161}\u{11A8}"), "각");
    assert_eq!(normalize(Form::Nfd, "각"), "\u{1100}\u{1161}\u{11A8}");
}

/// NormalizationTest.txt, when the UCD is at hand (KRAIT_UCD_DIR).
#[test]
fn normalization_test_file() {
    use normalize::{Form, normalize};
    let Some(dir) = std::env::var_os("KRAIT_UCD_DIR") else { return };
    let Ok(text) = std::fs::read_to_string(std::path::Path::new(&dir).join("NormalizationTest.txt")) else { return };
    let parse = |f: &str| -> String { f.split_whitespace().filter_map(|h| u32::from_str_radix(h, 16).ok()).filter_map(char::from_u32).collect() };
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        if line.starts_with('@') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<String> = line.split(';').take(5).map(parse).collect();
        assert_eq!(normalize(Form::Nfc, &c[0]), c[1], "NFC {line}");
        assert_eq!(normalize(Form::Nfd, &c[0]), c[2], "NFD {line}");
        assert_eq!(normalize(Form::Nfkc, &c[0]), c[3], "NFKC {line}");
        assert_eq!(normalize(Form::Nfkd, &c[0]), c[4], "NFKD {line}");
    }
}

/// tables.rs is what the generator makes of the UCD files (KRAIT_UCD_DIR) now: run it
/// into a temporary file and compare. Skipped when the UCD or python3 is not at hand.
#[test]
fn tables_are_fresh() {
    let Some(dir) = std::env::var_os("KRAIT_UCD_DIR") else { return };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("../../tools/ucdgen/gen_unicode_tables.py");
    let out = std::env::temp_dir().join(format!("krait_unicode_tables_{}.rs", std::process::id()));
    let Ok(status) = std::process::Command::new("python3").arg(&script).arg(&dir).arg(&out).status() else { return };
    assert!(status.success(), "the generator failed");
    let fresh = std::fs::read_to_string(&out).unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    let committed = std::fs::read_to_string(root.join("src/tables.rs")).unwrap_or_default();
    assert!(fresh == committed, "crates/krait_unicode/src/tables.rs is stale: run tools/ucdgen/gen_unicode_tables.py");
}

#[test]
fn unicode_3_2() {
    assert!(v3_2::unassigned(0x221) && !v3_2::unassigned('A' as u32) && !v3_2::unassigned(0xFA6E));
    assert_eq!(v3_2::change(0xA7).and_then(|c| c.category), Some("So"));
    assert_eq!(v3_2::change(0x2B).and_then(|c| c.bidi), Some("ET"));
    assert_eq!(v3_2::decomposition_change(0x2F868), Some(0x2136A));
    assert_eq!(normalize::normalize_3_2(normalize::Form::Nfd, "\u{221}\u{e9}"), "\u{221}e\u{301}");
}
