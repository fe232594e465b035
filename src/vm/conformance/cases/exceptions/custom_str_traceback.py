class ConfigError(Exception):
    def __str__(self):
        return "config is broken: " + ", ".join(self.args)
class Quiet(Exception):
    def __str__(self):
        return ""
try:
    raise Quiet()
except Quiet as q:
    print(repr(str(q)))
e = ValueError("note me")
e.add_note("extra context")
try:
    raise e
except ValueError:
    import traceback
    traceback.print_exc()
raise ConfigError("a", "b")
