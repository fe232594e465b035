msg = ("Hello, "
       "world"
       '!')
print(msg)
print("a" "b" 'c' """d""")
print(r"\n" "\n", end="|\n")
width = 7
print(f"{width}" "-" f"{width * 2}")
