# vim: set fileencoding=latin-1 :
d = {'clé': [1,
