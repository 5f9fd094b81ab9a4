msg = ('hello '
       b'world')
