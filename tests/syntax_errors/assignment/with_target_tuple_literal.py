with a as (x, 2):
    pass
