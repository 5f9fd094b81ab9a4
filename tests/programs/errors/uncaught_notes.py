def validate(age):
    if age < 0:
        err = ValueError(f"age must be non-negative, got {age}")
        err.add_note("hint: check the input file")
        err.add_note("record #3")
        raise err
    return age

print(validate(5))
validate(-1)
