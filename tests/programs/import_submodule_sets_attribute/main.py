import pkg
print(hasattr(pkg, 'sub'))
import pkg.sub
print(hasattr(pkg, 'sub'), pkg.sub.K)
from pkg import sub
print(sub is pkg.sub)
