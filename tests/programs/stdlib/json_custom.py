import json
from dataclasses import dataclass, asdict
@dataclass
class Point:
    x: int
    y: int
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
s = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=Enc)
print(s)
def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
print(json.loads(s, object_hook=hook))
print(json.dumps(Point(3, 4), default=asdict), json.dumps([Point(0, 0)], default=lambda o: o.__dict__))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads("1.5", parse_float=str), json.loads("7", parse_int=lambda s: int(s) * 2))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'{"b": 1}'), json.loads(" [ ] "))
print(json.JSONDecoder().raw_decode('{"x": 1} trailing'))
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({"b": 1, "a": [1, 2]}))
print(list(json.JSONEncoder().iterencode({"k": [1]})))
import io
buf = io.StringIO()
json.dump({"z": 0}, buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
class Strict(json.JSONEncoder):
    pass
try:
    json.dumps(Point(1, 1), cls=Strict)
except TypeError as e:
    print("TypeError:", e)
try:
    circ = []
    circ.append(circ)
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
