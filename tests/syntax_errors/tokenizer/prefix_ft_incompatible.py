x = ft'{y}'
