class Thing:
    def __init__(self):
        self.value = 1
t = Thing()
def show(f):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
show(lambda: t.valeu)
show(lambda: t.missing)
show(lambda: Thing.nothing)
show(lambda: (5).foo)
show(lambda: "s".lenght)
show(lambda: None.attr)
show(lambda: [].push)
