# Dialects: registration, lookup, attribute validation and the errors it raises.
import csv, io

print(sorted(csv.list_dialects()))
ex = csv.get_dialect("excel")
print(repr(ex.delimiter), repr(ex.quotechar), ex.escapechar, repr(ex.lineterminator), ex.quoting, ex.doublequote, ex.skipinitialspace, ex.strict)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
p = csv.get_dialect("pipes")
print(repr(p.delimiter), p.quoting, repr(p.lineterminator), "pipes" in csv.list_dialects())
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1, None, 2.5])
print(repr(out.getvalue()))
print(list(csv.reader(['"x"|"y"|z'], dialect="pipes")))
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("semi", Semi)
print(list(csv.reader(["a; 'b;c'; d", "'it''s'; x"], "semi")))
out = io.StringIO()
csv.writer(out, Semi).writerows([["x;y", "it's", ""], []])
print(repr(out.getvalue()))
w = csv.writer(io.StringIO(), delimiter="\t")
print(repr(w.dialect.delimiter), w.dialect.quotechar)
r = csv.reader([], "excel-tab")
print(repr(r.dialect.delimiter), r.line_num)
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects())
bad_cases = [
    lambda: csv.get_dialect("nope"),
    lambda: csv.unregister_dialect("nope"),
    lambda: csv.register_dialect(1),
    lambda: csv.reader([], delimiter="ab"),
    lambda: csv.reader([], delimiter=1),
    lambda: csv.reader([], quotechar="xy"),
    lambda: csv.reader([], quoting=17),
    lambda: csv.reader([], quoting="1"),
    lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL),
    lambda: csv.reader([], delimiter="\n"),
    lambda: csv.reader([], delimiter=",", quotechar=","),
    lambda: csv.reader([], escapechar="\\", quotechar="\\"),
    lambda: csv.reader([], lineterminator=5),
    lambda: csv.reader([], delimiter="x", lineterminator="x"),
    lambda: csv.writer(5),
    lambda: csv.reader(5),
    lambda: csv.reader([], bogus=1),
    lambda: csv.field_size_limit("10"),
]
for bad in bad_cases:
    try:
        bad()
        print("no error")
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(csv.reader([], quotechar=None).dialect.quoting == csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
