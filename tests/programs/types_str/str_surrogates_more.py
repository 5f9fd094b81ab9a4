# Lone surrogates through re, json, pickle, %-formatting, __str__/__format__ results,
# str subclasses and the standard streams.
import json, pickle, copy, re, sys

print(json.dumps("\ud800"), json.dumps(["a\udcff"], ensure_ascii=False).encode("utf-8", "surrogatepass"))
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\ud83d\\ude00"')), ascii(json.loads('"\\udc00x"')))
print(ascii("%s" % "\udc80"), ascii("%5s|%-3r" % ("\ud800", "\udfff")), ascii("%(k)s" % {"k": "\udc01"}), ascii("%a" % ("\ud800",)))
print(re.findall("[\ud800-\udfff]", "a\ud800b\udfffc"), ascii(re.sub("\udc80", "!", "x\udc80y")), ascii(re.sub("x", "\udc81", "axb")))
print(re.match(".", "\ud800").group() == "\ud800", re.escape("\ud800") == "\ud800", ascii(re.split("\ud800", "a\ud800b")))
print(ascii(re.sub(r"(.)", lambda m: m.group(1) * 2, "\ud800z")), re.search("\\udfff", "ab\udfff").span())

class S:
    def __str__(self):
        return "s\ud800"
    def __format__(self, spec):
        return "f\udc00" + spec
print(ascii(str(S())), ascii(f"{S()}"), ascii(f"{S()!s}"), ascii(format(S(), "x")), ascii(f"{S():y}"))
try:
    int("\ud800")
except ValueError as e:
    print(type(e).__name__, ascii(str(e)))
try:
    {}["\udc80"]
except KeyError as e:
    print(type(e).__name__, ascii(repr(e)))

class T(str):
    pass
t = T("q\ud800")
print(ascii(t), len(t), ascii(t + "z"), ascii(t.upper()), type(t).__name__, t == "q\ud800")
print(ascii(pickle.loads(pickle.dumps("\ud800x"))), ascii(copy.deepcopy(["\udc00"])))
import io
b = io.StringIO("init\udc80\n")
b.seek(0, 2)
b.write("x\ud800y\n")
b.write("plain\n")
print(ascii(b.getvalue()))
b.seek(0)
print(ascii(b.readline()), ascii(b.read(3)), ascii(b.read()))
c = io.StringIO()
print("p", "\udcff", file=c)
print(ascii(c.getvalue()), len(c.getvalue()))
print(sys.stderr.write("err\ud800\n"))
print("to stderr", "\udcff", file=sys.stderr)
sys.stdout.write("w")
sys.stdout.write("\udc80\n")
