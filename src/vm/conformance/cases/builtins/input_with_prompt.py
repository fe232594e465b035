name = input("What is your name? ")
age = int(input("Age: "))
print(f"Hello {name}, next year you will be {age + 1}.")
