# Writing files and reading them back: text and binary modes, lines, seek/tell, append,
# print(file=...), StringIO/BytesIO. The files are removed at the end.
import io
import os

name = "heapscope_corpus_notes.txt"
with open(name, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    print(f.write("first line\n"))
    f.writelines(["second\n", "third\n"])
    print("fourth", 4, sep=": ", file=f)
print("closed after with:", f.closed)

with open(name) as f:
    print(repr(f.readline()))
    print(f.readlines())
with open(name) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip())
with open(name, encoding="utf-8") as f:
    print(repr(f.read(5)), f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(10)))

with open(name, "a") as f:
    f.write("appended ünïcode\n")
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[-10:])

with open(name, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(f.readline().strip())

with open("heapscope_corpus_data.bin", "wb") as f:
    print(f.write(bytes(range(5))), f.write(b"\x00\xff"))
with open("heapscope_corpus_data.bin", "rb") as f:
    print(f.read(2), f.read(), f.read())
    print(f.seek(-3, 2), f.read())

print(os.path.exists(name), os.path.getsize(name), os.path.isfile(name))
os.remove(name)
os.remove("heapscope_corpus_data.bin")
print(os.path.exists(name))

buf = io.StringIO()
print("to a string buffer", 42, file=buf)
buf.write("more\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readlines())
raw = io.BytesIO(b"abc\ndef\n")
print(raw.readline(), raw.read(), raw.getvalue())
words = io.StringIO("one two\nthree\n")
print(sum(len(line.split()) for line in words))
