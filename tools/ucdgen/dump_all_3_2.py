# Prints unicodedata.ucd_3_2_0 (and a few IDNA encodings) for every code point (surrogates
# excepted; unassigned code points only where they differ from the first one), for a
# diff of krait against the oracle:
#   node tools/oracle/oracle.mjs --run tools/ucdgen/dump_all_3_2.py > oracle.txt
#   target/debug/krait tools/ucdgen/dump_all_3_2.py > krait.txt && diff oracle.txt krait.txt
import unicodedata
u = unicodedata.ucd_3_2_0
out = []
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000: continue
    c = chr(cp)
    s = (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None),
         u.normalize('NFC', c), u.normalize('NFKD', c))
    if s[0] == 'Cn' and s[9] is None and s[3] == 'N' and s[10] == c and s[11] == c: continue
    out.append('%X %r' % (cp, s))
print('\n'.join(out))
for s in ['bücher.example', 'ÄÖÜ.de', 'straße.de', 'ﬁ.com', 'ǅ.com']:
    try: print(s.encode('idna'))
    except Exception as e: print(type(e).__name__, e)
