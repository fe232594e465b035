class Pipeline:
    def __init__(self, data):
        self.data = data
    def normalize(self):
        top = max(self.data)
        return Pipeline([x / top for x in self.data])
    def scale(self, k):
        return Pipeline([x * k for x in self.data])
print(Pipeline([1, 2, 4]).normalize().scale(10).data)
print(Pipeline([0, 0]).normalize().scale(10).data)
