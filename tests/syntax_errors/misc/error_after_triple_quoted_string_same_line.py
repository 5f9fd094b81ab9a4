doc = '''a
b''' + $
