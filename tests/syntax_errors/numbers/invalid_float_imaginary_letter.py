z = 1.5jx
