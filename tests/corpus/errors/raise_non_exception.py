# TypeError: exceptions must derive from BaseException
def fail():
    raise "an error string"
fail()
