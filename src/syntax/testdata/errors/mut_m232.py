# finally runs and prints before the traceback is written
def risky():
    try:
  **      print("try")
        return 1 / 0
    finally:
        print("finally runs")
risky()
