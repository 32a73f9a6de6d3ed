# exception raised inside an except block: "During handling of the above exception"
data = {}
try:
    data["key"]
except KeyError:
    print("handling")
    undefined_function()
