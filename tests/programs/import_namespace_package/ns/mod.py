M = 'ns.mod'
