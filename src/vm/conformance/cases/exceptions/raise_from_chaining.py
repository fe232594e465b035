class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError:
        raise ConfigError("port not a number")
for cfg in [{"port": "80"}, {}, {"port": "x"}]:
    try:
        print(load(cfg))
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
