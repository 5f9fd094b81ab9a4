name = 'Alice
