# break inside except* is refused by the compiler
def f():
    for i in range(3):
        try:
            pass
        except* ValueError:
            break
