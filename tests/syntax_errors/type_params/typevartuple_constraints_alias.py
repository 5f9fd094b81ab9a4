type Tup[*Ts: (int, str, bytes)] = tuple[*Ts]
