try:
    f()
except ValueError:
    a = 1
except TypeError as t:
    a = t
except Exception:
    a = 3
