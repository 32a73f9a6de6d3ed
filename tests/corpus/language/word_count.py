# counting words in a text with a dict, Counter and sorting by frequency then word
import collections
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away quick quick"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(collections.Counter(text.split()).most_common(3))
lines = text.splitlines()
print(len(lines), [len(l.split()) for l in lines], max(text.split(), key=len))
