perm = 08
