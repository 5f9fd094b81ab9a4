x = `repr`
