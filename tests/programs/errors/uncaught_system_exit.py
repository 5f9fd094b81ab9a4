import sys
print("before exit")
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.stdout.flush()
sys.exit(3)
