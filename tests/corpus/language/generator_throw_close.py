# generator.throw and close: handled and unhandled exceptions inside the generator
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.send(2)
w.close()
print("closed")
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")
