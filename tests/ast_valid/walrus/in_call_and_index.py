print(x := 1)
foo(a, b := 2, c=3)
v = a[i := 1]
w = a[(j := 1):j+1]
