t1 = t'{(lambda x: x * 2)(3)}'
