# TypeError: 'NoneType' object is not callable from a function returning nothing
def get_handler():
    pass
handler = get_handler()
handler("event")
