stack = []
for ch in "({[]})":
    if ch in "({[":
        stack.append(ch)
    else:
        opener = stack.pop()
        print("matched", opener, ch)
print("balanced" if not stack else "unbalanced")
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print(item, queue)
