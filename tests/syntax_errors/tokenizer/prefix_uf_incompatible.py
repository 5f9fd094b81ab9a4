x = uf'{y}'
