if True:
	if x:
		pass
    pass
