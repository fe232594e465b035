def nothing():
    return
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    print("  fell through")
print(nothing(), pair(), early(1), early(0))
def implicit():
    x = 1
print(implicit())
