# sys.exit with an int status: no traceback, exit status 3; finally blocks run
import sys
try:
    print("about to exit")
    sys.exit(3)
finally:
    print("finally before exit")
