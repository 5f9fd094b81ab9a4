f() = value
