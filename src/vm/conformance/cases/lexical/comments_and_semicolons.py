# a leading comment
x = 1; y = 2; z = x + y  # trailing comment
print(x, y, z)
if z: print("inline if")
for i in range(3): print(i, end=" ")
print()
while False: pass
class C: pass
print(C.__name__)
