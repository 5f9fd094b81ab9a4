//! Differential test of the flowgraph passes against CPython's own optimiser: every code
//! unit krait's codegen makes for `tests/compile_programs/**.py` is replayed, exactly as it
//! entered krait's flowgraph (instructions, locations, constants), through
//! `_testinternalcapi.optimize_cfg` in the oracle (`_PyCfg_OptimizeCodeUnit` with no
//! parameters and first line 1, then the stack depths and `optimize_load_fast`), and krait's
//! result of the same steps must be identical: every instruction with its oparg and
//! location, `LOAD_CONST` compared by the value it loads.
//!
//! This judges the passes alone: the input is whatever krait's codegen produced, right or
//! wrong, so a difference here is a flowgraph difference.

#![allow(clippy::unwrap_used)] // the shared `check` helper reports failures by panicking

use krait_bytecode::Constant;
use krait_bytecode::opcode::{self, op};
use krait_compiler::flowgraph::cfg::{BlockId, Cfg, has_target};
use krait_compiler::flowgraph::{self, passes};
use krait_oracle::{Oracle, Request, b64_decode, b64_encode};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

type Row = (i64, Option<i64>, i64, i64, i64, i64);
type Listing = Vec<Row>;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn corpus() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo_root().join("tests/compile_programs"), &mut out);
    out
}

/// The instructions of a fresh graph, in order, and the indices jumps go to. The graph's
/// labels are ids (instruction indices of codegen's sequence, which may hold an
/// `ANNOTATIONS_PLACEHOLDER` the graph dropped); jump opargs become the index of the
/// labelled block's first instruction in this listing.
fn input_listing(g: &Cfg) -> (Listing, BTreeSet<i64>) {
    let mut label_at = std::collections::HashMap::new();
    let mut n = 0i64;
    for b in g.order() {
        if let Some(l) = g.block(b).label {
            label_at.insert(l, n);
        }
        n += g.block(b).instrs.len() as i64;
    }
    let mut out = Vec::new();
    let mut targets = BTreeSet::new();
    for b in g.order() {
        for ins in &g.block(b).instrs {
            let mut arg = i64::from(ins.oparg);
            if has_target(ins.opcode) {
                arg = label_at.get(&ins.oparg).copied().unwrap_or(-1);
                targets.insert(arg);
            }
            let l = ins.loc;
            out.push((
                i64::from(ins.opcode),
                Some(arg),
                i64::from(l.lineno),
                i64::from(l.end_lineno),
                i64::from(l.col_offset),
                i64::from(l.end_col_offset),
            ));
        }
    }
    (out, targets)
}

/// `_PyCfg_ToInstructionSequence` + `get_instructions()`: jump opargs become the index of
/// the target block's first instruction.
fn output_listing(g: &Cfg) -> Listing {
    let order = g.order();
    let mut start = vec![0i64; g.blocks.len()];
    let mut n = 0i64;
    for &b in &order {
        start[b.index()] = n;
        n += g.block(b).instrs.len() as i64;
    }
    let mut out = Vec::new();
    for &b in &order {
        for ins in &g.block(b).instrs {
            let arg = if has_target(ins.opcode) {
                Some(ins.target.map_or(-1, |t: BlockId| start[t.index()]))
            } else if opcode::has_arg(ins.opcode) {
                Some(i64::from(ins.oparg))
            } else {
                None
            };
            let l = ins.loc;
            out.push((
                i64::from(ins.opcode),
                arg,
                i64::from(l.lineno),
                i64::from(l.end_lineno),
                i64::from(l.col_offset),
                i64::from(l.end_col_offset),
            ));
        }
    }
    out
}

/// Constant equality with frozensets compared as sets (marshal reorders them), also inside
/// nested code objects.
fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_const(p, q)))
        }
        (Constant::Tuple(x), Constant::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_const(p, q)),
        (Constant::Code(x), Constant::Code(y)) => {
            let consts_same = x.consts.len() == y.consts.len()
                && x.consts.iter().zip(&y.consts).all(|(p, q)| same_const(p, q));
            let (mut x, mut y) = ((**x).clone(), (**y).clone());
            x.consts.clear();
            y.consts.clear();
            consts_same && x == y
        }
        _ => a == b,
    }
}

