# uncaught custom exception class with a message, raised in a method
class ValidationError(Exception):
    pass
class Form:
    def validate(self, data):
        if "email" not in data:
            raise ValidationError("email is required")
Form().validate({"name": "x"})
