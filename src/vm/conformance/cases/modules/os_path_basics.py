import os
import os.path
print(os.path.join("data", "raw", "file.csv"), os.path.join("/abs", "x"), os.path.join("a", "/b"))
p = "/srv/app/docs/report.final.txt"
print(os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.isabs(p), os.path.isabs("rel/x"))
print(os.path.normpath("a//b/./c/../d"), os.sep, os.path.basename("dir/"))
with open("exists.txt", "w") as f:
    f.write("12345")
print(os.path.exists("exists.txt"), os.path.exists("missing.txt"), os.path.getsize("exists.txt"), os.path.isfile("exists.txt"))
print(os.path.exists("."), os.path.isdir("."))
