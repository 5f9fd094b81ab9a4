x = ut'{y}'
