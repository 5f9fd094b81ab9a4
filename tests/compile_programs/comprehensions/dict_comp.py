r = {x: x * x for x in range(5)}
