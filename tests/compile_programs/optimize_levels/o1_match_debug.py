# krait: optimize=1
match __debug__:
    case True:
        r = 1
    case False:
        r = 0
