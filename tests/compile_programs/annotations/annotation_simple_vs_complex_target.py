class C:
    a: int
    (b): int
    d = {}
    d["k"]: int
