class A:
    def f(self):
        if self:
            return 1
        	else_ = 2
