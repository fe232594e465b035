def connect(host, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"
print(connect("example.com", 80))
print(connect("example.com"))
