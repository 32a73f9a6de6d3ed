# SystemExit from a nested call; __del__ of a local runs while unwinding, before exit
import sys
class R:
    def __del__(self):
        print("R.__del__")
def main():
    r = R()
    sys.exit(2)
main()
