def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total


def mat_pow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result


def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("[" + " ".join(str(v).rjust(width) for v in row) + "]")


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
print(determinant([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), determinant(identity(4)))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
