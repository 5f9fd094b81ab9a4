f(1, i * j for i in a for j in b if i)
