# a traceback through a nested function defined inside a method shows the plain function name
class Report:
    def build(self, rows):
        def fmt(row):
            return f"{row['name']}: {row['score']:.1f}"
        return [fmt(r) for r in rows]
print(Report().build([{"name": "a", "score": 1}]))
Report().build([{"name": "b"}])
