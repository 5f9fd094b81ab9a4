import counter
import one, two
import counter
print(counter.count, one.c is two.c)
