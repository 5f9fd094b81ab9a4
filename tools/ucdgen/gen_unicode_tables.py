#!/usr/bin/env python3
"""Generate crates/krait_unicode/src/tables.rs from the Unicode Character Database.

Usage: python3 tools/ucdgen/gen_unicode_tables.py UCD_DIR [OUT]

UCD_DIR is the unzipped UCD 16.0.0, plus a 3.2.0/ subdirectory with Unicode 3.2.0's
UnicodeData.txt and EastAsianWidth.txt; tools/ucdgen/fetch_ucd.sh assembles it from
unicode-org/unicodetools. (The 16.0.0 part has the layout of unicode.org's UCD.zip; also
/usr/share/unicode of Debian's `unicode-data` 16.0.0 package, Alpine's
`unicode-character-database` 16.0.0, or unicodetools/data/ucd/16.0.0 in the
unicode-org/unicodetools repository). The files read are listed in INPUTS.

The properties follow the definitions CPython 3.14 uses for its unicodedata module
and its str methods (facts, not code: which UCD property drives which flag):
alpha = categories L*, space = Zs or bidi WS/B/S, printable = not C*/Z* (or U+0020),
upper/lower = the Uppercase/Lowercase properties, linebreak = bidi B or Line_Break
BK/CR/LF/NL, numeric values from the derived Numeric_Value (UnicodeData plus Unihan),
case mappings from UnicodeData with SpecialCasing's unconditional entries and
CaseFolding's C+F entries. Code points not listed in UnicodeData.txt get the empty
record (category Cn, bidi '', width 'N', or EastAsianWidth.txt's width when listed).
"""
import sys, os, hashlib
from fractions import Fraction

VERSION = "16.0.0"
INPUTS = [
    "UnicodeData.txt", "DerivedCoreProperties.txt", "DerivedNormalizationProps.txt",
    "EastAsianWidth.txt", "LineBreak.txt", "SpecialCasing.txt", "CaseFolding.txt",
    "NameAliases.txt", "NamedSequences.txt", "extracted/DerivedNumericValues.txt",
    # Unicode 3.2.0 (unicode.org's Public/3.2-Update/UnicodeData-3.2.0.txt and
    # EastAsianWidth-3.2.0.txt), for unicodedata.ucd_3_2_0's differences
    "3.2.0/UnicodeData.txt", "3.2.0/EastAsianWidth.txt",
]

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
              "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
              "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN",
        "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["N", "H", "W", "Na", "A", "F"]
DECOMP_TAGS = ["", "<noBreak>", "<compat>", "<super>", "<fraction>", "<sub>", "<font>",
               "<circle>", "<wide>", "<vertical>", "<square>", "<isolated>", "<final>",
               "<initial>", "<medial>", "<small>", "<narrow>"]

F_ALPHA, F_DECIMAL, F_DIGIT, F_LOWER, F_LINEBREAK, F_SPACE, F_TITLE, F_UPPER = (1 << i for i in range(8))
F_XID_START, F_XID_CONTINUE, F_PRINTABLE, F_NUMERIC, F_CASE_IGNORABLE, F_CASED, F_MIRRORED, F_ASSIGNED_3_2 = (1 << i for i in range(8, 16))
MANDATORY_BREAKS = {"BK", "CR", "LF", "NL"}
NAMED_HEX_SUFFIX = 0  # word code: append "-%04X" % cp


