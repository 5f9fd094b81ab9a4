d = {k: for k in ks}
