# 3.11 exception notes: add_note text is printed under the error line
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as e:
        e.add_note(f"while loading the configuration from {path!r}")
        e.add_note("hint: create the file first")
        raise
load("settings.ini")
