def render(user):
    return t'<p>{user.name!}</p>'
