obj.call(
    first=1,
    second=
)
