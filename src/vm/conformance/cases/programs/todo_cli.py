import json

commands = [
    "add Buy milk",
    "add Write report",
    "add Call mom",
    "done 2",
    "list",
    "remove 1",
    "done 9",
    "rename 2 Call mom tonight",
    "list",
    "export",
    "frobnicate",
]


class TodoList:
    def __init__(self):
        self.items = []

    def add(self, text):
        self.items.append({"text": text, "done": False})
        return f"added #{len(self.items)}"

    def _get(self, n):
        index = int(n) - 1
        if not 0 <= index < len(self.items):
            raise IndexError(f"no item #{n}")
        return index

    def done(self, n):
        self.items[self._get(n)]["done"] = True
        return f"completed #{n}"

    def remove(self, n):
        return f"removed {self.items.pop(self._get(n))['text']!r}"

    def rename(self, n, *words):
        self.items[self._get(n)]["text"] = " ".join(words)
        return "renamed"

    def list(self):
        return "\n".join(f"{i}. [{'x' if it['done'] else ' '}] {it['text']}" for i, it in enumerate(self.items, 1))

    def export(self):
        return json.dumps(self.items, sort_keys=True)


todo = TodoList()
for line in commands:
    name, *args = line.split()
    handler = getattr(todo, name, None)
    if handler is None or name.startswith("_"):
        print(f"unknown command: {name}")
        continue
    try:
        print(handler(*args) if name != "add" else handler(" ".join(args)))
    except IndexError as e:
        print("error:", e)
