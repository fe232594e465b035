import re
log = """2024-01-05 10:00:01 INFO  server started port=8080
2024-01-05 10:00:05 WARN  slow request path=/api/items ms=1520
2024-01-05 10:01:00 ERROR db timeout path=/api/orders ms=5000
2024-01-05 10:02:30 INFO  request path=/api/items ms=120"""
pat = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
by_level = {}
for m in pat.finditer(log):
    by_level.setdefault(m["level"], []).append(m["time"])
print(by_level)
slow = [(m.group(1), int(m.group(2))) for m in re.finditer(r"path=(\S+) ms=(\d+)", log) if int(m.group(2)) > 1000]
print(slow)
kv = dict(re.findall(r"(\w+)=(\S+)", log.splitlines()[1]))
print(kv)
