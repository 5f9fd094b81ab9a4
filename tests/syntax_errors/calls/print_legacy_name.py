print value
