# a caught exception's traceback keeps the failing frame and its locals alive until the except ends
import sys
class Tracked:
    def __del__(self):
        print("Tracked freed")
def fail():
    t = Tracked()
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("caught", e)
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
    print("still in except")
print("after except")
