p = rf'\d{n}
