//! The opcode table: the committed generated file is fresh, and numbers, names, cache counts,
//! flags and stack effects agree with the oracle's `opcode` and `dis` modules.

#![allow(clippy::unwrap_used, clippy::panic)] // helpers outside #[test] fns report failures by panicking too

use krait_bytecode::opcode;
use krait_oracle::{Oracle, Request};
use serde_json::Value;

#[path = "../opcodegen/gen.rs"]
mod generator;

#[test]
fn generated_table_is_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = std::fs::read_to_string(dir.join("opcodes.spec")).unwrap();
    let committed = std::fs::read_to_string(dir.join("src/opcode/generated.rs")).unwrap();
    let fresh = generator::generate(&spec).unwrap();
    assert!(
        committed == fresh,
        "src/opcode/generated.rs is stale: run `cargo run -p krait_bytecode --bin krait_opcodegen`"
    );
}

fn oracle_eval(code: &str) -> Value {
    let mut oracle = Oracle::start().unwrap();
    let answer = oracle.ask(&Request::eval(code)).unwrap();
    assert!(answer.ok, "oracle: {:?}", answer.error);
    answer.json.unwrap()
}

const OPARGS: &[i64] = &[
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 100, 255, 256, 257, 1000, 65535,
];

#[test]
fn table_agrees_with_the_oracle_opcode_module() {
    let v = oracle_eval(
        "import opcode\n\
         {'opmap': opcode.opmap, 'caches': opcode._inline_cache_entries, \
          'hasarg': opcode.hasarg, 'hasconst': opcode.hasconst, 'hasname': opcode.hasname, \
          'hasjrel': opcode.hasjrel, 'hasjabs': opcode.hasjabs, 'haslocal': opcode.haslocal, \
          'hasfree': opcode.hasfree, 'hasexc': opcode.hasexc, 'hascompare': opcode.hascompare, \
          'hasjump': opcode.hasjump}",
    );
    let opmap = v["opmap"].as_object().unwrap();
    assert!(opmap.len() > 150);
    for (name, number) in opmap {
        let number = number.as_u64().unwrap() as u16;
        assert_eq!(opcode::by_name(name), Some(number), "{name}");
        assert_eq!(opcode::name(number), Some(name.as_str()), "{number}");
        let caches = v["caches"].get(name).and_then(Value::as_u64).unwrap_or(0);
        if opcode::deopt(number) == number {
            assert_eq!(u64::from(opcode::cache_entries(number)), caches, "{name} caches");
        }
        for (list, flag) in [
            ("hasarg", opcode::HAS_ARG),
            ("hasconst", opcode::HAS_CONST),
            ("hasname", opcode::HAS_NAME),
            ("hasjrel", opcode::HAS_JREL),
            ("hasjabs", opcode::HAS_JABS),
            ("haslocal", opcode::HAS_LOCAL),
            ("hasfree", opcode::HAS_FREE),
            ("hasexc", opcode::HAS_EXC),
            ("hascompare", opcode::HAS_COMPARE),
            ("hasjump", opcode::HAS_JUMP),
        ] {
            if opcode::deopt(number) != number {
                continue;
            }
            let listed = v[list]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x.as_u64() == Some(u64::from(number)));
            assert_eq!(opcode::flags(number) & flag != 0, listed, "{name} in {list}");
        }
    }
}

#[test]
fn stack_effects_agree_with_dis_stack_effect() {
    let args: Vec<String> = OPARGS.iter().map(i64::to_string).collect();
    let code = format!(
        "import dis, opcode\n\
         def se(op, arg, jump):\n\
         \x20   try:\n\
         \x20       return dis.stack_effect(op, arg, jump=jump)\n\
         \x20   except ValueError:\n\
         \x20       return None\n\
         {{name: {{f'{{a}}/{{j}}': se(op, a if op >= opcode.HAVE_ARGUMENT else None, j) \
            for a in [{}] for j in (None, True, False)}} for name, op in opcode.opmap.items()}}",
        args.join(", ")
    );
    let v = oracle_eval(&code);
    let mut checked = 0;
    for (name, effects) in v.as_object().unwrap() {
        let op = opcode::by_name(name).unwrap();
        for &arg in OPARGS {
            for (jname, jump) in [("None", None), ("True", Some(true)), ("False", Some(false))] {
                let want = effects[format!("{arg}/{jname}")].as_i64();
                assert_eq!(
                    opcode::stack_effect(op, arg, jump),
                    want,
                    "{name} oparg {arg} jump {jname}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000);
}
