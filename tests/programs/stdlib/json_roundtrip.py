import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "score": 9.5, "none": None, "nested": {"k": [1, {"x": 2}]}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps({"a": 1}, indent="\t"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('"\\u00e9\\n"'), json.loads("[1, 2.0, 1e3, -0, true, null]"), json.loads('{"a": {"b": []}}'))
print(json.dumps((1, 2)), json.dumps("quote\"back\\slash\ttab"), json.dumps(10 ** 20), json.dumps(1.0), json.dumps(0.1))
for bad in ("{", "[1,]", "{'a': 1}", "", "[1] x", '{"a" 1}', "tru"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.pos, e.lineno, e.colno)
for bad in ({1, 2}, object(), {(1, 2): 3}, b"bytes"):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
