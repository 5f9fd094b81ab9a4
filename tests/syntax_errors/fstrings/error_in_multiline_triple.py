s = f'''
start
{
  a +
}
'''
