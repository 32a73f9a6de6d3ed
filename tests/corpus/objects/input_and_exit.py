# input() at end of input, and exit() with a status.
try:
    answer = input("Your name? ")
except EOFError as e:
    print()
    print("EOFError:", e)
print("before exit")
exit(3)
print("never printed")
