render(t'{=}', 1)
