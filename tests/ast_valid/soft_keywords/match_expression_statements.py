match.foo
match[1]
match * 2
match - 1
