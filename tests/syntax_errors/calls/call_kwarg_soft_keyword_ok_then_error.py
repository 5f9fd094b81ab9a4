f(match=1, type=2, case=)
