x = 1
t = t"a" t"{x}"
