# misuse of global and nonlocal detected at compile time inside exec'd code
snippets = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f(a):\n    global a\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
