ñandú = 1
π = 3.14
данные = [ñandú, π]
変数 = 'x'
class Ünïcode:
    def método(self, ärg): return ärg
