class Tracker:
    instances = 0
    def __init__(self, label):
        Tracker.instances += 1
        self.label = label
        self.tags = set()
    def tag(self, *tags):
        self.tags.update(tags)
        return self
t1 = Tracker("a").tag("x", "y")
t2 = Tracker("b").tag("y")
print(Tracker.instances, sorted(t1.tags & t2.tags), sorted(t1.tags | t2.tags))
delattr(t1, "label")
print(hasattr(t1, "label"), getattr(t1, "label", "gone"))
setattr(t2, "extra", 42)
print(t2.extra, sorted(vars(t2)))
