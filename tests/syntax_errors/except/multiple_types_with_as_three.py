try:
    pass
except ValueError, TypeError, KeyError as err:
    pass
