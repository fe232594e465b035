from abc import ABC, abstractmethod
class Repository(ABC):
    @abstractmethod
    def get(self, key): ...
    def get_or(self, key, default):
        value = self.get(key)
        return default if value is None else value
class MemoryRepo(Repository):
    def __init__(self):
        self.data = {"a": 1}
    def get(self, key):
        return self.data.get(key)
repo = MemoryRepo()
print(repo.get_or("a", 0), repo.get_or("b", 0), isinstance(repo, Repository))
try:
    Repository()
except TypeError as e:
    print("TypeError:", e)
