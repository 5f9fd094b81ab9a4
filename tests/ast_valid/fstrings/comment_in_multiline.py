x = 1
s = f'''{
    x  # the value
    + 1
}'''
