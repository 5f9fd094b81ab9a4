import math
from math import sqrt, pi
print(math.sqrt(16), sqrt(2), round(pi, 5), math.floor(-2.5), math.ceil(2.1))
print(math.gcd(12, 18), math.factorial(10), math.isqrt(99), math.hypot(3, 4), math.log(math.e), math.log10(1000))
