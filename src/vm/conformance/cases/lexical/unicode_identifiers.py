café = "coffee"
π = 3.14159
naïve = True
print(café, π, naïve)
def größe(wert):
    return len(wert)
print(größe("straße"))
print("λ".isidentifier(), "2x".isidentifier())
