class Page:
    body = t'''
    <p>{x}</p>
