# re: deep and backtracking-heavy patterns run without recursion errors
import re

print(re.match(r"(a|b)*c", "ab" * 3000 + "c").end())
print(re.match(r"(?:a|b)*?c", "ab" * 2000 + "c").end())
print(re.match(r"(x+x+)+y", "x" * 14), "(bounded backtracking)")
print(re.search(r"(\w+\s?)+$", "some words here"))
print(re.fullmatch(r"(\d+,)*\d+", ",".join(map(str, range(500)))) is not None)
print(len(re.findall(r"(?=(\w\w))", "abcdefgh" * 50)))
nested = "(" * 50 + "a" + ")" * 50
print(re.match(nested, "a").lastindex, re.compile(nested).groups)
print(re.match(r"((ab)*)*c", "ababc").groups())
print(re.match(r"(a?){13}a{13}", "a" * 13).span())
print(re.sub(r"(?m)^\s+|\s+$", "", "  a  \n   b \n c"))
