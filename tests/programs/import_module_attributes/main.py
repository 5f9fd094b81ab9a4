import sys
import pkg.mod as mod
import pkg
d = sys.path[0]
print(mod.__file__ == d + '/pkg/mod.py', pkg.__file__ == d + '/pkg/__init__.py')
print(pkg.__path__ == [d + '/pkg'], mod.__spec__.name, mod.__spec__.origin == mod.__file__)
print(pkg.__spec__.submodule_search_locations == pkg.__path__, mod.__spec__.submodule_search_locations)
print(type(mod.__loader__).__name__, mod.__loader__ is mod.__spec__.loader)
print(hasattr(mod, '__path__'), mod.__package__, pkg.__package__)
print(__file__ == d + '/main.py', __package__, __spec__)
