übersicht = t'größe: {}'
