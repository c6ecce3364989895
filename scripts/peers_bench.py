"""SimPy and Ciw on the same models as Waarborg's engine (M/M/10 with lambda 9, mu 1; SimPy's hold
model), one core, printing `name value unit` lines like Benchmarks/WaarborgBench."""
import random
import sys
import time


def simpy_mm10(horizon):
    import simpy
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=10)
    rng = random.Random(1)
    waits = []

    def customer():
        arrive = env.now
        with servers.request() as req:
            yield req
            waits.append(env.now - arrive)
            yield env.timeout(rng.expovariate(1.0))

    def source():
        while True:
            yield env.timeout(rng.expovariate(9.0))
            env.process(customer())

    env.process(source())
    t = time.perf_counter()
    env.run(until=horizon)
    return len(waits) / (time.perf_counter() - t), sum(waits) / len(waits)


def simpy_hold(n, events):
    import simpy
    env = simpy.Environment()
    rng = random.Random(2)
    done = [0]

    def proc():
        while True:
            yield env.timeout(rng.uniform(0, 2 * n))
            done[0] += 1

    for _ in range(n):
        env.process(proc())
    t = time.perf_counter()
    env.run(until=events)  # about one hold per time unit with n processes of mean n
    return done[0] / (time.perf_counter() - t)


def ciw_mm10(horizon):
    import ciw
    ciw.seed(1)
    network = ciw.create_network(arrival_distributions=[ciw.dists.Exponential(rate=9.0)],
                                 service_distributions=[ciw.dists.Exponential(rate=1.0)],
                                 number_of_servers=[10])
    sim = ciw.Simulation(network)
    t = time.perf_counter()
    sim.simulate_until_max_time(horizon)
    records = sim.get_all_records()
    return len(records) / (time.perf_counter() - t), sum(r.waiting_time for r in records) / len(records)


if __name__ == "__main__":
    rate, wq = simpy_mm10(20000)
    print(f"simpy-mm10 {int(rate)} customers/s (Wq {wq:.4f})")
    print(f"simpy-hold-1000 {int(simpy_hold(1000, 1_000_000))} events/s")
    rate, wq = ciw_mm10(5000)
    print(f"ciw-mm10 {int(rate)} customers/s (Wq {wq:.4f})")
    sys.stdout.flush()
