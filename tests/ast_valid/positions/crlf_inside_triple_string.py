s = '''one
two
'''
b = b'''x
y'''
