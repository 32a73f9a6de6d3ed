# an exception's args tuple holds its arguments; raising and catching keeps them alive
import sys
payload = [1]
e = ValueError(payload, payload)
print(sys.getrefcount(payload))
try:
    raise e
except ValueError as caught:
    print(sys.getrefcount(payload), caught.args[0] is payload)
del e
print(sys.getrefcount(payload))