def fields(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [x.strip() for x in line.split(";")]


def expand(r):
    if ".." in r:
        a, b = r.split("..")
        return range(int(a, 16), int(b, 16) + 1)
    return [int(r, 16)]


def read_unicode_data(path):
    """UnicodeData.txt: (code point -> fields, code point -> explicit name, derived name
    ranges (first, last, kind: 0 Hangul, 1 CJK unified, 2 Tangut))."""
    rec, names, ranges = {}, {}, []
    pending = None
    for fl in fields(path):
        cp = int(fl[0], 16)
        name = fl[1]
        if name.endswith(", First>"):
            pending = (cp, fl)
            continue
        if name.endswith(", Last>"):
            start, ffl = pending
            for c in range(start, cp + 1):
                rec[c] = ffl
            kind = name[1:-len(", Last>")]
            if kind == "Hangul Syllable":
                ranges.append((start, cp, 0))
            elif kind.startswith("CJK Ideograph"):
                ranges.append((start, cp, 1))
            elif kind.startswith("Tangut Ideograph"):
                ranges.append((start, cp, 2))
            continue
        rec[cp] = fl
        if not name.startswith("<"):
            names[cp] = name
    ranges.sort()
    return rec, names, ranges


def main():
    ucd = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), "..", "..", "crates", "krait_unicode", "src", "tables.rs")
    p = lambda name: os.path.join(ucd, name)
    with open(p("DerivedCoreProperties.txt"), encoding="utf-8") as f:
        if VERSION not in f.readline():
            sys.exit("UCD_DIR is not the Unicode %s database" % VERSION)

    # ---- UnicodeData.txt
    rec, names, derived_ranges = read_unicode_data(p("UnicodeData.txt"))
    rec32, _, _ = read_unicode_data(p("3.2.0/UnicodeData.txt"))
    width32 = {}
    for fl in fields(p("3.2.0/EastAsianWidth.txt")):
        for c in expand(fl[0]):
            width32[c] = fl[1]
    assigned_3_2 = set(rec32)

    props = {}  # binary properties per cp
    for fl in fields(p("DerivedCoreProperties.txt")):
        if len(fl) != 2:
            continue
        for c in expand(fl[0]):
            if c in rec:
                props.setdefault(c, set()).add(fl[1])
    for fl in fields(p("LineBreak.txt")):
        if fl[1] in MANDATORY_BREAKS:
            for c in expand(fl[0]):
                if c in rec:
                    props.setdefault(c, set()).add("Line_Break")
    width = {}
    for fl in fields(p("EastAsianWidth.txt")):
        for c in expand(fl[0]):
            width[c] = fl[1]
    qc = {}
    qc_order = ["NFD_QC", "NFKD_QC", "NFC_QC", "NFKC_QC"]
    fce = set()
    for fl in fields(p("DerivedNormalizationProps.txt")):
        if len(fl) >= 3 and fl[1] in qc_order:
            v = "MN".index(fl[2]) + 1
            for c in expand(fl[0]):
                qc[c] = qc.get(c, 0) | (v << (2 * qc_order.index(fl[1])))
        elif len(fl) == 2 and fl[1] == "Full_Composition_Exclusion":
            fce.update(expand(fl[0]))
    numeric = {}
    for fl in fields(p("extracted/DerivedNumericValues.txt")):
        for c in expand(fl[0]):
            numeric[c] = fl[3]
    special = {}
    for fl in fields(p("SpecialCasing.txt")):
        if len(fl) > 4 and fl[4]:
            continue  # conditional mappings (CPython hard-codes final sigma only)
        special[int(fl[0], 16)] = tuple([int(x, 16) for x in fl[i].split()] for i in (1, 2, 3))
    folding = {}
    for fl in fields(p("CaseFolding.txt")):
        if fl[1] in ("C", "F"):
            folding[int(fl[0], 16)] = [int(x, 16) for x in fl[2].split()]
    # ---- Unicode 3.2.0 differences of characters assigned in both (CPython's change
    # records): category, bidi, decimal, mirrored, width; decompositions that changed
    # (all 1:1) in a separate list. (CPython 3.14.2's ucd_3_2_0.numeric() reads the
    # decimal change, not a numeric one, so numeric changes are not kept.)
    changes = []
    norm_changes = []
    for cp in sorted(assigned_3_2):
        new, old = rec.get(cp), rec32[cp]
        if new is None:
            raise SystemExit("U+%04X assigned in 3.2.0 but not now" % cp)
        cat = CATEGORIES.index(old[2]) if old[2] != new[2] else 0xFF
        bidi = BIDI.index(old[4]) if old[4] != new[4] else 0xFF
        dec = int(old[6]) if old[6] != new[6] else 0xFF
        mir = (1 if old[9] == "Y" else 0) if old[9] != new[9] else 0xFF
        w_old, w_new = width32.get(cp), width.get(cp)
        eaw = EAW.index(w_old) if w_old != w_new else 0xFF
        if old[5] != new[5]:
            assert " " not in old[5]
            norm_changes.append((cp, int(old[5], 16)))
        if (cat, bidi, dec, mir, eaw) != (0xFF, 0xFF, 0xFF, 0xFF, 0xFF):
            changes.append((cp, cat, bidi, dec, mir, eaw))

    # ---- records
    nums, num_index = [], {}
    specials, special_index = [], {}
    records, record_index = [], {}
    decomps = []  # (cp, tag, [cps])
    comp_pairs = []
    empty = (0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0)
    records.append(empty)
    record_index[empty] = 0
    cp_record = [0] * 0x110000
    for cp in range(0x110000):
        fl = rec.get(cp)
        if fl is None:
            if cp in width:
                # unassigned but reserved with a known width (CJK blocks): only the width
                r = (0, 0, 0, EAW.index(width[cp]), 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0)
                i = record_index.get(r)
                if i is None:
                    i = record_index[r] = len(records)
                    records.append(r)
                cp_record[cp] = i
            continue
        cat = fl[2]
        bidi = fl[4]
        pr = props.get(cp, set())
        flags = 0
        if cat in ("Lm", "Lt", "Lu", "Ll", "Lo"):
            flags |= F_ALPHA
        if "Lowercase" in pr:
            flags |= F_LOWER
        if "Line_Break" in pr or bidi == "B":
            flags |= F_LINEBREAK
        if cat == "Zs" or bidi in ("WS", "B", "S"):
            flags |= F_SPACE
        if cat == "Lt":
            flags |= F_TITLE
        if "Uppercase" in pr:
            flags |= F_UPPER
        if cp == 0x20 or cat[0] not in ("C", "Z"):
            flags |= F_PRINTABLE
        if "XID_Start" in pr:
            flags |= F_XID_START
        if "XID_Continue" in pr:
            flags |= F_XID_CONTINUE
        if "Cased" in pr:
            flags |= F_CASED
        if "Case_Ignorable" in pr:
            flags |= F_CASE_IGNORABLE
        if fl[9] == "Y":
            flags |= F_MIRRORED
        if cp in assigned_3_2:
            flags |= F_ASSIGNED_3_2
        decimal = digit = 0xFF
        if fl[6]:
            flags |= F_DECIMAL
            decimal = int(fl[6])
        if fl[7]:
            flags |= F_DIGIT
            digit = int(fl[7])
        num = 0
        if cp in numeric:
            flags |= F_NUMERIC
            v = numeric[cp]
            if v not in num_index:
                num_index[v] = len(nums) + 1
                nums.append(v)
            num = num_index[v]
        upper = int(fl[12], 16) if fl[12] else cp
        lower = int(fl[13], 16) if fl[13] else cp
        title = int(fl[14], 16) if fl[14] else upper
        sc = special.get(cp)
        cf = folding.get(cp, [cp])
        sp = 0
        if sc is None and cf != [lower]:
            sc = ([lower], [title], [upper])
        if sc is not None:
            key = (tuple(sc[0]), tuple(sc[1]), tuple(sc[2]), tuple(cf))
            if key not in special_index:
                special_index[key] = len(specials) + 1
                specials.append(key)
            sp = special_index[key]
            du = dl = dt = 0
        else:
            du, dl, dt = upper - cp, lower - cp, title - cp
        r = (CATEGORIES.index(cat), BIDI.index(bidi), int(fl[3]), EAW.index(width[cp]),
             flags, qc.get(cp, 0), decimal, digit, num, du, dl, dt, sp)
        i = record_index.get(r)
        if i is None:
            i = record_index[r] = len(records)
            records.append(r)
        cp_record[cp] = i
        if fl[5]:
            parts = fl[5].split()
            tag = 0
            if parts[0].startswith("<"):
                tag = DECOMP_TAGS.index(parts[0])
                parts = parts[1:]
            d = [int(x, 16) for x in parts]
            decomps.append((cp, tag, d))
            if tag == 0 and len(d) == 2 and cp not in fce:
                comp_pairs.append((d[0], d[1], cp))

    # ---- two-level trie of record indexes
    def split(data, elem_bytes):
        best = None
        for shift in range(3, 11):
            size = 1 << shift
            blocks, bindex, idx1 = [], {}, []
            for s in range(0, len(data), size):
                b = tuple(data[s:s + size])
                j = bindex.get(b)
                if j is None:
                    j = bindex[b] = len(blocks)
                    blocks.append(b)
                idx1.append(j)
            cost = len(idx1) * (1 if len(blocks) < 256 else 2) + len(blocks) * size * elem_bytes
            if best is None or cost < best[0]:
                best = (cost, shift, idx1, [x for b in blocks for x in b], len(blocks))
        return best

    cost, shift, idx1, idx2, nblocks = split(cp_record, 2)
    idx1_ty = "u8" if nblocks < 256 else "u16"

    # ---- names
    named = sorted(names.items())
    word_count = {}
    def tokens(cp, name):
        out = []
        for w in name.split(" "):
            suffix = "-%04X" % cp
            if w.endswith(suffix) and len(w) > len(suffix):
                out.append(w[:-len(suffix)])
                out.append(None)
            else:
                out.append(w)
        return out
    toks = []
    for cp, name in named:
        t = tokens(cp, name)
        toks.append(t)
        for w in t:
            if w is not None:
                word_count[w] = word_count.get(w, 0) + 1
    words = sorted(word_count, key=lambda w: (-word_count[w], w))
    word_code = {w: i + 1 for i, w in enumerate(words)}
    assert len(words) + 1 < 128 + 128 * 256
    name_data = bytearray()
    name_blocks = []
    NAME_BLOCK = 32
    for i, t in enumerate(toks):
        if i % NAME_BLOCK == 0:
            name_blocks.append(len(name_data))
        enc = bytearray()
        for w in t:
            c = NAMED_HEX_SUFFIX if w is None else word_code[w]
            if c < 128:
                enc.append(c)
            else:
                c -= 128
                enc.append(128 + (c >> 8))
                enc.append(c & 0xFF)
        assert len(enc) < 256
        name_data.append(len(enc))
        name_data += enc
    runs = []  # (first cp, count, first name index)
    for i, (cp, _) in enumerate(named):
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, i])
    name_sorted = sorted(range(len(named)), key=lambda i: named[i][1])
    word_blob = "".join(words)
    word_ends = []
    pos = 0
    for w in words:
        pos += len(w)
        word_ends.append(pos)

    aliases = []
    for fl in fields(p("NameAliases.txt")):
        aliases.append((fl[1], int(fl[0], 16)))
    aliases.sort()
    seqs = []
    for fl in fields(p("NamedSequences.txt")):
        seqs.append((fl[0], [int(x, 16) for x in fl[1].split()]))
    seqs.sort()

    # ---- decompositions and compositions
    decomps.sort()
    decomp_data = []
    decomp_info = []
    for cp, tag, d in decomps:
        assert len(d) < 32 and len(decomp_data) < (1 << 19)
        decomp_info.append((len(decomp_data) << 13) | (tag << 8) | len(d))
        decomp_data.extend(d)
    comp_pairs.sort()

    # ---- input hashes
    hashes = []
    for name in INPUTS:
        with open(p(name), "rb") as f:
            hashes.append((name, hashlib.sha256(f.read()).hexdigest()))

    # ---- output
    o = []
    w = o.append
    w("// Generated by tools/ucdgen/gen_unicode_tables.py from the Unicode Character Database %s." % VERSION)
    w("// Do not edit: change the generator and run it again (see the generator's docstring).")
    w("// Inputs (SHA-256):")
    for n, h in hashes:
        w("//   %s %s" % (h, n))
    w("")
    w("/// SHA-256 of every input file, checked by the freshness test when the UCD is at hand.")
    w("pub static INPUT_SHA256: [(&str, &str); %d] = [" % len(hashes))
    for n, h in hashes:
        w('    ("%s", "%s"),' % (n, h))
    w("];")

    def arr(name, ty, vals, per=16, fmt=str):
        vals = list(vals)
        w("pub static %s: [%s; %d] = [" % (name, ty, len(vals)))
        for s in range(0, len(vals), per):
            w("    " + ", ".join(fmt(v) for v in vals[s:s + per]) + ",")
        w("];")

    def strs(name, vals):
        w("pub static %s: [&str; %d] = [%s];" % (name, len(vals), ", ".join('"%s"' % v for v in vals)))

    strs("CATEGORY_NAMES", CATEGORIES)
    strs("BIDI_NAMES", BIDI)
    strs("EAW_NAMES", EAW)
    strs("DECOMP_TAGS", DECOMP_TAGS)
    w("")
    w("/// Two-level index: RECORDS[INDEX2[(INDEX1[cp >> SHIFT] << SHIFT) + (cp & MASK)]].")
    w("pub const SHIFT: u32 = %d;" % shift)
    arr("INDEX1", idx1_ty, idx1, 32)
    arr("INDEX2", "u16", idx2, 32)
    w("")
    w("use super::Record;")
    w("pub static RECORDS: [Record; %d] = [" % len(records))
    for r in records:
        w("    Record { category: %d, bidi: %d, combining: %d, east_asian_width: %d, flags: %d, quick_check: %d, decimal: %d, digit: %d, numeric: %d, upper: %d, lower: %d, title: %d, special: %d }," % r)
    w("];")

    def num_lit(v):
        f = float(Fraction(v))
        return repr(f) if "e" not in repr(f) else "%.1f" % f

    arr("NUMERIC_VALUES", "f64", nums, 8, num_lit)
    w("")
    w("/// Full case mappings that are not one simple delta: (lower, title, upper, casefold).")
    w("pub static SPECIAL_CASES: [(&str, &str, &str, &str); %d] = [" % len(specials))
    rs = lambda cps: '"' + "".join("\\u{%x}" % c for c in cps) + '"'
    for lo, ti, up, cf in specials:
        w("    (%s, %s, %s, %s)," % (rs(lo), rs(ti), rs(up), rs(cf)))
    w("];")
    w("")
    w("/// Decompositions: DECOMP_INFO[i] = offset << 13 | tag << 8 | length, for DECOMP_KEYS[i].")
    arr("DECOMP_KEYS", "u32", (d[0] for d in decomps), 16)
    arr("DECOMP_INFO", "u32", decomp_info, 16)
    arr("DECOMP_DATA", "u32", decomp_data, 16)
    w("/// Canonical compositions: (first << 21 | second) sorted, and the composite.")
    arr("COMPOSE_KEYS", "u64", ((a << 21) | b for a, b, _ in comp_pairs), 8)
    arr("COMPOSE_VALUES", "u32", (c for _, _, c in comp_pairs), 16)
    w("")
    w("/// Derived name ranges (first, last, kind): 0 Hangul syllables, 1 CJK unified ideographs, 2 Tangut ideographs.")
    w("pub static DERIVED_NAME_RANGES: [(u32, u32, u8); %d] = [%s];" % (
        len(derived_ranges), ", ".join("(%d, %d, %d)" % r for r in derived_ranges)))
    w("/// Name words, most frequent first; word code k (>= 1) is NAME_WORDS[ends[k-2]..ends[k-1]].")
    w("pub static NAME_WORDS: &str = \"%s\";" % word_blob)
    arr("NAME_WORD_ENDS", "u32", word_ends, 16)
    w("/// Names in code point order: a length byte, then word codes (< 128: one byte; else two).")
    w("pub const NAME_BLOCK: usize = %d;" % NAME_BLOCK)
    w("pub static NAME_DATA: &[u8] = b\"%s\";" % "".join(
        chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else "\\x%02x" % b for b in name_data))
    arr("NAME_BLOCK_OFFSETS", "u32", name_blocks, 16)
    w("/// Runs of named code points: (first code point, count, index of the first name).")
    w("pub static NAME_RUNS: [(u32, u32, u32); %d] = [" % len(runs))
    for s in range(0, len(runs), 6):
        w("    " + ", ".join("(%d, %d, %d)" % tuple(r) for r in runs[s:s + 6]) + ",")
    w("];")
    w("/// Name indexes sorted by name.")
    arr("NAMES_SORTED", "u16", name_sorted, 24)
    w("/// Name aliases (NameAliases.txt), sorted by alias.")
    w("pub static ALIASES: [(&str, u32); %d] = [" % len(aliases))
    for n, c in aliases:
        w('    ("%s", 0x%X),' % (n, c))
    w("];")
    w("/// Named sequences, sorted by name.")
    w("pub static NAMED_SEQUENCES: [(&str, &str); %d] = [" % len(seqs))
    for n, cs in seqs:
        w('    ("%s", %s),' % (n, rs(cs)))
    w("];")
    w("/// Unicode 3.2.0's values where they differ (characters assigned in both):")
    w("/// (code point, category, bidi, decimal, mirrored, width); 0xFF: unchanged.")
    w("pub static CHANGES_3_2: [(u32, u8, u8, u8, u8, u8); %d] = [" % len(changes))
    for ch in changes:
        w("    (0x%04X, %d, %d, %d, %d, %d)," % ch)
    w("];")
    w("/// Unicode 3.2.0's (one character) decompositions where they differ.")
    w("pub static DECOMP_3_2: [(u32, u32); %d] = [%s];" % (len(norm_changes), ", ".join("(0x%04X, 0x%04X)" % c for c in norm_changes)))
    text = "\n".join(o) + "\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    sizes = dict(index=len(idx1) * (1 if idx1_ty == "u8" else 2) + len(idx2) * 2,
                 records=len(records) * 28, names=len(name_data) + len(word_blob) + 4 * len(word_ends) + 4 * len(name_blocks) + 12 * len(runs) + 2 * len(name_sorted),
                 decomp=8 * len(decomps) + 4 * len(decomp_data), compose=12 * len(comp_pairs))
    print("name bytes", len(name_data), "word blob", len(word_blob), file=sys.stderr)
    print("records", len(records), "words", len(words), "names", len(named), "runs", len(runs),
          "specials", len(specials), "numerics", len(nums), sizes, "total", sum(sizes.values()), file=sys.stderr)


if __name__ == "__main__":
    main()
