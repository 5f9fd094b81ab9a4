//! Code objects read from the oracle's marshal data agree field by field with the oracle's own
//! view of the same code (`code` request: every `co_*` field and `co_positions()`), and the
//! line and exception table encoders reproduce CPython's bytes from the decoded entries.

#![allow(clippy::unwrap_used, clippy::panic)] // helpers outside #[test] fns report failures by panicking too

use krait_bytecode::linetable::{self, Location};
use krait_bytecode::{CodeObject, Constant, exceptiontable, marshal};
use krait_oracle::{Oracle, Request};
use serde_json::Value;

/// Small programs that reach every line-table form (short, one-line with deltas 0..2, long
/// with multi-line spans and columns >= 128, no-column, no-location) and nested handlers.
const PROGRAMS: &[&str] = &[
    "x = 1\n",
    "def f(a, b):\n    return (a +\n            b)\n",
    "try:\n    pass\nexcept ValueError as e:\n    print(e)\nfinally:\n    x = 2\n",
    "with open('f') as f:\n    for line in f:\n        if line:\n            break\n",
    "async def g():\n    async with a as b:\n        async for c in b:\n            await c\n",
    "y = [i for i in range(10) if i]\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "z = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' + str(1) + str(2)\n",
    "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nw = 1\n",
    "def gen():\n    try:\n        yield 1\n    except* TypeError:\n        pass\n",
    "match p:\n    case [1, 2, *rest] if rest:\n        pass\n    case {'k': v}:\n        pass\n",
];

fn location(v: &Value) -> Location {
    let at = |i: usize| v.get(i).and_then(Value::as_i64).map(|x| x as i32);
    Location {
        line: at(0),
        end_line: at(1),
        col: at(2),
        end_col: at(3),
    }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn text(s: &krait_bytecode::PyStr) -> String {
    s.as_str().map(str::to_string).unwrap_or_else(|| s.repr())
}

fn check(id: &str, code: &CodeObject, facts: &Value) {
    let where_ = format!("{id}: {}", text(&code.qualname));
    assert_eq!(text(&code.name), facts["co_name"].as_str().unwrap(), "{where_}");
    assert_eq!(text(&code.qualname), facts["co_qualname"].as_str().unwrap(), "{where_}");
    assert_eq!(text(&code.filename), facts["co_filename"].as_str().unwrap(), "{where_}");
    for (mine, key) in [
        (i64::from(code.argcount), "co_argcount"),
        (i64::from(code.posonlyargcount), "co_posonlyargcount"),
        (i64::from(code.kwonlyargcount), "co_kwonlyargcount"),
        (i64::from(code.stacksize), "co_stacksize"),
        (i64::from(code.flags), "co_flags"),
        (i64::from(code.firstlineno), "co_firstlineno"),
    ] {
        assert_eq!(Some(mine), facts[key].as_i64(), "{where_} {key}");
    }
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    assert_eq!(hex(&code.code), facts["co_code"].as_str().unwrap(), "{where_} co_code");
    assert_eq!(
        hex(&code.linetable),
        facts["co_linetable"].as_str().unwrap(),
        "{where_}"
    );
    assert_eq!(
        hex(&code.exceptiontable),
        facts["co_exceptiontable"].as_str().unwrap(),
        "{where_}"
    );
    let names: Vec<String> = code.names.iter().map(text).collect();
    assert_eq!(names, strs(&facts["co_names"]), "{where_} co_names");
    let view = |v: Vec<&krait_bytecode::PyStr>| v.into_iter().map(text).collect::<Vec<_>>();
    assert_eq!(
        view(code.varnames()),
        strs(&facts["co_varnames"]),
        "{where_} co_varnames"
    );
    assert_eq!(
        view(code.cellvars()),
        strs(&facts["co_cellvars"]),
        "{where_} co_cellvars"
    );
    assert_eq!(
        view(code.freevars()),
        strs(&facts["co_freevars"]),
        "{where_} co_freevars"
    );

    // co_positions(), one per code unit.
    let positions = linetable::positions(code.firstlineno, &code.linetable).unwrap();
    let want: Vec<Location> = facts["positions"].as_array().unwrap().iter().map(location).collect();
    assert_eq!(positions, want, "{where_} co_positions");

    // Re-encoding the decoded entries gives CPython's bytes.
    let entries = linetable::decode(code.firstlineno, &code.linetable).unwrap();
    let runs: Vec<(Location, usize)> = entries.iter().map(|e| (e.location, e.end - e.start)).collect();
    assert_eq!(
        linetable::encode(code.firstlineno, &runs),
        code.linetable,
        "{where_} linetable re-encoded"
    );
    let handlers = exceptiontable::decode(&code.exceptiontable).unwrap();
    assert_eq!(
        exceptiontable::encode(&handlers),
        code.exceptiontable,
        "{where_} exception table re-encoded"
    );

    let consts = facts["co_consts"].as_array().unwrap();
    assert_eq!(code.consts.len(), consts.len(), "{where_} co_consts");
    for (c, f) in code.consts.iter().zip(consts) {
        match c {
            Constant::Code(inner) => check(id, inner, &f["code"]),
            // Set iteration order depends on how the set was built (see dis.rs).
            Constant::FrozenSet(_) => assert_eq!(f["type"], "frozenset", "{where_}"),
            _ => assert_eq!(c.repr(), f["repr"].as_str().unwrap(), "{where_} constant"),
        }
    }
}

#[test]
fn code_objects_agree_with_the_oracle() {
    let corpus = krait_oracle::stdlib_corpus().unwrap();
    let mut sources: Vec<(String, Vec<u8>)> = PROGRAMS
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("program{i}.py"), p.as_bytes().to_vec()))
        .collect();
    // Every 8th stdlib file keeps the run short; the dis-pyc suite reads all of them.
    sources.extend(corpus.into_iter().step_by(8));
    let mut requests = Vec::new();
    for (name, src) in &sources {
        requests.push(Request::marshal(src, name));
        requests.push(Request::code(src, name));
    }
    let mut oracle = Oracle::start().unwrap();
    let answers = oracle.ask_many(&requests).unwrap();
    for ((name, _), pair) in sources.iter().zip(answers.chunks(2)) {
        let data = krait_oracle::b64_decode(pair[0].marshal_b64.as_ref().unwrap()).unwrap();
        let Constant::Code(code) = marshal::loads(&data).unwrap() else {
            panic!("{name}: not code")
        };
        check(name, &code, pair[1].code.as_ref().unwrap());
    }
}

