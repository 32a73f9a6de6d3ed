# markers for an error inside an augmented assignment
totals = {"a": 1}
key = "b"
totals[key] += 1
