O = 'ns.other'
