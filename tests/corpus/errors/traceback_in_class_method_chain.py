# traceback through a classmethod, a staticmethod and __init__
class Parser:
    def __init__(self, text):
        self.tokens = Parser.split(text)
        self.value = self.parse_int(self.tokens[1])
    @staticmethod
    def split(text):
        return text.split(",")
    @classmethod
    def from_text(cls, text):
        return cls(text)
    def parse_int(self, tok):
        return int(tok)
print(Parser.from_text("a,1").value)
Parser.from_text("a,b")
