# Writing and reading under each quoting mode, escapes and doubled quotes.
import csv, io
from fractions import Fraction

row = ["plain", "with,comma", 'say "hi"', "line\nbreak", "", None, 3, 2.5, True, Fraction(1, 2)]
for mode in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_STRINGS", "QUOTE_NOTNULL"):
    out = io.StringIO()
    csv.writer(out, quoting=getattr(csv, mode), lineterminator="\n").writerow(row)
    print(mode, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'q"x', "back\\slash", "nl\n"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar="\\").writerow(['a"b', "c"])
print(repr(out.getvalue()))
for fields, kw in (([""], {}), ([None], {}), ([], {})):
    out = io.StringIO()
    csv.writer(out, **kw).writerow(fields)
    print(repr(out.getvalue()))
text = 'a,"b,c","d ""e""",f\r\n1,2,,"multi\nline"\n\n"x"y,z\n'
print(list(csv.reader(io.StringIO(text, newline=""))))
print(list(csv.reader(['1,2.5,"3"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['1,,"",x'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['1,,"",2'], quoting=csv.QUOTE_STRINGS)))
print(list(csv.reader(["a\\,b,c\\\\d"], escapechar="\\")), list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(["  a,  b"], skipinitialspace=True)), list(csv.reader(['"a"b,c'])), list(csv.reader(['a"b",c'])))
r = csv.reader(['"open', "continued", 'end",x', "y"])
print(next(r), r.line_num, next(r), r.line_num)
print(list(csv.reader(['"unterminated'])))
errors = [
    lambda: list(csv.reader(['"unterminated'], strict=True)),
    lambda: list(csv.reader(['"a"b'], strict=True)),
    lambda: list(csv.reader(["a,b\rc"])),
    lambda: list(csv.reader([b"bytes"])),
    lambda: list(csv.reader(["x,abc"], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.writer(io.StringIO(), delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NONE).writerow(["", "a"]),
]
for bad in errors:
    try:
        print(bad())
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
old = csv.field_size_limit(5)
try:
    list(csv.reader(["abcdefgh"]))
except csv.Error as e:
    print("Error:", e)
print(old, csv.field_size_limit(old), csv.field_size_limit())
rows = list(csv.DictReader(io.StringIO("id,name\n1,ann\n2,bob,extra\n3\n"), restkey="more", restval="?"))
print(rows)
out = io.StringIO()
dw = csv.DictWriter(out, ["id", "name"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "x", "zzz": 0})
print(repr(out.getvalue()))
