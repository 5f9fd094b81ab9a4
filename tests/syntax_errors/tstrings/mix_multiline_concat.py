tpl = (
    t'first {a} '
    t'second {b} '
    'plain'
)
