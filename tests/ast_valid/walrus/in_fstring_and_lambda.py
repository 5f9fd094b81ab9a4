f = lambda: (x := 1)
s = f'{(y := 2)}'
