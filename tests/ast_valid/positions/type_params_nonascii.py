def ƒ[Ť: int, *Ŧs, **Ṗ = [int]](x: Ť) -> Ť:
    return x
type Ä[Ö] = list[Ö]
