# string.Template substitution.
import string

t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(string.Template("$a $b").safe_substitute(a=1))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)

class Pct(string.Template):
    delimiter = "%"

print(Pct("%x and %{y}").substitute(x=1, y=2))
print(string.capwords("hello   big world"), string.ascii_letters[:5], string.digits)
