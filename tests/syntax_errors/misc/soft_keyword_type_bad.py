type = 1
type type = 2 2
