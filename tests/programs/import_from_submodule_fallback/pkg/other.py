O = 'other'
