# stdin is empty here (the recorder gives /dev/null): input() writes its prompt, then raises.
try:
    answer = input("Your name: ")
except EOFError as e:
    print()
    print("EOFError:", e)
numbers = []
while True:
    try:
        numbers.append(int(input()))
    except EOFError:
        break
print("read", numbers)
age = input("Age: ")
