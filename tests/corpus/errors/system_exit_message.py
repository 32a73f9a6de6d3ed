# raising SystemExit with a message prints it to stderr and exits 1
import sys
print("exiting")
sys.exit("fatal: configuration missing")
