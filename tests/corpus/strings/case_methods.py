# Case conversions, including the Unicode special cases CPython handles.
samples = ["hello World", "ÀÉÎõü", "straße", "ΟΔΥΣΣΕΥΣ", "ΣΑΣ ΑΣ Σ", "ǆemal ǅ Ǆ", "ﬁre ﬂy", "İstanbul",
           "they're bill's friends", "123abc DEF", "", "ß", "ŉ", "ǰ", "Ꭰꭰ", "ᾳ ᾼ", "mIxEd CaSe 42x"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
    print("  ", s.isupper(), s.islower(), s.istitle())
for bad in (lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: str.title(), lambda: str.title(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
