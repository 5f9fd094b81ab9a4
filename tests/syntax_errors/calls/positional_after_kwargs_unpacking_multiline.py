call(
    *args,
    **kwargs,
    extra,
)
