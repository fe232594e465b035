def n_queens(n):
    solutions = []
    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, diag1 | {row - c}, diag2 | {row + c}, board)
            board.pop()
    place(0, set(), set(), set(), [])
    return solutions


sols = n_queens(6)
print(len(sols), sols[0])
for c in sols[0]:
    print("".join("Q" if i == c else "." for i in range(6)))
print([len(n_queens(k)) for k in range(1, 8)])


def subsets_summing(nums, target):
    if target == 0:
        return [[]]
    if not nums or target < 0:
        return []
    first, rest = nums[0], nums[1:]
    return [[first] + s for s in subsets_summing(rest, target - first)] + subsets_summing(rest, target)


print(subsets_summing([3, 34, 4, 12, 5, 2], 9))


def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


print(count_change(100, [50, 25, 10, 5, 1]))
