squares = [x * x for x in range(8)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in matrix for v in row if v % 4]
print(squares, evens, pairs, matrix, flat, sep="\n")
print([c.upper() for c in "hello" if c not in "l"])
