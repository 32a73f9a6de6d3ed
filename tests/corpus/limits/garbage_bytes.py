# invalid UTF-8 bytes in the source without an encoding declaration
print('hi')
ÿþ€garbageœ
