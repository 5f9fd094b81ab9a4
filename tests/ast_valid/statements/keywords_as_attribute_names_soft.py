a.match = 1
a.case
a.type
a._
x = obj.print
