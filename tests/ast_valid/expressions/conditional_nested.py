x = a if b else c if d else e
y = (a if b else c) + 1
