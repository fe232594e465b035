class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(user):
    if "@" not in user.get("email", ""):
        raise ValidationError("email", "must contain @")
    return True
print(validate({"email": "a@b"}))
validate({"email": "nope"})
