class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll)
ll.remove(3)
ll.push("x")
print(ll, len(ll), 2 in ll, sum(v for v in ll if isinstance(v, int)))
try:
    ll.remove(99)
except ValueError as e:
    print("ValueError:", e)
print(LinkedList())
