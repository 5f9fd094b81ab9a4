# CALL_INTRINSIC_1 LIST_TO_TUPLE: folded when the list is all constants, a NOP before GET_ITER.
def f(a, b):
    x = (*a, *b)
    for i in (*a, *b):
        pass
    y = (*a, 1, 2)
    return x, y
t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, "x", None, 1.5)
u = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]
