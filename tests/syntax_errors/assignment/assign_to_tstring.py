t'{a}' = value
