import sys
try:
    sys.exit(0)
finally:
    print("cleanup runs")
