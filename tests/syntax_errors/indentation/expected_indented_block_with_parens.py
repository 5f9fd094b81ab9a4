with (open(a) as x, open(b) as y):
pass
