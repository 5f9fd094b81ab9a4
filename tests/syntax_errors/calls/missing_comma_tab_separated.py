f(a	b)
