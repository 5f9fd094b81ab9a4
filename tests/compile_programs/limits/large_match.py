match x:
    case 0:
        r = 0
    case 1:
        r = 1
    case 2:
        r = 2
    case 3:
        r = 3
    case 4:
        r = 4
    case 5:
        r = 5
    case 6:
        r = 6
    case 7:
        r = 7
    case 8:
        r = 8
    case 9:
        r = 9
    case 10:
        r = 10
    case 11:
        r = 11
    case 12:
        r = 12
    case 13:
        r = 13
    case 14:
        r = 14
    case 15:
        r = 15
    case 16:
        r = 16
    case 17:
        r = 17
    case 18:
        r = 18
    case 19:
        r = 19
    case 20:
        r = 20
    case 21:
        r = 21
    case 22:
        r = 22
    case 23:
        r = 23
    case 24:
        r = 24
    case 25:
        r = 25
    case 26:
        r = 26
    case 27:
        r = 27
    case 28:
        r = 28
    case 29:
        r = 29
    case 30:
        r = 30
    case 31:
        r = 31
    case 32:
        r = 32
    case 33:
        r = 33
    case 34:
        r = 34
    case 35:
        r = 35
    case 36:
        r = 36
    case 37:
        r = 37
    case 38:
        r = 38
    case 39:
        r = 39
    case 40:
        r = 40
    case 41:
        r = 41
    case 42:
        r = 42
    case 43:
        r = 43
    case 44:
        r = 44
    case 45:
        r = 45
    case 46:
        r = 46
    case 47:
        r = 47
    case 48:
        r = 48
    case 49:
        r = 49
    case 50:
        r = 50
    case 51:
        r = 51
    case 52:
        r = 52
    case 53:
        r = 53
    case 54:
        r = 54
    case 55:
        r = 55
    case 56:
        r = 56
    case 57:
        r = 57
    case 58:
        r = 58
    case 59:
        r = 59
