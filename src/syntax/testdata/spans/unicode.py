é = "été"
print(é, "naïve" + x, f(é))
s = "😀"; t = s + s
if ü:
    ünï = [ü for ü in ö]
