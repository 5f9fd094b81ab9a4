# importlib.import_module: absolute and relative names, caching in sys.modules, errors.
import importlib
import sys

m = importlib.import_module("json")
print(m.__name__, m is sys.modules["json"])
print(importlib.import_module("json.decoder").__name__)
print(importlib.import_module(".decoder", "json").__name__)
print(importlib.import_module("..decoder", "json.encoder").__name__)
print(importlib.import_module("collections.abc").__name__)

for args in [("no_such_module_xyz",), ("json.no_such_sub",), ("",), (".x",), (".x", ""),
             ("...x", "json.decoder"), (5,)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)

importlib.invalidate_caches()
print(importlib.__import__("os.path").__name__)
print(importlib.__import__("os", fromlist=["path"]).path.__name__ in ("posixpath", "ntpath"))
print([n for n in ("import_module", "reload", "invalidate_caches") if hasattr(importlib, n)])
