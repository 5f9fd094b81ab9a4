try:
    pass
except *
    pass
