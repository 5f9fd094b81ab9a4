import top.mid.leaf as leaf
print(leaf.result)
