name, count, ratio = "disk", 42, 0.4567
print("%s has %d items (%.1f%%)" % (name, count, ratio * 100))
print("%5d|%-5d|%05d|%+d" % (7, 7, 7, 7))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.00012, 1e-5, 1e20))
print("%10.3f|%-10.2f|%.0f" % (3.14159, 2.5, 2.5))
print("%c%c" % (72, "i"), "%r" % "quoted", "%a" % "é")
print("%s" % [1, 2], "%s" % (1,), "%%")
