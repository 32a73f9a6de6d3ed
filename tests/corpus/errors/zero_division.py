# uncaught ZeroDivisionError with the caret markers under the binary operation
a = 10
b = 0
print("before")
result = a / b
print("never")
