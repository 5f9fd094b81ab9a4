a[*b]
a[*b, c]
a[1, *b]
x = a[*b] = 1
