match color:
    case Color.RED:
        pass
    case mod.sub.CONST:
        pass
