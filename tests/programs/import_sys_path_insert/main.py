import sys
sys.path.insert(0, sys.path[0] + '/extra')
import hidden_mod
print(hidden_mod.H)
sys.path.remove(sys.path[0])
