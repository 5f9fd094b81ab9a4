//! The parser's first-pass fast paths change nothing: every stdlib file, every file of
//! tests/ast_valid and tests/syntax_errors, a few thousand deterministic mutations of them and
//! a table of snippets aimed at the fast paths give the same dump (positions included) or the
//! same error with the fast paths on and off.

use std::io::Read;
use std::path::{Path, PathBuf};

use krait_syntax::{DumpOptions, ParseOptions, parse_module_with};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The outcome of one parse, as text: the dump with positions, or the error's fields.
fn outcome(source: &[u8], fast_paths: bool) -> String {
    let options = DumpOptions { include_attributes: true, indent: None };
    match parse_module_with(source, "<test>", ParseOptions { fast_paths }) {
        Ok(module) => krait_syntax::ast::dump(&module, &options),
        Err(e) => format!("{e:?}"),
    }
}

/// Compares both modes on every source; returns the names of those that differ.
fn differing(cases: Vec<(String, Vec<u8>)>) -> Vec<String> {
    // Parse on a large stack (deeply nested mutants).
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut bad = Vec::new();
            for (name, source) in &cases {
                let fast = outcome(source, true);
                let slow = outcome(source, false);
                if fast != slow {
                    eprintln!("DIFFERS: {name}\n  fast: {}\n  slow: {}", clip(&fast), clip(&slow));
                    bad.push(name.clone());
                }
            }
            bad
        })
        .map(|h| h.join().unwrap_or_else(|_| vec!["<panic>".to_string()]))
        .unwrap_or_else(|_| vec!["<spawn failed>".to_string()])
}

fn clip(s: &str) -> &str {
    let mut end = s.len().min(400);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn stdlib() -> Vec<(String, Vec<u8>)> {
    let path = root().join("tools/oracle/node_modules/pyodide/python_stdlib.zip");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipping the stdlib: {} is missing (npm ci --prefix tools/oracle)", path.display());
        return Vec::new();
    };
    let Ok(mut archive) = zip::ZipArchive::new(file) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else { continue };
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if !name.ends_with(".py") {
            continue;
        }
        let mut data = Vec::new();
        if entry.read_to_end(&mut data).is_ok() {
            out.push((format!("stdlib/{name}"), data));
        }
    }
    out.sort();
    out
}

fn test_files() -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "py")
                && let Ok(data) = std::fs::read(&path)
            {
                out.push((path.display().to_string(), data));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("tests/ast_valid"), &mut out);
    walk(&root().join("tests/syntax_errors"), &mut out);
    out
}

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const SNIPPETS: &[&str] = &[
    "=", ":", "(", ")", "[", "]", "{", "}", ",", ".", ";", "*", "**", "+=", ":=", " for x in y",
    " if ", " else ", " not ", " and ", " or ", " lambda x: ", " await ", "\n", "    ", "'", "\"",
    "f'{", "}'", " is ", " in ", "!=", "<>", " = 1", "yield ", "*a, ", "->", "@", "\\", "#",
    " async ", "0x", "1e", "_", " == ", "-", "~", " not in ", " is not ", "x=1", "(x for x in y)",
    "[1:2]", ", k=v", ", *a", ", **k", "lambda: 0", "del ", "return ", " type X = int\n",
    "match x:\n case 1: pass\n", "b'\\xff'", "b'\u{e9}'", "f'{x!r:>{w}}'", "t'{x}'",
];

/// A position in `s` on a character boundary.
fn boundary(s: &str, rng: &mut Rng) -> usize {
    let mut i = rng.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(source: &str, rng: &mut Rng) -> String {
    let mut s = source.to_string();
    for _ in 0..1 + rng.below(3) {
        match rng.below(5) {
            0 | 1 => {
                let at = boundary(&s, rng);
                s.insert_str(at, SNIPPETS[rng.below(SNIPPETS.len())]);
            }
            2 => {
                let a = boundary(&s, rng);
                let mut b = (a + 1 + rng.below(8)).min(s.len());
                while !s.is_char_boundary(b) {
                    b -= 1;
                }
                s.replace_range(a..b, "");
            }
            3 => {
                let a = boundary(&s, rng);
                let mut b = (a + 1 + rng.below(40)).min(s.len());
                while !s.is_char_boundary(b) {
                    b -= 1;
                }
                let piece = s[a..b].to_string();
                let at = boundary(&s, rng);
                s.insert_str(at, &piece);
            }
            _ => {
                let at = boundary(&s, rng);
                s.truncate(at);
            }
        }
    }
    s
}

/// A window of about 40 lines of `source`.
fn window(source: &str, rng: &mut Rng) -> String {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let start = rng.below(lines.len());
    let end = (start + 40).min(lines.len());
    lines[start..end].concat()
}

#[test]
fn stdlib_and_test_files_are_unchanged() {
    let mut cases = stdlib();
    cases.extend(test_files());
    assert!(cases.len() > 1000, "corpus missing? {} files", cases.len());
    let bad = differing(cases);
    assert!(bad.is_empty(), "{} differ: {bad:?}", bad.len());
}

#[test]
fn mutations_are_unchanged() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut cases = Vec::new();
    for (name, data) in test_files() {
        let Ok(text) = String::from_utf8(data) else { continue };
        for k in 0..2 {
            cases.push((format!("{name} (mutant {k})"), mutate(&text, &mut rng).into_bytes()));
        }
    }
    for (name, data) in stdlib() {
        let Ok(text) = String::from_utf8(data) else { continue };
        for k in 0..2 {
            let piece = window(&text, &mut rng);
            cases.push((format!("{name} (window mutant {k})"), mutate(&piece, &mut rng).into_bytes()));
        }
    }
    assert!(cases.len() > 2000, "corpus missing? {} mutants", cases.len());
    let bad = differing(cases);
    assert!(bad.is_empty(), "{} differ: {bad:?}", bad.len());
}

