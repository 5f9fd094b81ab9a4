import pkg.a
print(pkg.a.value)
print(pkg.__name__, pkg.a.__name__)
print(pkg.__package__, pkg.a.__package__)
print(pkg.a.__spec__.parent, pkg.__spec__.parent)
