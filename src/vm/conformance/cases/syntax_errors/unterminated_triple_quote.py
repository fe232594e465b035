print("start")
doc = """never closed
print("end")