/// Snippets aimed at the fast paths: expression statements next to assignments, calls next
/// to generator arguments, slices next to walruses, keyword arguments, each also broken.
#[test]
fn targeted_snippets_are_unchanged() {
    let snippets = [
        "f(x)\n", "f(x) = 1\n", "f(x).y = 1\n", "a[b] : int\n", "a[b]: int = 3\n", "x: int\n",
        "(x): int = 1\n", "x, y = 1, 2\n", "x += 1\n", "f(x) += 1\n", "lambda x=1: x\n",
        "lambda: (yield)\n", "f(x for x in y)\n", "f(x for x in y, z)\n", "f(a, x for x in y)\n",
        "f(x := 1)\n", "f(k=v, *a, **k)\n", "f(k=v, w)\n", "f(**k, *a)\n", "f(a)(b)(c for c in d)\n",
        "x[a:=1]\n", "x[(a:=1)]\n", "x[a:b:c]\n", "x[a, b:c, *d]\n", "x[a:=1:2]\n", "x[::]\n",
        "x[:]\n", "x[a:]\n", "x[*a]\n", "x[a=1]\n", "x[lambda: 1]\n", "type X = int\n", "type\n",
        "type(x)\n", "match(x)\n", "match x:\n case 1: pass\n", "a = b = c\n", "a = yield b\n",
        "*a, b = c\n", "*a\n", "print 'hello'\n", "exec 'x'\n", "f(x) if y else z\n", "x = 1; f(y); z\n",
        "f(x); y = 1\n", "a.b.c(d)[e] = f\n", "f(x)[1:2] = 3\n", "not x\n", "await x\n", "f(a for a in b) = 1\n",
        "(a, b) = c\n", "[a, b] = c\n", "f'{x=}'\n", "f'{x:>{w}}'\n", "x = f'{a=}'\n", "f(b'\u{e9}')\n",
        "x = b'\u{e9}'\n", "f(x) = b'\u{e9}'\n", "from __future__ import barry_as_FLUFL\nf(a != b)\n",
        "from __future__ import barry_as_FLUFL\nf(a <> b)\n", "f(x,\n", "f(x\n", "x = (\n", "f(x) $\n",
        "f(x) \\\n", "f(x) = = 1\n", "f(x) 1\n", "f(a b)\n", "x[a b]\n", "x[a:b c]\n", "f(k=)\n",
        "f(k=1=2)\n", "f(x for)\n", "f(*)\n", "x = f(\n  a,\n  b\n)\n", "if x:\n  f(x)\n  y = 1\n",
        "f(x)\n  g(y)\n", "f(x) # c\n", "f(\"\"\"\n\"\"\")\n", "f(a)[b] : c\n", "f(x).y : int\n",
        "x.y += 1\n", "x[0] **= 2\n", "x = y = f(z) = 1\n", "f() = 1\n", "None = 1\n", "f() += 1\n",
        "del f(x)\n", "for f(x) in y: pass\n", "with a as f(x): pass\n", "x = {a: b for a in c}\n",
        "x = {**a, 'b': 1}\n", "f(x)(y)\n", "f[x](y)(z for z in w)\n", "(x for x in y)(z)\n",
        "a = b = f(x)\n", "a = lambda x=1: x\n", "a = b = c = [1]\n", "x = f(x) = 1\n",
        "x = yield y = 1\n", "x = (a) = 1\n", "x = y; z = w\n", "x = a b\n", "x = f(b'\u{e9}') = 1\n",
        "x = f(b'\u{e9}')\n", "x = *a, b\n", "x = *a, b = c\n", "x = a if b else c = d\n",
        "x = [a for a in b]\n", "x = [a for a in b] = c\n", "x = f(a)[b].c = d\n", "x = yield\n",
        "x = lambda: (y := 1)\n", "x = y := 1\n", "x = 1 = 2\n", "x = f(k=1) = 2\n",
        "a.b = 1\n", "a[b] = 1\n", "(a.b) = 1\n", "(a).b = 1\n", "((a.b)) = c = d\n", "a.b = c.d = e\n",
        "a.b = \n", "a.b = = 1\n", "a.b = c d\n", "a[b:c] = d\n", "a[b, *c] = d\n", "f(x).y = z\n",
        "f(x for x in y).z = 1\n", "(yield).x = 1\n", "'s'.x = 1\n", "1 .real = 2\n", "a.b += 1\n",
        "a.b: int = 1\n", "a.b = yield\n", "a.b = lambda x=1: x\n", "a.b = *c, d\n", "type.x = 1\n",
        "a.b = c; d.e = f\n", "a[b] = c = d[e] = f\n", "a.b = c =\n", "a.b = f(b'\u{e9}')\n",
        "a[b'\u{e9}'] = 1\n", "await a.b = 1\n", "-a.b = 1\n", "a.b() = 1\n", "a.b, c = d\n",
        "x = \n", "x = = 1\n", "type = 1\n", "match = 1\n", "x = y = \n", "_ = 1\n", "x = 1 if y\n",
        "x = (\n", "x = 1 = y\n", "x = y = z = f(a)[b].c\n", "x = yield = 1\n", "x =\n  1\n",
        "x = 1; y = 2;\n", "x = 1;; y = 2\n", "x = 'a' 'b'\n", "x = 'a' f'{b}'\n", "x = b'a' 'b'\n",
    ];
    let cases = snippets.iter().map(|s| (format!("{s:?}"), s.as_bytes().to_vec())).collect();
    let bad = differing(cases);
    assert!(bad.is_empty(), "{} differ: {bad:?}", bad.len());
}

