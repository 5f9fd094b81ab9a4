x = tb'{y}'
