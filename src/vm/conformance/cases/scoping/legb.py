x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def uses_builtin():
    return len("abc")
len = lambda s: "shadowed"
print(uses_builtin(), len("x"))
del len
print(len("abcd"))
