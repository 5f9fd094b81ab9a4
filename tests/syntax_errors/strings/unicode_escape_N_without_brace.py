s = 'x\Ny'
