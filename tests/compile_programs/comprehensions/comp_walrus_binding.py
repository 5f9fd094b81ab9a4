def f(data):
    if any((hit := x) > 2 for x in data):
        return hit
    r = [last := x for x in data]
    return last, r
