# leading comment
x = 1  # trailing
# between
y = 2
