if	x	
    pass
