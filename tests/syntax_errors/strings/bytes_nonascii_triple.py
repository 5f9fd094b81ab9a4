blob = b'''
line one
über
'''
