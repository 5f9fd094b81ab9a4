import mod
import mod
print(mod.x, mod.f(2))
print(mod.__name__)
