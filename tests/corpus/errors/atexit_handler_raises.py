# an exception in an atexit handler is reported after the program ends; the exit status stays 0
import atexit
def bye():
    print("bye runs")
    raise ValueError("atexit failure")
atexit.register(bye)
print("main done")
