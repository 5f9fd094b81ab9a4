S = 'sub'
