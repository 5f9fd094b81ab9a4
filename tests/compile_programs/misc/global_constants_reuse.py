A = "shared"
B = "shared"
C = ("shared", "shared")