#[test]
fn every_stdlib_module_round_trips_through_marshal() {
    let corpus = krait_oracle::stdlib_corpus().unwrap();
    let requests: Vec<Request> = corpus.iter().map(|(p, s)| Request::marshal(s, p)).collect();
    let mut oracle = Oracle::start().unwrap();
    let answers = oracle.ask_many(&requests).unwrap();
    let mut identical = 0;
    for ((name, _), answer) in corpus.iter().zip(&answers) {
        let data = krait_oracle::b64_decode(answer.marshal_b64.as_ref().unwrap()).unwrap();
        let value = marshal::loads(&data).unwrap_or_else(|e| panic!("{name}: {e}"));
        let Constant::Code(code) = &value else {
            panic!("{name}: not code")
        };
        let again = marshal::dumps_code(code);
        let back = marshal::loads(&again).unwrap();
        assert!(back == value, "{name}: re-serialised code differs");
        identical += usize::from(again == data);
    }
    // Byte identity needs CPython's object identities, which the writer models. The other 6
    // are class bodies of modules pyodide imports at startup: their qualname was interned
    // already in the oracle's process, so its `__qualname__` constant stays a plain str.
    assert!(identical >= 553, "only {identical}/559 byte-identical");
}

#[test]
fn line_table_forms() {
    // (firstlineno, runs) -> bytes, as assemble.c writes them (hand-derived from the format).
    type Case<'a> = (i32, &'a [(Location, usize)], &'a [u8]);
    let cases: &[Case] = &[
        // short form, column 8 width 3: code 1, second byte (0 << 4) | 3.
        (1, &[(Location::new(1, 1, 8, 11), 1)], &[0x80 | (1 << 3), 0x03]),
        // one-line form, delta 1: code 11 with two column bytes.
        (
            1,
            &[(Location::new(2, 2, 100, 120), 2)],
            &[0x80 | (11 << 3) | 1, 100, 120],
        ),
        // no location.
        (1, &[(Location::NONE, 3)], &[0x80 | (15 << 3) | 2]),
        // no column, delta -1 (zigzag 3).
        (
            5,
            &[(
                Location {
                    line: Some(4),
                    end_line: Some(4),
                    col: None,
                    end_col: None,
                },
                1,
            )],
            &[0x80 | (13 << 3), 3],
        ),
        // long form: delta 0, two lines, col 1 (+1), end col 200 (+1 = 201 = 0b11_001001).
        (
            1,
            &[(Location::new(1, 3, 1, 200), 1)],
            &[0x80 | (14 << 3), 0, 2, 2, 64 | 9, 3],
        ),
        // 9 units split into 8 + 1.
        (1, &[(Location::new(1, 1, 0, 1), 9)], &[0x80 | 7, 0x01, 0x80, 0x01]),
    ];
    for (first, runs, want) in cases {
        let got = linetable::encode(*first, runs);
        assert_eq!(&got, want, "{runs:?}");
        let back = linetable::positions(*first, &got).unwrap();
        let expanded: Vec<Location> = runs.iter().flat_map(|(l, n)| std::iter::repeat_n(*l, *n)).collect();
        assert_eq!(back, expanded);
    }
}