/// Around the nesting limit ("too complex"), for chains that recurse without brackets: the
/// fast paths must hit the limit exactly where the grammar's rules do.
#[test]
fn nesting_limit_is_unchanged() {
    // (head, unit repeated k times, tail)
    let templates: &[(&str, &str, &str)] = &[
        ("", "-", "x\n"),
        ("", "not ", "x\n"),
        ("", "lambda: ", "x\n"),
        ("", "x if y else ", "z\n"),
        ("", "a ** ", "b\n"),
        ("", "await ", "x\n"),
        ("", "x = lambda: ", "x\n"),
        ("", "f(x) + -", "(a)\n"),
        ("", "[x for x in -", "y]\n"),
        ("", "-", "[x for x in y]\n"),
        ("", "-", "[-x for x in y]\n"),
        ("", "-", "(-x for x in y)\n"),
        ("", "-", "f(a, k=-x)\n"),
        ("", "lambda: ", "[-x for x in y]\n"),
        ("", "not ", "[-x for x in y]\n"),
        ("x = [", "-", "y]\n"),
        ("x = f(", "-", "y)\n"),
        ("x = y = f(", "-", "y)\n"),
        ("f(", "-", "y)\n"),
        ("f(a, k=", "-", "y)\n"),
        ("x[", "-", "y]\n"),
        ("x[a:", "-", "y]\n"),
        ("(", "-", "y for y in z)\n"),
        ("[", "-", "y for y in z]\n"),
        ("[", "-", "y, z]\n"),
        ("f(", "-", "y for y in z)\n"),
        ("for x in y: f(", "-", "y)\n"),
    ];
    let mut cases = Vec::new();
    for &(head, unit, tail) in templates {
        let source = |k: usize| format!("{head}{}{tail}", unit.repeat(k)).into_bytes();
        let too_complex = |k: usize| {
            let s = source(k);
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(move || outcome(&s, false).contains("too complex"))
                .map(|h| h.join().unwrap_or(false))
                .unwrap_or(false)
        };
        // The smallest k that is too complex (the limit is 6000 levels).
        let (mut lo, mut hi) = (1usize, 8000usize);
        if !too_complex(hi) {
            continue;
        }
        while lo < hi {
            let mid = (lo + hi) / 2;
            if too_complex(mid) { hi = mid } else { lo = mid + 1 }
        }
        for k in lo.saturating_sub(3)..lo + 3 {
            cases.push((format!("{head:?} {unit:?} x {k} {tail:?}"), source(k)));
        }
    }
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let bad = differing(cases);
    assert!(bad.is_empty(), "{} differ: {bad:?}", bad.len());
}
