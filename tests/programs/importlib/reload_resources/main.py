# importlib.reload re-runs a module in place; importlib.resources reads package data;
# inspect.getsource reads a function of another module.
import importlib
import importlib.resources
import inspect
import helper

print(helper.LOADS, helper.greet("a"))
helper.extra = 1
again = importlib.reload(helper)
print(again is helper, helper.LOADS, helper.extra)
print(inspect.getsource(helper.greet), end="")
print(inspect.getmodule(helper.greet).__name__, inspect.getsourcelines(helper.greet)[1])

import mypkg
text = importlib.resources.files("mypkg").joinpath("data.txt").read_text()
print(repr(text))
print(importlib.resources.files(mypkg).joinpath("data.txt").is_file())
print(sorted(p.name for p in importlib.resources.files("mypkg").iterdir() if not p.name.startswith("__")))
try:
    importlib.reload(42)
except Exception as e:
    print(type(e).__name__, e)
