# string constants, Template, and textwrap
import string
import textwrap
print(string.ascii_lowercase, string.digits, string.punctuation[:10])
t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=40), textwrap.dedent("    a\n      b\n"))
