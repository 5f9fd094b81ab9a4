(a, (b, 'c')) = data
