if x:
pass
s = 'oops
