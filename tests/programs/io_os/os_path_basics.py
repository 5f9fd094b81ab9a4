import os, os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"), os.path.join("a/", "b"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.split("/a/b/"))
print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("/tmp/../tmp/x"), os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/no/such/path"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.splitdrive("/a/b"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.name)
print(os.fspath("p"), os.fspath(b"q"))
class P:
    def __fspath__(self):
        return "/tmp/from_fspath"
print(os.fspath(P()), os.path.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
