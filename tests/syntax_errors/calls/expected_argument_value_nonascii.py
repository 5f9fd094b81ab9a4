f(größe=)
