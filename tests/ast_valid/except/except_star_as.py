try:
    pass
except* (A, B) as eg:
    pass
except* C:
    pass
