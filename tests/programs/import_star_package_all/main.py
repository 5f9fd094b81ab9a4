from pkg import *
print(sub1.N, sub2.N)
import sys
print('pkg.sub3' in sys.modules)
