import pkg
print('never')
