x = a and b and c or d or e and not f
