@app.route('/index'
def index():
    pass
