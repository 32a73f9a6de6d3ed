# textwrap (wrap, fill, shorten, dedent, indent) and string.Template / Formatter / capwords
import string
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world!", width=12))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", width=8))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\n\nb", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [...]")
print(w.wrap(text), textwrap.wrap("tabs\there", width=20, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Sentence one.  Sentence two.", width=100, fix_sentence_endings=True))

t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())
for bad in [lambda: t.substitute(who="a"), lambda: string.Template("$ x").substitute(),
            lambda: string.Template("${a").substitute(a=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"

print(Percent("%name is %{age}").substitute(name="ann", age=7))
print(string.capwords(" hello   big world "), string.capwords("a-b c-d", "-"))
print(string.Formatter().format("{0}-{x!r:>5}|{1:.2f}", "a", 3.14159, x="y"))
print(list(string.Formatter().parse("a{0}b{name!s:>3}c{{}}")))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
