# Float arithmetic: a tiny n-body style integration over tuples and lists.
def simulate(steps):
    bodies = [[0.0, 0.0, 0.01, 0.02, 5.0], [1.0, 0.0, 0.0, 0.5, 1.0], [0.0, 2.0, -0.4, 0.0, 0.5], [-1.5, -0.5, 0.1, -0.2, 0.8]]
    dt = 0.001
    for _ in range(steps):
        for i in range(len(bodies)):
            bi = bodies[i]
            for j in range(i + 1, len(bodies)):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                bi[2] -= dx * bj[4] * mag
                bi[3] -= dy * bj[4] * mag
                bj[2] += dx * bi[4] * mag
                bj[3] += dy * bi[4] * mag
        for b in bodies:
            b[0] += dt * b[2]
            b[1] += dt * b[3]
    return bodies


result = simulate(60_000)
print([round(b[0], 6) for b in result], [round(b[1], 6) for b in result])
