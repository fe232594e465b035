def load(path):
    try:
        return {"config.json": "{}"}[path]
    except KeyError:
        raise FileNotFoundError(f"no such file: {path}")
load("settings.json")
