Ωmega = 1
result = Ωmega ++
