import ns.mod
import ns
print(ns.mod.M, ns.__file__, ns.__name__)
print(ns.__spec__.origin, ns.__spec__.name)
from ns import other
print(other.O)
