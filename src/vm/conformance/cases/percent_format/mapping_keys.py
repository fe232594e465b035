record = {"user": "ada", "score": 97.5, "rank": 1}
print("%(user)s scored %(score).1f and is #%(rank)d" % record)
print("%(user)-8s|%(rank)03d" % record)
template = "%(a)s %(a)s %(b)r"
print(template % {"a": "x", "b": "y"})
