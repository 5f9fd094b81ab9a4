x = bf'{y}'
