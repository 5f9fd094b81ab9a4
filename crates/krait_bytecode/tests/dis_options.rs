//! `dis.dis` with `show_caches`, `show_offsets` and `show_positions` (alone and together):
//! krait's listing of the oracle's marshalled code equals the oracle's own listing.

#![allow(clippy::unwrap_used, clippy::panic)] // helpers outside #[test] fns report failures by panicking too

use krait_bytecode::dis::{DisOptions, dis_with};
use krait_bytecode::{Constant, marshal};
use krait_oracle::{Oracle, Request};

const PROGRAMS: &[&str] = &[
    "x = 1\n",
    "def f(a, b=2, *c, d, **e):\n    for i in a:\n        if i > b:\n            return c[i].m(d)\n    return None\n",
    "try:\n    import os\nexcept ImportError as exc:\n    raise RuntimeError from exc\nfinally:\n    print('done')\n",
    "class K:\n    x: int = 1\n    async def g(self):\n        return [y async for y in self]\n",
];

/// (options as Python keyword arguments, krait's options)
fn option_sets() -> Vec<(&'static str, DisOptions)> {
    let base = DisOptions::default();
    vec![
        (
            "show_caches=True",
            DisOptions {
                show_caches: true,
                ..base
            },
        ),
        (
            "show_offsets=True",
            DisOptions {
                show_offsets: true,
                ..base
            },
        ),
        (
            "show_positions=True",
            DisOptions {
                show_positions: true,
                ..base
            },
        ),
        (
            "show_caches=True, show_offsets=True, show_positions=True",
            DisOptions {
                show_caches: true,
                show_offsets: true,
                show_positions: true,
                ..base
            },
        ),
    ]
}

#[test]
fn listings_with_options_match_the_oracle() {
    let corpus = krait_oracle::stdlib_corpus().unwrap();
    let mut sources: Vec<(String, Vec<u8>)> = PROGRAMS
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("p{i}.py"), p.as_bytes().to_vec()))
        .collect();
    sources.extend(corpus.into_iter().step_by(47));
    let sets = option_sets();
    let mut oracle = Oracle::start().unwrap();
    let mut compared = 0;
    for (name, src) in &sources {
        let calls: Vec<String> = sets.iter().map(|(kw, _)| format!("_d({kw})")).collect();
        let code = format!(
            "import base64, dis, io, marshal, re\n\
             _co = compile(base64.b64decode('{}'), {name:?}, 'exec', dont_inherit=True)\n\
             def _d(**kw):\n\
             \x20   buf = io.StringIO()\n\
             \x20   dis.dis(_co, file=buf, **kw)\n\
             \x20   return re.sub(r'at 0x[0-9a-f]+', 'at 0xADDR', buf.getvalue())\n\
             {{'marshal': marshal.dumps(_co).hex(), 'default': _d(), 'listings': [{}]}}",
            krait_oracle::b64_encode(src),
            calls.join(", ")
        );
        let answer = oracle.ask(&Request::eval(&code)).unwrap();
        assert!(answer.ok, "{name}: {:?}", answer.error);
        let json = answer.json.unwrap();
        let hex = json["marshal"].as_str().unwrap();
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        let Constant::Code(co) = marshal::loads(&bytes).unwrap() else {
            panic!("{name}: not code")
        };
        // Files whose frozensets iterate in source order cannot match from marshal data.
        if krait_bytecode::dis::dis(&co) != json["default"].as_str().unwrap() {
            continue;
        }
        for ((kw, options), want) in sets.iter().zip(json["listings"].as_array().unwrap()) {
            let got = dis_with(&co, options);
            let want = want.as_str().unwrap();
            if got != want {
                let at = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0);
                panic!(
                    "{name} with {kw}: line {at}\n  krait:  {:?}\n  oracle: {:?}",
                    got.lines().nth(at),
                    want.lines().nth(at)
                );
            }
            compared += 1;
        }
    }
    assert!(compared >= 40, "only {compared} listings compared");
}
