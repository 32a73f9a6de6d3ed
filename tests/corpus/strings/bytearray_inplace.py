# bytearray += and *= mutate the object in place (an alias sees the change).
ba = bytearray(b"a")
alias = ba
ba += b"bc"
ba *= 2
print(alias, ba is alias)
