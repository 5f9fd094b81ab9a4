//! `hash()` of str/bytes as 64-bit CPython computes it (SipHash-1-3, key from
//! PYTHONHASHSEED), and as the oracle (32-bit pyodide, FNV) does.

#![allow(clippy::unwrap_used, clippy::panic)] // helpers outside #[test] fns report failures by panicking too

use krait_bytecode::hash::{HashWidth, Hasher, fnv32, siphash_key};
use krait_bytecode::{Constant, PyStr};

/// `PYTHONHASHSEED=seed python3 -c 'print([hash(x) for x in ("", "abc", "héllo", "€uro", "𝄞x",
/// "a"*20)], [hash(b) for b in (b"abc", b"\x00"*9)])'` on this machine's native 64-bit
/// CPython 3.11 (`sys.hash_info.algorithm == 'siphash13'`; 3.14 hashes str/bytes the same way).
const NATIVE: &[(u32, [i64; 6], [i64; 2])] = &[
    (
        0,
        [
            0,
            -4594863902769663758,
            6395329678795984700,
            7542247858446192590,
            -5730075756551495666,
            3291541819775287794,
        ],
        [-4594863902769663758, 7399894860367327684],
    ),
    (
        1,
        [
            0,
            -4667308735975688587,
            4627783765987660535,
            -8458760685275807288,
            5627394262548991724,
            6515188088311800068,
        ],
        [-4667308735975688587, -9107142896308679226],
    ),
    (
        42,
        [
            0,
            3869580338025362921,
            -4058713343194919257,
            6573934580854229043,
            -2140760434280113932,
            1074132530334861433,
        ],
        [3869580338025362921, 5851252554905374699],
    ),
    (
        12345,
        [
            0,
            2962436275791859092,
            -3405917470080430561,
            5395950866319336650,
            -2926022228661077685,
            2580822683350016124,
        ],
        [2962436275791859092, -3643265647421075465],
    ),
];

#[test]
fn str_and_bytes_hash_like_native_64_bit_cpython() {
    let a20 = "a".repeat(20);
    let strs = ["", "abc", "héllo", "€uro", "𝄞x", a20.as_str()];
    for (seed, str_hashes, bytes_hashes) in NATIVE {
        let h = Hasher::new(HashWidth::Bits64, *seed);
        for (s, want) in strs.iter().zip(str_hashes) {
            assert_eq!(h.str(&PyStr::new(*s)), *want, "seed {seed} str {s:?}");
        }
        assert_eq!(h.bytes(b"abc"), bytes_hashes[0], "seed {seed}");
        assert_eq!(h.bytes(&[0; 9]), bytes_hashes[1], "seed {seed}");
    }
}

#[test]
fn seed_zero_means_a_zero_key() {
    assert_eq!(siphash_key(0), (0, 0));
    assert_ne!(siphash_key(1), (0, 0));
}

/// Values from the oracle (`PYTHONHASHSEED=0`, `sys.hash_info.algorithm == 'fnv'`, width 32):
/// `hash("abc")`, `hash(None)`, `hash(1.5)`, `hash((1, 2))` and its four strings.
#[test]
fn oracle_32_bit_hashes() {
    let h = Hasher::new(HashWidth::Bits32, 0);
    assert_eq!(fnv32(b"abc") as i32, -1600925533);
    let cases: &[(Constant, i64)] = &[
        (Constant::str("abc"), -1600925533),
        (Constant::Bytes(b"abc".to_vec()), -1600925533),
        (Constant::None, -56073184),
        (Constant::Float(1.5), 1073741825),
        (Constant::Tuple(vec![Constant::int(1), Constant::int(2)]), 994727857),
        (Constant::str("element"), 182643491),
        (Constant::str("attlist"), -1492188684),
        (Constant::str("linktype"), -1501124852),
        (Constant::str("link"), 1903335252),
    ];
    for (value, want) in cases {
        assert_eq!(h.constant(value), Some(*want), "{}", value.repr());
    }
}

/// `list(frozenset(("attlist", "linktype", "link", "element")))` in the oracle.
#[test]
fn set_iteration_order_follows_insertion_and_hashes() {
    let h = Hasher::new(HashWidth::Bits32, 0);
    let items: Vec<Constant> = ["attlist", "linktype", "link", "element"]
        .iter()
        .map(|s| Constant::str(s))
        .collect();
    let order: Vec<String> = krait_bytecode::hash::set_order(&h, &items)
        .unwrap()
        .iter()
        .map(Constant::repr)
        .collect();
    assert_eq!(order, ["'element'", "'attlist'", "'linktype'", "'link'"]);
}
