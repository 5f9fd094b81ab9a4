# coding: latin-1
s = 'àéî' + $
