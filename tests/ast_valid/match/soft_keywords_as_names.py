match = 1
case = 2
_ = 3
type = 4
match(match)
match.x = case
match[0] = 1
print(match, case, _, type)