/// Rows are equal when everything but a `LOAD_CONST` index is equal and the constants the
/// indices name are equal. (CPython's harness starts from an empty constant cache, so a
/// folded value never reuses an existing entry there as it does in a real compile: indices
/// are not comparable, values are.)
fn same_row(a: &Row, a_consts: &[Constant], b: &Row, b_consts: &[Constant]) -> bool {
    if a.0 == i64::from(op::LOAD_CONST) && b.0 == a.0 && (a.2, a.3, a.4, a.5) == (b.2, b.3, b.4, b.5) {
        let get = |consts: &[Constant], i: Option<i64>| i.and_then(|i| usize::try_from(i).ok()).and_then(|i| consts.get(i).cloned());
        return match (get(a_consts, a.1), get(b_consts, b.1)) {
            (Some(x), Some(y)) => same_const(&x, &y),
            _ => false,
        };
    }
    a == b
}

fn oracle_program(listing: &Listing, targets: &BTreeSet<i64>, consts: &[Constant], nlocals: usize) -> String {
    let consts_b64 = b64_encode(&krait_bytecode::marshal::dumps(&Constant::Tuple(consts.to_vec())));
    let insts: Vec<String> = listing
        .iter()
        .map(|(o, a, l, el, c, ec)| format!("({o},{},{l},{el},{c},{ec})", a.unwrap_or(0)))
        .collect();
    let targets: Vec<String> = targets.iter().map(|t| t.to_string()).collect();
    format!(
        "import _testinternalcapi as _t, marshal as _m, base64 as _b\n\
         _seq = _t.new_instruction_sequence()\n\
         _I = [{}]\n\
         _T = {{{}}}\n\
         for _i, (_op, _arg, *_loc) in enumerate(_I):\n\
         \x20   if _i in _T: _seq.use_label(_i)\n\
         \x20   _seq.addop(_op, _arg, *_loc)\n\
         if len(_I) in _T: _seq.use_label(len(_I))\n\
         _c = list(_m.loads(_b.b64decode('{consts_b64}')))\n\
         _out = _t.optimize_cfg(_seq, _c, {nlocals})\n\
         [[list(_x) for _x in _out.get_instructions()], _b.b64encode(_m.dumps(tuple(_c))).decode()]",
        insts.join(","),
        targets.join(","),
    )
}

fn parse_listing(v: &krait_oracle::Response) -> Option<(Listing, Vec<Constant>)> {
    let json = v.json.as_ref()?.as_array()?;
    let mut listing = Vec::new();
    for row in json.first()?.as_array()? {
        let r = row.as_array()?;
        let n = |i: usize| r.get(i).and_then(|x| x.as_i64());
        listing.push((n(0)?, n(1), n(2)?, n(3)?, n(4)?, n(5)?));
    }
    let bytes = b64_decode(json.get(1)?.as_str()?)?;
    let Constant::Tuple(consts) = krait_bytecode::marshal::loads(&bytes).ok()? else { return None };
    Some((listing, consts))
}

/// The code units krait's codegen hands the flowgraph for one source file (also those of a
/// file whose compilation fails later: each finished unit is a valid input).
fn units_of(name: &str, source: &[u8], optimize: i32, keep_partial: bool) -> Vec<(String, passes::record::RecordedUnit)> {
    let Ok(mut module) = krait_syntax::parse_module(source, name) else { return Vec::new() };
    passes::record::start();
    // A codegen panic (a bug elsewhere) only removes this file from the corpus.
    let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        krait_compiler::compile_module(&mut module, name, optimize)
    }));
    let units = passes::record::take();
    let Ok(compiled) = compiled else { return Vec::new() };
    if compiled.is_err() && !keep_partial {
        return Vec::new();
    }
    units.into_iter().enumerate().map(|(k, unit)| (format!("{name}#{k}"), unit)).collect()
}

#[test]
fn passes_match_cpython_optimize_cfg() {
    let mut jobs = Vec::new();
    for path in corpus() {
        let source = std::fs::read(&path).unwrap();
        let optimize = std::str::from_utf8(&source)
            .ok()
            .and_then(|s| s.lines().next())
            .and_then(|l| l.strip_prefix("# krait: optimize="))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        let name = path.strip_prefix(repo_root()).unwrap_or(&path).display().to_string();
        jobs.extend(units_of(&name, &source, optimize, false));
    }
    check(&jobs);
}

/// The same over the pinned stdlib (slow the first time: thousands of oracle questions).
#[test]
#[ignore]
fn stdlib_passes_match_cpython_optimize_cfg() {
    let mut jobs = Vec::new();
    for (name, source) in krait_oracle::stdlib_corpus().unwrap() {
        jobs.extend(units_of(&name, &source, 0, true));
    }
    check(&jobs);
}

