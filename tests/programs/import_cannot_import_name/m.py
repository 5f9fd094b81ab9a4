present = 'here'
