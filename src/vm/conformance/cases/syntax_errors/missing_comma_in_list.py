sizes = ["small", "medium"
         "large", "huge" "xl"]
weights = [10, 20 30]
print(sizes, weights)
