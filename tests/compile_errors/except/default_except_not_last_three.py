try:
    pass
except A:
    pass
except:
    pass
except B:
    pass