/// The units of `tests/compile_programs` with their constants replaced by others drawn
/// (deterministically) from a pool of values that fold in interesting ways: truthiness
/// flips fold different jumps, numbers and sequences fold different operations.
#[test]
#[ignore]
fn mutated_constants_match_cpython_optimize_cfg() {
    use num_bigint::BigInt;
    let pool = [
        Constant::None,
        Constant::Bool(true),
        Constant::Bool(false),
        Constant::Int(BigInt::from(0)),
        Constant::Int(BigInt::from(1)),
        Constant::Int(BigInt::from(-3)),
        Constant::Int(BigInt::from(300)),
        Constant::Int(BigInt::from(1u64) << 100usize),
        Constant::Float(0.0),
        Constant::Float(-2.5),
        Constant::Float(f64::INFINITY),
        Constant::Complex { real: 1.0, imag: -2.0 },
        Constant::Str("".into()),
        Constant::Str("ab".into()),
        Constant::Str("%s".into()),
        Constant::Bytes(b"x".to_vec()),
        Constant::Tuple(vec![]),
        Constant::Tuple(vec![Constant::Int(BigInt::from(1)), Constant::Str("a".into())]),
        Constant::Ellipsis,
    ];
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut jobs = Vec::new();
    for path in corpus() {
        let source = std::fs::read(&path).unwrap();
        let name = path.strip_prefix(repo_root()).unwrap_or(&path).display().to_string();
        for (id, unit) in units_of(&name, &source, 0, false) {
            for round in 0..2 {
                let mut unit = unit.clone();
                for c in unit.consts.iter_mut() {
                    if !matches!(c, Constant::Code(_)) {
                        *c = pool[(next() % pool.len() as u64) as usize].clone();
                    }
                }
                jobs.push((format!("{id}~{round}"), unit));
            }
        }
    }
    check(&jobs);
}

fn check(jobs: &[(String, passes::record::RecordedUnit)]) {
    let mut requests = Vec::new();
    for (id, unit) in jobs {
        let (listing, targets) = input_listing(&unit.cfg);
        // CPython's harness has no parameters: every local may start unbound.
        let program = oracle_program(&listing, &targets, &unit.consts, unit.nlocals);
        if let Ok(filter) = std::env::var("KRAIT_FLOWGRAPH_DUMP")
            && id.contains(&filter)
        {
            eprintln!("== {id}\n{program}");
        }
        requests.push(Request::eval(&program));
    }
    let mut oracle = Oracle::start().unwrap();
    let answers = oracle.ask_many(&requests).unwrap();
    let mut failures = Vec::new();
    for ((id, unit), answer) in jobs.iter().zip(&answers) {
        let Some((expected, expected_consts)) = parse_listing(answer) else {
            failures.push(format!("{id}: oracle error {:?}", answer.error));
            continue;
        };
        let mut g = unit.cfg.clone();
        let mut consts = unit.consts.clone();
        let result = flowgraph::optimize_code_unit(&mut g, &mut consts, unit.nlocals, 0, 1)
            .and_then(|()| flowgraph::calculate_stackdepth(&mut g));
        if let Err(e) = result {
            failures.push(format!("{id}: krait flowgraph error {e:?}"));
            continue;
        }
        passes::optimize_load_fast(&mut g);
        let actual = output_listing(&g);
        let rows_same = actual.len() == expected.len()
            && actual.iter().zip(&expected).all(|(a, e)| same_row(a, &consts, e, &expected_consts));
        if !rows_same {
            let at = actual
                .iter()
                .zip(&expected)
                .position(|(a, e)| !same_row(a, &consts, e, &expected_consts))
                .unwrap_or(actual.len().min(expected.len()));
            let name = |row: Option<&Row>| {
                row.map(|r| format!("{} {:?} @{}:{}-{}:{}", opcode::display_name(r.0 as u16), r.1, r.2, r.4, r.3, r.5))
            };
            failures.push(format!(
                "{id}: instruction {at} of {}/{}: expected {:?}, krait {:?}",
                expected.len(),
                actual.len(),
                name(expected.get(at)),
                name(actual.get(at))
            ));
        }
    }
    eprintln!("flowgraph passes vs optimize_cfg: {} units, {} differ", jobs.len(), failures.len());
    for f in failures.iter().take(30) {
        eprintln!("  {f}");
    }
    assert!(failures.is_empty(), "{} of {} units differ from CPython's optimize_cfg", failures.len(), jobs.len());
}
