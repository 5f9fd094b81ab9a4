for x in *a, *b:
