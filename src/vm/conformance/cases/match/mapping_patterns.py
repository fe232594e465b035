def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl"},
          {"type": "scroll"}, {"type": "click", "pos": [3, 4]}, 42]:
    print(handle(e))
