try:
    pass
except A as b as c:
    pass
