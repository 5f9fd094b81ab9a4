class C(
    Base,
    metaclass=Meta,
    **extra,
):
    x: int = 1
