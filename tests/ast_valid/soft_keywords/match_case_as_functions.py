def match(case): return case
match(1)
class case: pass
x = [match for match in range(3)]
