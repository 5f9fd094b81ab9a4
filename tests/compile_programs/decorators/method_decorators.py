import functools
class C:
    @functools.cached_property
    def x(self):
        return 1
    @staticmethod
    @functools.cache
    def s():
        return 2
