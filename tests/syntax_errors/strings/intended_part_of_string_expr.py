msg = "Value: " x + 1 " units"
