print("pkg.a runs")
value = "A"
