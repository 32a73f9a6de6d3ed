# SystemExit with a message prints it to stderr and exits with status 1.
import sys

print("working")
try:
    quit()
except SystemExit as e:
    print("caught quit", e.code, e.args)
raise SystemExit("fatal: configuration missing")
