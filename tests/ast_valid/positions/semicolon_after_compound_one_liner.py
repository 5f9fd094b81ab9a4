if x: a = 1; b = 2;
while 0: pass;
