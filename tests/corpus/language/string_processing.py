# palindromes, anagrams, caesar cipher and vowel counts
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(sorted("listen") == sorted("silent"), caesar("Hello, World!", 3), caesar(caesar("xyz", 5), -5))
print({v: "education".count(v) for v in "aeiou"}, "hello world".title().swapcase())
print([w[::-1] for w in "one two three".split()], "-".join(str(ord(c)) for c in "AZ"))
