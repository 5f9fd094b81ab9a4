all(x for x in [1])
any(x for x in [1])
tuple(x for x in [1])
list(x for x in [1])
