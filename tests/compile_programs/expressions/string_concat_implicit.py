r = "a" "b" 'c'
s = b"x" b"y"
