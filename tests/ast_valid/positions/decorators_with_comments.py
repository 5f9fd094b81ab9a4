@a  # one
# between
@b(
    1,  # arg
)
def f():  # def
    pass  # body
