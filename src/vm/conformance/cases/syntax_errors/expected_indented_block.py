def handler(event):
print(event)
