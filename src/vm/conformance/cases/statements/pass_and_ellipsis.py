def todo():
    pass
def later():
    ...
class Empty:
    pass
print(todo(), later(), Empty.__name__)
print(..., Ellipsis is ..., type(...).__name__)
if True:
    pass
print("done")
