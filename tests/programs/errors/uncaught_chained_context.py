data = {"a": 1}

def lookup(k):
    try:
        return data[k]
    except KeyError:
        return undefined_fallback(k)

print(lookup("a"))
print(lookup("b"))
