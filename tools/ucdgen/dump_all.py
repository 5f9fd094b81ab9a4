# Prints unicodedata and every str predicate and case method for every code point (surrogates
# excepted; unassigned code points only where they differ from the first one), for a
# diff of krait against the oracle:
#   node tools/oracle/oracle.mjs --run tools/ucdgen/dump_all.py > oracle.txt
#   target/debug/krait tools/ucdgen/dump_all.py > krait.txt && diff oracle.txt krait.txt
import unicodedata as u
import sys
def sig(c):
    cp = ord(c)
    try: nm = u.name(c)
    except ValueError: nm = '-'
    fl = ''.join('1' if f() else '0' for f in (c.isalpha, c.isdecimal, c.isdigit, c.isnumeric, c.isspace, c.isprintable, c.isidentifier, c.isupper, c.islower, c.istitle, c.isalnum, ('a'+c).isidentifier))
    cases = '|'.join(x if x != c else '=' for x in (c.upper(), c.lower(), c.title(), c.casefold(), c.capitalize(), c.swapcase()))
    norms = '|'.join(x if x != c else '=' for x in (u.normalize(f, c) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')))
    qc = ''.join('1' if u.is_normalized(f, c) else '0' for f in ('NFC', 'NFD', 'NFKC', 'NFKD'))
    return (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
            u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), nm, fl, cases, norms, qc)
lo, hi = int(sys.argv[1], 16) if len(sys.argv) > 1 else 0, 0x110000
defaults = {}
out = []
for cp in range(lo, hi):
    if 0xD800 <= cp < 0xE000: continue
    c = chr(cp)
    s = sig(c)
    cat = s[0]
    if cat in ('Cn', 'Co'):
        key = (cat,) + s[1:9] + s[10:]
        if defaults.get(cat) is None: defaults[cat] = key
        if key == defaults[cat] and s[9] == '-':
            continue
    out.append('%X\t%r' % (cp, s))
print('\n'.join(out))
print('DEFAULTS', defaults)
