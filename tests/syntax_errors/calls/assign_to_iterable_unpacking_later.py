f(a, *b=c)
