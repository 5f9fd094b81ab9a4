def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"

print(greet("Ann"))
print(greet("Bob", "Hi"))
try:
    greet()
except TypeError as e:
    print("caught:", e)
try:
    greet("a", "b", "c")
except TypeError as e:
    print("caught:", e)
greet("Cy", salutation="Yo")
