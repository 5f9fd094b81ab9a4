//! `.pyc` headers and bodies: the oracle's `py_compile` output (unchecked-hash mode) reads back
//! with the source hash krait computes and re-serialises to the same bytes; timestamp and
//! checked-hash headers round-trip.

#![allow(clippy::unwrap_used, clippy::panic)] // helpers outside #[test] fns report failures by panicking too

use krait_bytecode::pyc::{self, Invalidation, MAGIC, Pyc};
use krait_oracle::{Oracle, Request};

const PROGRAMS: &[&str] = &[
    "print('hello')\n",
    "def f(x, /, y=2, *, z):\n    return x if y else z\n",
    "class A:\n    '''doc'''\n    def m(self):\n        return __class__\n",
    "s = {'a', 'b', 'c'}\nt = ('x', 1, 2.5, None, ...)\nb = b'\\x00\\xff'\nu = '\\ud800'\n",
    "n = 123456789012345678901234567890 * -987654321987654321\n",
];

#[test]
fn oracle_pycs_read_and_write_back() {
    let mut oracle = Oracle::start().unwrap();
    for (i, src) in PROGRAMS.iter().enumerate() {
        let name = format!("p{i}.py");
        let answer = oracle.ask(&Request::marshal(src.as_bytes(), &name)).unwrap();
        assert_eq!(answer.magic_hex.as_deref(), Some("2b0e0d0a"), "{name}");
        assert_eq!(answer.pyc_mode.as_deref(), Some("unchecked-hash"));
        let data = krait_oracle::b64_decode(answer.pyc_b64.as_ref().unwrap()).unwrap();
        let read = pyc::read(&data).unwrap();
        assert_eq!(
            read.invalidation,
            Invalidation::Hash {
                checked: false,
                hash: pyc::source_hash(src.as_bytes())
            },
            "{name}"
        );
        assert_eq!(pyc::write(&read), data, "{name}: re-serialised .pyc differs");
    }
}

#[test]
fn headers_round_trip() {
    let mut oracle = Oracle::start().unwrap();
    let answer = oracle.ask(&Request::marshal(b"x = 1\n", "x.py")).unwrap();
    let data = krait_oracle::b64_decode(answer.pyc_b64.as_ref().unwrap()).unwrap();
    let code = pyc::read(&data).unwrap().code;
    for invalidation in [
        Invalidation::Timestamp {
            mtime: 1_700_000_000,
            size: 6,
        },
        Invalidation::Hash {
            checked: true,
            hash: [1, 2, 3, 4, 5, 6, 7, 8],
        },
        Invalidation::Hash {
            checked: false,
            hash: pyc::source_hash(b"x = 1\n"),
        },
    ] {
        let file = Pyc {
            invalidation,
            code: code.clone(),
        };
        let bytes = pyc::write(&file);
        assert_eq!(bytes[..4], MAGIC);
        assert_eq!(pyc::read(&bytes).unwrap(), file);
    }
    assert_eq!(MAGIC, [0x2b, 0x0e, 0x0d, 0x0a]);
    assert!(pyc::read(b"\x2b\x0e\x0d\x0a\x02\x00\x00\x00").is_err());
    assert!(pyc::read(&[0u8; 20]).is_err());
}
