café = 1
π = 3.14
r = café + π
