t1 = t'''abc
{x}
