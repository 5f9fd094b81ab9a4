# An nbody-ish float loop: float arithmetic, list indexing, attribute-free inner loop.
def advance(xs, ys, vxs, vys, ms, n, dt, steps):
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                vxs[i] -= dx * ms[j] * mag
                vys[i] -= dy * ms[j] * mag
                vxs[j] += dx * ms[i] * mag
                vys[j] += dy * ms[i] * mag
        for i in range(n):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]

n = 5
xs = [0.0, 1.0, -1.0, 0.5, -0.5]
ys = [0.0, 0.5, -0.5, 1.0, -1.0]
vxs = [0.0] * n
vys = [0.0] * n
ms = [10.0, 1.0, 1.0, 0.5, 0.5]
advance(xs, ys, vxs, vys, ms, n, 0.001, 20000)
print(f"{xs[0]:.6f} {ys[0]:.6f} {xs[1]:.6f} {ys[1]:.6f}")
