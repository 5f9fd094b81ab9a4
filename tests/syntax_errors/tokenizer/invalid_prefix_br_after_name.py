value = bruh'abc'
