//! Readers never panic: truncated, corrupted and hostile marshal/.pyc/table bytes give errors
//! (or some value), and `dis` formats whatever code object comes out.

#![allow(clippy::unwrap_used, clippy::panic)] // helpers outside #[test] fns report failures by panicking too

use krait_bytecode::{Constant, dis, exceptiontable, linetable, marshal, pyc};

fn exercise(data: &[u8]) {
    if let Ok(Constant::Code(code)) = marshal::loads(data) {
        let _ = dis::dis(&code);
        let _ = marshal::dumps_code(&code);
        let _ = code.instructions();
    }
    let _ = pyc::read(data);
    let _ = linetable::positions(1, data);
    let _ = linetable::lines(1, data);
    let _ = exceptiontable::decode(data);
}

#[test]
fn hostile_inputs_give_errors() {
    let cases: Vec<Vec<u8>> = vec![
        vec![],
        b"c".to_vec(),
        b"r\x05\x00\x00\x00".to_vec(),
        b"(\xff\xff\xff\x7f".to_vec(),
        b"l\x00\x00\x00\x80".to_vec(),
        b"l\x02\x00\x00\x00\xff\xff\x00\x00".to_vec(),
        b"u\x03\x00\x00\x00\xff\xfe\xfd".to_vec(),
        b")\x01".repeat(100_000),
        b"\xff\xff\xff".to_vec(),
        b"\xe0\x80\x80\x80\xc0".to_vec(),
    ];
    for c in &cases {
        exercise(c);
    }
    assert!(marshal::loads(&b")\x01".repeat(100_000)).is_err());
}

#[test]
fn corrupted_module_code_never_panics() {
    let mut oracle = krait_oracle::Oracle::start().unwrap();
    let source = b"import os\ndef f(a, *b, c=1, **d):\n    try:\n        return [x for x in a if x]\n    except OSError:\n        return {1, 2, 'three'}\nclass C(f):\n    z = 1.5 + 2j\n";
    let answer = oracle.ask(&krait_oracle::Request::marshal(source, "m.py")).unwrap();
    let data = krait_oracle::b64_decode(answer.marshal_b64.as_ref().unwrap()).unwrap();
    assert!(matches!(marshal::loads(&data), Ok(Constant::Code(_))));
    for cut in 0..data.len() {
        exercise(&data[..cut]);
    }
    let mut state: u32 = 12345;
    for _ in 0..3000 {
        let mut d = data.clone();
        for _ in 0..3 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let at = (state >> 8) as usize % d.len();
            d[at] = (state >> 3) as u8;
        }
        exercise(&d);
    }
}
