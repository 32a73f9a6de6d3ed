# an exception in a with body propagates after __exit__ runs; the traceback shows the body line
class Guard:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
        return False
with Guard():
    data = [1, 2]
    print(data[2])
