f(*a, k=1)
f(*a, **b)
f(k=1, *a)
