class Box[T]:

