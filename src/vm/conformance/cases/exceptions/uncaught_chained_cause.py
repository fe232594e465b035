def load_config(text):
    try:
        return dict(line.split("=") for line in text.splitlines())
    except ValueError as exc:
        raise RuntimeError("invalid config") from exc
print(load_config("a=1\nb=2"))
load_config("a=1\nbroken")
