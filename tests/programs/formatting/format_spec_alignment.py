for spec in ("<8", ">8", "^8", "*^9", "-<6", "08", "+08", "=+8"):
    try:
        print(repr(format(42, spec)), repr(format("ab", spec)) if "0" not in spec and "=" not in spec and "+" not in spec else "")
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    format("ab", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("ab", "+5")
except ValueError as e:
    print("ValueError:", e)
print(repr(format(3.5, "^9.2f")), repr(format(-3.5, "=9.1f")), repr(format(-3.5, "09.1f")), repr(format(1j, "^8")))
print(repr(f"{'x':\u2603^7}"), repr(f"{'':-^10}"), repr(f"{'title':=^20}"))
