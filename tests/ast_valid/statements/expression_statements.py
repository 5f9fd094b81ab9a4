1
'a'
x
f()
(yield_)
...
a.b
[1, 2]
