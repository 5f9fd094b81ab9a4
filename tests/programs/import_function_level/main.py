def f():
    import helper
    from helper import twice
    return twice(helper.BASE)
print(f())
try:
    helper
except NameError as e:
    print(e)
