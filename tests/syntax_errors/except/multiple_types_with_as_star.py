try:
    pass
except* A, B as eg:
    pass
