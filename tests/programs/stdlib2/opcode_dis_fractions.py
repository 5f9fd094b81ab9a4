# _opcode through opcode/dis (the instruction-set tables), and fractions (sys.hash_info).
import dis
import opcode

print(opcode.opmap["LOAD_CONST"], dis.opname[opcode.opmap["RETURN_VALUE"]])
print(dis.stack_effect(opcode.opmap["BUILD_LIST"], 3), dis.stack_effect(opcode.opmap["POP_TOP"]))
for args in [(opcode.opmap["BUILD_LIST"],), (opcode.opmap["NOP"], 1), (300, 0)]:
    try:
        dis.stack_effect(*args)
    except ValueError as e:
        print("ValueError:", e)
print(opcode.opmap["JUMP_FORWARD"] in opcode.hasjump, opcode.opmap["LOAD_FAST"] in opcode.haslocal)
print(opcode.opmap["LOAD_NAME"] in opcode.hasname, opcode.opmap["NOP"] in opcode.hasarg)
print(opcode._nb_ops[0], opcode._intrinsic_1_descs[1], opcode._special_method_names[:2])

from fractions import Fraction

a = Fraction(3, 4) + Fraction(1, 4)
print(a, Fraction("1.5"), Fraction(1, 3) * 3, Fraction(7, -14))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5))
print(sorted([Fraction(2, 3), Fraction(1, 2), 0.6]), Fraction(1, 3) < 0.34)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
