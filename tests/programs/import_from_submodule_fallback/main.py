from pkg import sub, other
print(sub.S, other.O)
import pkg
print(pkg.sub is sub)
