"""Workload 1 of stafflab's benchmark suite written for SimPy, to compare engines on one machine.

M/M/10 at load 0.9: Poisson arrivals at 0.9 tickets a minute, exponential work of 10 minutes,
one FIFO queue, run until the expected number of tickets has arrived. Prints tickets per second
(the engines count events differently; tickets are the common unit) and the mean wait, which
must agree with Erlang C (about 6.7 minutes for M/M/10 at load 0.9) for the comparison to be fair.

Run with Debian's python3-simpy3:  /usr/bin/python3 bench/simpy-mmc.py [tickets] [runs]
"""
import random
import statistics
import sys
import time

import simpy

AGENTS = 10
ARRIVALS_PER_MINUTE = 0.9
MEAN_WORK_MINUTES = 10.0


def ticket(env, desk, rng, waits):
    arrived = env.now
    with desk.request() as request:
        yield request
        waits.append(env.now - arrived)
        yield env.timeout(rng.expovariate(1.0 / MEAN_WORK_MINUTES))


def arrivals(env, desk, rng, waits, counter):
    while True:
        yield env.timeout(rng.expovariate(ARRIVALS_PER_MINUTE))
        counter[0] += 1
        env.process(ticket(env, desk, rng, waits))


def run(tickets, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    desk = simpy.Resource(env, capacity=AGENTS)
    waits = []
    counter = [0]
    env.process(arrivals(env, desk, rng, waits, counter))
    start = time.perf_counter()
    env.run(until=tickets / ARRIVALS_PER_MINUTE)
    seconds = time.perf_counter() - start
    return seconds, counter[0], statistics.fmean(waits)


def main():
    tickets = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    results = [run(tickets, seed) for seed in range(1, runs + 1)]
    for seconds, arrived, wait in results:
        print(f"{seconds:.2f} s, {arrived / seconds:,.0f} tickets/s, mean wait {wait:.2f} min")
    median = statistics.median(arrived / seconds for seconds, arrived, _ in results)
    print(f"SimPy {simpy.__version__}: median {median:,.0f} tickets/s over {runs} runs")


if __name__ == "__main__":
    main()
