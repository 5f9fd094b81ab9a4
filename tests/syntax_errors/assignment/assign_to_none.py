None = value
