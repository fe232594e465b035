class = "first year"
print(class)
