class Meta(type): pass
class C(metaclass=Meta):
    pass
class D(object, metaclass=Meta, extra=1):
    pass
