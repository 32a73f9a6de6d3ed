# a tree whose children point back to their parent: freed only by the collector, with counts per level
import gc
gc.collect()
class TreeNode:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
def build(depth, parent=None, value=0):
    node = TreeNode(value, parent)
    if depth:
        for i in range(2):
            build(depth - 1, node, value * 2 + i + 1)
    return node
root = build(3)
print(len(root.children), root.children[1].children[0].value, root.children[0].parent is root)
del root
print(gc.collect())
