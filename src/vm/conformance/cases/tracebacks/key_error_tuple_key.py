grid = {(0, 0): "start", (0, 1): "wall"}
print(grid[(0, 0)])
print(grid[(1, 1)])
