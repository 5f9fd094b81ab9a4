print((a[0] := 1))
