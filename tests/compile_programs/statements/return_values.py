def none(): return
def one(): return 1
def tup(): return 1, 2
def expr(a): return a * 2
