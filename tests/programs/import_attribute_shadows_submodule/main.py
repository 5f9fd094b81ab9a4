from pkg import thing
print(thing)
import pkg.thing
print(pkg.thing.__name__)
from pkg import thing
print(thing.__name__)
