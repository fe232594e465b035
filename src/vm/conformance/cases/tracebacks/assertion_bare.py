balance = 100
withdrawal = 150
assert withdrawal <= balance
