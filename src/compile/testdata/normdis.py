"""Writes CPython 3.11's bytecode for a file in heapscope's normalised listing format.

Usage: python3 normdis.py FILE.py [...]   -> writes FILE.dis next to each FILE.py
       python3 normdis.py --stdout FILE.py  -> prints the listing

The listing drops what heapscope does not model (CACHE, RESUME, PRECALL, EXTENDED_ARG,
RETURN_GENERATOR + its POP_TOP), spells RERAISE 2 as COPY 3 + SWAP 2 + RERAISE 1, splits LOAD_GLOBAL's NULL bit into a PUSH_NULL before it,
renames the directional jumps (JUMP_FORWARD/BACKWARD -> JUMP, POP_JUMP_FORWARD_IF_X -> POP_JUMP_IF_X)
and numbers instructions by index; the exception table uses the same indices, end exclusive.
"""
import dis
import sys
import types

DROP = {"CACHE", "RESUME", "PRECALL", "EXTENDED_ARG"}
DEREF = {"MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLASSDEREF"}


def const_repr(c):
    if isinstance(c, types.CodeType):
        return f"<code object {c.co_name}>"
    if isinstance(c, tuple):
        parts = [const_repr(x) for x in c]
        return "(" + parts[0] + ",)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    if c is Ellipsis:
        return "Ellipsis"
    return ascii(c)


def jump_name(name):
    if name in ("JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"):
        return "JUMP"
    for d in ("FORWARD_", "BACKWARD_"):
        if name.startswith("POP_JUMP_" + d):
            return "POP_JUMP_" + name[len("POP_JUMP_" + d):]
    return name


def header(co, out):
    flags = [n for n, bit in (("varargs", 4), ("varkeywords", 8), ("nested", 16), ("generator", 32))
             if co.co_flags & bit]
    out.append(f"code {co.co_name} qualname={co.co_qualname} line={co.co_firstlineno} "
               f"args={co.co_argcount}/{co.co_posonlyargcount}/{co.co_kwonlyargcount} "
               f"flags={','.join(flags)}")
    out.append(f"  varnames={list(co.co_varnames)} cellvars={list(co.co_cellvars)} "
               f"freevars={list(co.co_freevars)}")
    out.append(f"  names={list(co.co_names)}")
    out.append("  consts=[" + ", ".join(const_repr(c) for c in co.co_consts) + "]")


def listing(co, out):
    header(co, out)
    instrs = list(dis.get_instructions(co))
    for k, ins in enumerate(instrs):
        if ins.opname == "RETURN_GENERATOR":
            del instrs[k:k + 2]
            break
    rows = []  # (offset, text, position)
    for ins in instrs:
        name = ins.opname
        if name in DROP:
            continue
        pos = ins.positions
        p = f"{pos.lineno}:{pos.col_offset}-{pos.end_lineno}:{pos.end_col_offset}" if pos and pos.lineno else "-"
        if name == "LOAD_GLOBAL":
            if ins.arg & 1:
                rows.append((ins.offset, ("PUSH_NULL",), p))
            rows.append((ins.offset, ("LOAD_GLOBAL", ins.arg >> 1, ins.argval), p))
            continue
        if name == "RERAISE" and ins.arg == 2:
            # heapscope spells RERAISE 2 as COPY 3; SWAP 2; RERAISE 1.
            rows.append((ins.offset, ("COPY", 3), p))
            rows.append((ins.offset, ("SWAP", 2), p))
            rows.append((ins.offset, ("RERAISE", 1), p))
            continue
        name = jump_name(name)
        if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
            rows.append((ins.offset, (name, "to", ins.argval), p))
        elif name in DEREF:
            rows.append((ins.offset, (name, None, ins.argval), p))
        elif name in ("LOAD_CONST", "KW_NAMES"):
            rows.append((ins.offset, (name, ins.arg, const_repr(co.co_consts[ins.arg])), p))
        elif ins.opcode in dis.hasname or ins.opcode in dis.haslocal:
            rows.append((ins.offset, (name, ins.arg, ins.argval), p))
        elif ins.arg is not None:
            rows.append((ins.offset, (name, ins.arg), p))
        else:
            rows.append((ins.offset, (name,), p))

    def index_at(offset):
        for k, r in enumerate(rows):
            if r[0] >= offset:
                return k
        return len(rows)

    for k, (_, t, p) in enumerate(rows):
        if len(t) == 3 and t[1] == "to":
            text = f"{t[0]} to {index_at(t[2])}"
        elif len(t) == 3 and t[1] is None:
            text = f"{t[0]} ({t[2]})"
        elif len(t) == 3:
            text = f"{t[0]} {t[1]} ({t[2]})"
        elif len(t) == 2:
            text = f"{t[0]} {t[1]}"
        else:
            text = t[0]
        out.append(f"{k:>3} {p:<14} {text}")
    entries = dis._parse_exception_table(co)
    if entries:
        out.append("ExceptionTable:")
        for e in entries:
            lasti = " lasti" if e.lasti else ""
            out.append(f"  {index_at(e.start)} to {index_at(e.end)} -> {index_at(e.target)} [{e.depth}]{lasti}")
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            out.append(f"--- {c.co_qualname}")
            listing(c, out)


def main():
    to_stdout = "--stdout" in sys.argv
    for path in [a for a in sys.argv[1:] if a != "--stdout"]:
        with open(path) as f:
            src = f.read()
        co = compile(src, path.rsplit("/", 1)[-1], "exec")
        out = []
        listing(co, out)
        text = "\n".join(out) + "\n"
        if to_stdout:
            sys.stdout.write(text)
        else:
            with open(path[:-3] + ".dis", "w") as f:
                f.write(text)


main()
