dict('key'='value')
