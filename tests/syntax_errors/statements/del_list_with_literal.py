del [a, 'b']
