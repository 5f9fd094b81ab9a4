class C:
    __slots__ = ("a",)
    __qualname__ = "Other"
    __module__ = "m"
