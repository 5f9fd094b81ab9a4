x = 1
t = t"{x=}"
