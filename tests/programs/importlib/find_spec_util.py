# importlib.util.find_spec and friends, ModuleSpec attributes (no file paths printed).
import importlib.util
import importlib.machinery
import sys

spec = importlib.util.find_spec("json")
print(type(spec).__name__, spec.name, spec.parent, spec.has_location)
print(spec.submodule_search_locations is not None, spec.origin.endswith("__init__.py"))
sub = importlib.util.find_spec("json.decoder")
print(sub.name, sub.parent, sub.submodule_search_locations, sub.origin.endswith("decoder.py"))
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").loader.__name__)
try:
    importlib.util.find_spec(".x")
except Exception as e:
    print(type(e).__name__, e)
print(importlib.util.resolve_name(".b", "a.c"), importlib.util.resolve_name("..b", "a.c.d"))
try:
    importlib.util.resolve_name("..b", "a")
except Exception as e:
    print(type(e).__name__, e)
print(len(importlib.util.source_hash(b"x = 1")), importlib.util.source_hash(b"a") == importlib.util.source_hash(b"a"))
print(importlib.util.MAGIC_NUMBER[2:])

import json
print(json.__spec__.name, json.__spec__.parent, type(json.__spec__).__name__)
print(sys.__spec__.origin, sys.modules["sys"].__loader__.__name__)
s = importlib.machinery.ModuleSpec("fake.mod", None, origin="somewhere")
print(s.name, s.parent, s.origin, s.has_location, s.submodule_search_locations)
mod = importlib.util.module_from_spec(s)
print(type(mod).__name__, mod.__name__, mod.__spec__ is s, mod.__loader__)
print(".py" in importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.BuiltinImporter.find_spec("math").name)
print(importlib.machinery.PathFinder in sys.meta_path)
