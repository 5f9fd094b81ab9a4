import importlib
m = importlib.import_module('pkg.sub')
print(m.__name__, m.V)
r = importlib.import_module('.sub', 'pkg')
print(r is m)
try:
    importlib.import_module('.sub')
except TypeError as e:
    print(e)
try:
    importlib.import_module('pkg.none')
except ModuleNotFoundError as e:
    print(e)
