p = rt'\d+{n}'
q = TR'{a}\n'
r = t'''
multi {line}
'''
r2 = Rt"""{x}"""
