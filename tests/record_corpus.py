#!/usr/bin/env python3
"""Record the expected output of the differential corpus with the real CPython 3.11.

For every program tests/corpus/<topic>/<name>.py this runs

    python3 tests/corpus/<topic>/<name>.py

with the repository root as the working directory (so traceback paths read
``File "tests/corpus/<topic>/<name>.py"``), with PYTHONHASHSEED=0,
PYTHONDONTWRITEBYTECODE=1 and PYTHONIOENCODING=utf-8, stdin from /dev/null, a
timeout and a 4 GiB address-space limit, and writes next to it:

    <name>.stdout   the program's stdout, addresses normalised
    <name>.stderr   the program's stderr, addresses normalised
    <name>.status   the exit status (a number and a newline)

Normalisation, in this order (tests/corpus.rs applies rules 1 and 3 to heapscope's output):
  1. the repository root followed by "/" is removed wherever it appears, so CPython's
     absolute script path (``File "/work/main/tests/corpus/x/y.py"``, ``__file__``) reads
     ``tests/corpus/x/y.py`` whatever checkout it was recorded in;
  2. CPython's standard-library directory (e.g. /root/.pyenv/versions/3.11.7/lib/python3.11)
     becomes ``/usr/lib/python3.11`` -- heapscope shows its stdlib modules under that path;
  3. every match of ``0x[0-9a-f]{4,}`` becomes ``0xADDR``.

Usage (from anywhere):

    python3 tests/record_corpus.py                 # re-record every program
    python3 tests/record_corpus.py gc refcount     # only these topic folders
    python3 tests/record_corpus.py tests/corpus/gc/self_cycle.py gc/ring.py
    python3 tests/record_corpus.py gc/exit_              # any other argument: a substring
    python3 tests/record_corpus.py --check         # run everything twice, write
                                                   # nothing, report programs whose
                                                   # output differs from the recorded
                                                   # files or between two runs
    python3 tests/record_corpus.py --missing       # only programs with no .status yet

Expected files are never edited by hand: change the program and re-record it.
"""

import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")
ADDR = re.compile(rb"0x[0-9a-f]{4,}")
TIMEOUT = 120  # seconds; the corpus programs take well under a second each
MEMORY_LIMIT = 4 << 30  # bytes of address space, so MemoryError is deterministic


STDLIB_SHOWN = b"/usr/lib/python3.11"


def _stdlib_dirs():
    out = subprocess.run(
        ["python3", "-c", "import os, sysconfig; p = sysconfig.get_paths()['stdlib']; print(p); print(os.path.realpath(p))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return sorted({d.encode() for d in out if d}, key=len, reverse=True)


STDLIB_DIRS = []


def normalise(data: bytes) -> bytes:
    for root in sorted({ROOT, os.path.realpath(ROOT)}, key=len, reverse=True):
        data = data.replace(root.encode() + b"/", b"")
    for d in STDLIB_DIRS:
        if d != STDLIB_SHOWN:
            data = data.replace(d, STDLIB_SHOWN)
    return ADDR.sub(b"0xADDR", data)


def check_python():
    out = subprocess.run(
        ["python3", "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    if not out.startswith("3.11."):
        sys.exit(f"record_corpus.py: python3 is {out}, but the corpus must be recorded with CPython 3.11")
    return out


def all_programs():
    progs = []
    for topic in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, topic)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                progs.append(os.path.join("tests", "corpus", topic, name))
    return progs


def select(args):
    progs = all_programs()
    if not args:
        return progs
    chosen = []
    for a in args:
        a = a.rstrip("/")
        rel = os.path.relpath(os.path.abspath(a), ROOT) if os.path.exists(a) else a
        cands = [rel, os.path.join("tests", "corpus", a)]
        hit = [p for p in progs if p in cands or any(p.startswith(c + os.sep) for c in cands)]
        if not hit:  # fall back to a substring of tests/corpus/<topic>/<name>.py, like the harness
            hit = [p for p in progs if a in p[len("tests/corpus/"):]]
        if not hit:
            sys.exit(f"record_corpus.py: no corpus program matches {a!r}")
        chosen.extend(h for h in hit if h not in chosen)
    return chosen


def _limit():
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except Exception:
        pass


def run(prog):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    for k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONTRACEMALLOC",
              "PYTHONMALLOC", "PYTHONDEVMODE", "PYTHONOPTIMIZE", "PYTHONUNBUFFERED"):
        env.pop(k, None)
    try:
        p = subprocess.run(["python3", prog], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT, preexec_fn=_limit)
        return normalise(p.stdout), normalise(p.stderr), p.returncode
    except subprocess.TimeoutExpired as e:
        return normalise(e.stdout or b""), normalise(e.stderr or b""), "timeout"


def paths(prog):
    base = os.path.join(ROOT, prog[:-3])
    return base + ".stdout", base + ".stderr", base + ".status"


def write(prog, result):
    out, err, status = result
    po, pe, ps = paths(prog)
    with open(po, "wb") as f:
        f.write(out)
    with open(pe, "wb") as f:
        f.write(err)
    with open(ps, "w") as f:
        f.write(f"{status}\n")


def read(prog):
    po, pe, ps = paths(prog)
    try:
        with open(po, "rb") as f:
            out = f.read()
        with open(pe, "rb") as f:
            err = f.read()
        with open(ps) as f:
            st = f.read().strip()
        return out, err, int(st) if st.lstrip("-").isdigit() else st
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("programs", nargs="*", help="topic folders or program paths (default: all)")
    ap.add_argument("--check", action="store_true", help="write nothing; report unstable or stale programs")
    ap.add_argument("--missing", action="store_true", help="only record programs without a .status file")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ns = ap.parse_args()
    version = check_python()
    STDLIB_DIRS.extend(_stdlib_dirs())
    progs = select(ns.programs)
    if ns.missing:
        progs = [p for p in progs if read(p) is None]
    bad = 0
    with ThreadPoolExecutor(max_workers=max(1, ns.jobs)) as pool:
        if ns.check:
            firsts = list(pool.map(run, progs))
            seconds = list(pool.map(run, progs))
            for prog, a, b in zip(progs, firsts, seconds):
                rec = read(prog)
                if a != b:
                    bad += 1
                    print(f"UNSTABLE  {prog}")
                elif rec != a:
                    bad += 1
                    print(f"STALE     {prog}")
            print(f"checked {len(progs)} programs with python3 {version}: {bad} problems")
        else:
            for prog, res in zip(progs, pool.map(run, progs)):
                write(prog, res)
                if res[2] == "timeout":
                    bad += 1
                    print(f"TIMEOUT   {prog}")
            print(f"recorded {len(progs)} programs with python3 {version}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
