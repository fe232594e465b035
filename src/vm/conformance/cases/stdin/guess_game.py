import random
random.seed(7)
secret = random.randint(1, 20)
tries = 0
while True:
    guess = int(input("guess: "))
    tries += 1
    if guess < secret:
        print("too low")
    elif guess > secret:
        print("too high")
    else:
        print(f"correct after {tries} tries")
        break
