import hashlib
print(hashlib.sha256(b"hello").hexdigest())
print(hashlib.md5(b"hello").hexdigest())
h = hashlib.sha256()
h.update(b"hel")
h.update(b"lo")
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), h.digest_size, h.name)
print(hashlib.sha1("text".encode()).hexdigest(), hashlib.new("sha256", b"").hexdigest()[:16])
try:
    hashlib.sha256("str")
except TypeError as e:
    print(e)
