# string.Formatter over _string's parser.
import string
import _string

f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"))
print(f.format("{x!r:>6}|{y:.2f}|{{lit}}", x="hi", y=3.14159))
print(f.format("{0[1]} {p.real} {d[k]}", [10, 20], p=3 + 4j, d={"k": "v"}))
print(f.format("{:{w}}|", "ab", w=5))
print(list(f.parse("a{0}b{x!s:^4}c{{d}}")))
print(list(_string.formatter_parser("")), list(_string.formatter_parser("plain")))
first, rest = _string.formatter_field_name_split("obj.attr[3][key].z")
print(first, list(rest))
first, rest = _string.formatter_field_name_split("12")
print(repr(first), list(rest))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

print(Upper().format("{a} and {missing} {0}", "x", a="b"))
for bad in ("{", "}", "a{0", "{0!}", "{0!x}", "{0:{", "{!r", "{0[}"):
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print("ValueError:", e)
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{0.}", 1)
except ValueError as e:
    print("ValueError:", e)
