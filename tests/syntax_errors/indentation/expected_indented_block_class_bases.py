class A(Base, metaclass=M):

# comment
pass
