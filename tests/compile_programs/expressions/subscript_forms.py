d = {1: 2}
lst = [1, 2, 3]
r = (d[1], lst[0], lst[-1], lst[1:], lst[:2], lst[::2], lst[1:2:1])
