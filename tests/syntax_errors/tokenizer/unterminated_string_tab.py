x =	'abc
