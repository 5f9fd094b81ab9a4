s = ('first '
     'second \u00'
     'third')
