t1 = t'{def}'
