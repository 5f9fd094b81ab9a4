{k: v for k, v in y} = value
