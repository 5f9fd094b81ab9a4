msg = "he said \"
