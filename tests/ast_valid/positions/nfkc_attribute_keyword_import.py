import os as ﬂ
obj.ﬁeld = 1
f(ﬁ=1)
from os import path as ﬃ
