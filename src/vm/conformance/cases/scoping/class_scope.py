class Config:
    base = 10
    doubled = base * 2
    items = [i * 2 for i in range(3)]
    try:
        filtered = [x for x in range(5) if x > base]
    except NameError as e:
        err = str(e)
    def method(self):
        try:
            return base
        except NameError as e:
            return f"NameError: {e}"
print(Config.doubled, Config.items, getattr(Config, "filtered", None), getattr(Config, "err", None))
print(Config().method())
