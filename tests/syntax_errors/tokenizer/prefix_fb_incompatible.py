x = Fb'{y}'
