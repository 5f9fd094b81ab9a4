a = 5
if a:
