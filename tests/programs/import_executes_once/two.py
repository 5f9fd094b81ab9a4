import counter as c
c.count += 1
