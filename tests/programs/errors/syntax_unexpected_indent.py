# An unexpected indent: CPython shows the line without markers (the column falls in the
# indentation).
x = 1
y = 2
    z = 3
