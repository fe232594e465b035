class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            return
        node = self.root
        while True:
            side = 1 if key < node[0] else 2
            if node[side] is None:
                node[side] = [key, None, None]
                return
            node = node[side]

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return
        yield from self.inorder(node[1])
        yield node[0]
        yield from self.inorder(node[2])

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
print(list(tree.inorder()), tree.height(), 45 in tree, 55 in tree)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.height())
