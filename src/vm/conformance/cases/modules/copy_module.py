import copy
original = {"name": "cfg", "tags": ["a", "b"], "nested": {"level": [1, 2]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["tags"].append("c")
deep["nested"]["level"].append(3)
print(original)
print(shallow)
print(deep)
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
tree = Node(1, [Node(2), Node(3)])
clone = copy.deepcopy(tree)
clone.children[0].value = 20
print(tree.children[0].value, clone.children[0].value, clone is not tree)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is not cyc)
