import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old_api()
warnings.warn("something odd")
for _ in range(3):
    warnings.warn("only once per location", RuntimeWarning)
print("after warnings")
