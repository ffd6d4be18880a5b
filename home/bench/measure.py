"""Requests to the server under test, over HTTP on loopback: one at a time for the server's
own time (its Server-Timing header, so the figures leave out the network and the
client), and from several client processes at once for requests per second. Imports
nothing of Django: the load runs in processes of its own."""

import http.client
import statistics
import time
from dataclasses import dataclass

# Set by home/bench/instrumentation.py on every response of the server under test.
TIME_HEADER = "Server-Timing"
QUERIES_HEADER = "X-Bench-Queries"
# Bounds on every load, whatever is asked: it stops by itself.
MAX_LOAD_SECONDS = 10
MAX_REQUESTS_PER_CLIENT = 200_000


@dataclass
class Answer:
    status: int
    size: int
    server_ms: float
    queries: int
    cache: str


def get(address, path):
    connection = http.client.HTTPConnection(*address, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "identity"})
        response = connection.getresponse()
        body = response.read()
        timing = response.getheader(TIME_HEADER, "app;dur=0")
        return Answer(
            status=response.status,
            size=len(body),
            server_ms=float(timing.partition("dur=")[2] or 0),
            queries=int(response.getheader(QUERIES_HEADER, "0")),
            cache=response.getheader("X-Cache", ""),
        )
    finally:
        connection.close()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(round(len(ordered) * share) - 1, 0)]


def timed(address, path, repeat):
    """`repeat` requests one after another: the server's median and 95th-percentile
    time, the queries of the last, its size and whether it came from the cache."""
    answers = [get(address, path) for _ in range(repeat)]
    times = [answer.server_ms for answer in answers]
    last = answers[-1]
    return {
        "status": last.status,
        "bytes": last.size,
        "queries": max(answer.queries for answer in answers),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "cache": last.cache,
    }


def hammer(address, path, seconds):
    """One client of a load: requests one after another until the time is up. Returns
    the answers with status 200 and the others."""
    deadline = time.monotonic() + min(seconds, MAX_LOAD_SECONDS)
    good = bad = 0
    while time.monotonic() < deadline and good + bad < MAX_REQUESTS_PER_CLIENT:
        connection = http.client.HTTPConnection(*address, timeout=30)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                good += 1
            else:
                bad += 1
        except OSError:
            bad += 1
        finally:
            connection.close()
    return good, bad


def requests_per_second(pool, clients, address, path, seconds):
    """Answers per second with `clients` clients sending at once, each from a process of
    the pool (so the client is not held to one core by Python's lock)."""
    started = time.monotonic()
    results = pool.starmap(hammer, [(address, path, seconds)] * clients)
    elapsed = time.monotonic() - started
    good = sum(result[0] for result in results)
    bad = sum(result[1] for result in results)
    return {"rps": round(good / elapsed, 1), "errors": bad}
