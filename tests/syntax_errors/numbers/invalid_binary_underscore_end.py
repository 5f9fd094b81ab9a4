mask = 0b1010_
