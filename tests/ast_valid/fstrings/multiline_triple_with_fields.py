a = 1
s = f'''
line {a}
  indented {a!r:>3}
'''
