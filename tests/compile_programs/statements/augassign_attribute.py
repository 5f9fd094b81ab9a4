class C: x = 0
C.x += 1
