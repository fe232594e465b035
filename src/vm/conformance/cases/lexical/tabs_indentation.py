def f(x):
	if x > 0:
		return "positive"
	return "non-positive"

print(f(3), f(-1))
