x = 'a' 'b' f'c' t'd'
