obj.method(1) = value
