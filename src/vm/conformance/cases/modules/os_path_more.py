import os.path
import os
print(os.path.join("a", "b", "c.txt"), os.path.join("/data", "x"), os.path.join("a", "/abs"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("/x/y/z.py"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.normpath("a/./b/../c"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.sep, os.path.sep)
print(os.path.join("dir", ""), os.path.basename("dir/"), os.path.splitext(".bashrc"))
