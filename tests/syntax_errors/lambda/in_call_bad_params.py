sorted(xs, key=lambda (k, v): v)
