données = ['ä' 'ö' ü]
