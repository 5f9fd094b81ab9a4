def f():
    x = 1
# dedented comment
        # over-indented comment
    return x
