import sys
class C:
    if sys.version_info >= (3,):
        def m(self):
            return 3
    else:
        def m(self):
            return 2
