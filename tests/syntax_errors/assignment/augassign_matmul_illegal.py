[m] @= other
