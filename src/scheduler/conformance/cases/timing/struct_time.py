import time

t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0], len(t))
print(time.strftime("%a %d %b %Y %H:%M:%S", t))
print(time.strftime("%Y-%m-%d %I:%M %p (%j) %%", t))
print(time.asctime(time.gmtime(0)))
print(time.strftime("%x %X", time.gmtime(86_400 * 365)))
print(isinstance(time.localtime(), time.struct_time), time.strftime("%Y") >= "2024")
