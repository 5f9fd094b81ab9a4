abc·def = 1
value = a€b
