"""Records what python3 (3.11) says about each test program, as the parser tests' expectations.

errors/NAME.py -> errors/NAME.txt: the stderr of `python3 NAME.py` when the file does not
compile, or the line "OK" and the SyntaxWarnings compiling it prints when it does.
spans/NAME.py -> spans/NAME.txt: one line per AST node with a position, "Type l:c-l:c", sorted
(nodes inside f-strings are left out: CPython 3.11's positions there are approximate).

Run from anywhere: python3 src/syntax/testdata/gen.py
"""
import ast
import os
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def record_errors():
    folder = os.path.join(HERE, "errors")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            source = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(source, name, "exec")
            # Compiling again in a fresh process shows the SyntaxWarnings it prints.
            run = subprocess.run(
                [sys.executable, "-c", f"compile(open({name!r}, 'rb').read(), {name!r}, 'exec')"],
                cwd=folder,
                capture_output=True,
                text=True,
            )
            expected = "OK\n" + run.stderr
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            run = subprocess.run(
                [sys.executable, name], cwd=folder, capture_output=True, text=True
            )
            expected = run.stderr.replace(os.path.join(folder, name), name)
        with open(path[:-3] + ".txt", "w") as f:
            f.write(expected)


def dump_spans(tree):
    lines = []

    def visit(node, in_fstring):
        if isinstance(node, ast.AST):
            has_pos = hasattr(node, "lineno") and getattr(node, "end_lineno", None) is not None
            if has_pos and not in_fstring:
                lines.append(
                    f"{type(node).__name__} {node.lineno}:{node.col_offset}-"
                    f"{node.end_lineno}:{node.end_col_offset}"
                )
            inner = in_fstring or isinstance(node, ast.JoinedStr)
            for field in node._fields:
                visit(getattr(node, field, None), inner)
        elif isinstance(node, list):
            for item in node:
                visit(item, in_fstring)

    visit(tree, False)
    return "".join(line + "\n" for line in sorted(lines))


def record_spans():
    folder = os.path.join(HERE, "spans")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read())
        with open(path[:-3] + ".txt", "w") as f:
            f.write(dump_spans(tree))


if __name__ == "__main__":
    record_errors()
    record_spans()
