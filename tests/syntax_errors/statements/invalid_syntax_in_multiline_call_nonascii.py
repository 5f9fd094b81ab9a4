résultat = calcule(
    'é',
    'ü' if x else,
)
