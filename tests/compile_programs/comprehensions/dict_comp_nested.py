r = {k: {v: k for v in range(2)} for k in range(2)}
