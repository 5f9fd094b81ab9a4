import copy
orig = {"name": "cfg", "items": [1, [2, 3]], "nested": {"k": {"v": [4]}}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["items"][1].append(99)
orig["nested"]["k"]["v"].append(5)
orig["name"] = "changed"
print(sh)
print(dp)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 40
print(tree)
print(t2)
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy([1, 2]) == [1, 2], copy.deepcopy(len) is len)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(frozenset([1])) == frozenset([1]))
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: list
p = P(1, [2])
q = copy.deepcopy(p)
q.y.append(3)
print(p, q, copy.replace(p, x=9) if hasattr(copy, "replace") else P(9, [2]))
