x = $ = 'abc
