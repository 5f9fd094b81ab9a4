g = 3.14abc
