t1 = t'abc
