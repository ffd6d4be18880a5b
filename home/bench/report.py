"""The benchmark's tables and the issue's targets, from the measured figures."""

QUERY_TARGET = 20
MEDIAN_TARGET_MS = 30
SEARCH_TARGET_MS = 100
CEILING_SHARE_TARGET = 0.8
# "As fast with the large data set": within a quarter, or 2 ms, of the demo's median.
GROWTH_TOLERANCE = 1.25
GROWTH_SLACK_MS = 2
GROWTH_PAGES = ("home", "news index", "film library")
PHASES = {"demo": "Demo content", "large": "Large data set"}


def ceiling_share(cached):
    """Requests per second against the bare view's, measured right after it."""
    return cached["rps"] / cached["ceiling_rps"] if cached["ceiling_rps"] else 0


def cells(name, row):
    uncached, cached = row["uncached"], row["cached"]
    kept = cached["cache"] == "hit"
    share = f"{ceiling_share(cached):.0%}" if kept else "not kept"
    return [
        name,
        str(uncached["status"]),
        str(uncached["queries"]),
        f"{uncached['median_ms']:.1f} / {uncached['p95_ms']:.1f}",
        f"{cached['median_ms']:.1f} / {cached['p95_ms']:.1f}" if kept else "not kept",
        f"{uncached['rps']:,.0f}",
        f"{cached['rps']:,.0f}" if kept else "–",
        share,
        f"{uncached['bytes'] / 1024:,.1f}",
        f"{(uncached['store_requests'] + cached['store_requests']) / 2:g}",
    ]


HEADER = [
    "page",
    "status",
    "SQL queries",
    "uncached ms (median / p95)",
    "cached ms (median / p95)",
    "req/s uncached",
    "req/s cached",
    "cached vs ceiling",
    "KB",
    "store requests per view",
]


def table(rows):
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def phase_table(phase, pages, ceiling_name):
    ceiling = phase["pages"][ceiling_name]
    rows = [cells(name, phase["pages"][name]) for name, _path, _kind in pages]
    ceiling_row = ceiling["uncached"]
    rows.append(
        [
            f"*{ceiling_name}*",
            str(ceiling_row["status"]),
            str(ceiling_row["queries"]),
            f"{ceiling_row['median_ms']:.1f} / {ceiling_row['p95_ms']:.1f}",
            "–",
            f"{ceiling_row['rps']:,.0f}",
            f"{ceiling['cached']['rps']:,.0f}",
            "100%",
            "0.0",
            "0",
        ]
    )
    return table(rows)


def verdict(ok, misses=()):
    return "**yes**" if ok else "**no**" + (f" (over: {', '.join(misses)})" if misses else "")


def targets(results, pages, ceiling_name):
    """The issue's targets, each with a yes or no and the figures behind it."""
    page_types = [(name, kind) for name, _path, kind in pages if kind in {"page", "search"}]
    lines = []

    shares = []
    for phase_name in PHASES:
        phase = results[phase_name]["pages"]
        for name, _path, kind in pages:
            cached = phase[name]["cached"]
            # The feed and the sitemap are files, the sitemap of 10,000 pages megabytes.
            if kind == "page" and cached["cache"] == "hit":
                shares.append((ceiling_share(cached), f"{name} ({phase_name})"))
    lowest = min(shares) if shares else (0, "none kept")
    lines.append(
        f"- Cached public pages reach at least {CEILING_SHARE_TARGET:.0%} of the bare view's "
        f"requests per second: {verdict(lowest[0] >= CEILING_SHARE_TARGET)} "
        f"(lowest {lowest[0]:.0%}: {lowest[1]})"
    )

    over_queries, over_time = [], []
    for phase_name in PHASES:
        for name, kind in page_types:
            uncached = results[phase_name]["pages"][name]["uncached"]
            where = f"{name} ({phase_name})"
            if uncached["queries"] > QUERY_TARGET:
                over_queries.append(f"{where}: {uncached['queries']}")
            if kind == "page" and uncached["median_ms"] >= MEDIAN_TARGET_MS:
                over_time.append(f"{where}: {uncached['median_ms']:.1f} ms")
    lines.append(
        f"- Every page type uncached with at most {QUERY_TARGET} SQL queries: "
        f"{verdict(not over_queries, over_queries)}"
    )
    lines.append(
        f"- Every page type uncached with a median under {MEDIAN_TARGET_MS} ms: "
        f"{verdict(not over_time, over_time)}"
    )

    searches = [
        (results["large"]["pages"][name]["uncached"]["median_ms"], name)
        for name, kind in page_types
        if kind == "search"
    ]
    slowest = max(searches) if searches else (0, "none")
    lines.append(
        f"- Search under {SEARCH_TARGET_MS} ms median with {results['large']['pages_total']:,} "
        f"pages: {verdict(slowest[0] < SEARCH_TARGET_MS)} (slowest {slowest[0]:.1f} ms: "
        f"{slowest[1]})"
    )

    growth = []
    as_fast = True
    for name in GROWTH_PAGES:
        demo = results["demo"]["pages"][name]["uncached"]["median_ms"]
        large = results["large"]["pages"][name]["uncached"]["median_ms"]
        as_fast &= large <= max(demo * GROWTH_TOLERANCE, demo + GROWTH_SLACK_MS)
        growth.append(f"{name} {demo:.1f} → {large:.1f} ms")
    lines.append(
        f"- Home, news index and film library as fast with the large data set: "
        f"{verdict(as_fast)} ({'; '.join(growth)})"
    )
    return lines


def markdown(results, pages, ceiling_name):
    setup = results["setup"]
    lines = [
        "# make bench",
        "",
        f"gunicorn with {setup['workers']} workers, production settings (`DEBUG` off), "
        f"{setup['database']}, page cache in {setup['cache']}, media on a local S3 server "
        f"(moto); {setup['cpus']} CPU cores. Server times are the app's own (Server-Timing), "
        f"{setup['repeat']} requests one at a time; requests per second from "
        f"{setup['clients']} clients at once for {setup['seconds']:g} s, on loopback, on the "
        "same cores as the server, so compare them with the bare view's ceiling rather "
        "than with another machine. *Uncached*: the page cache off; *cached*: the page "
        "cache on, after the first view; *cached vs ceiling*: the cached page's requests "
        "per second against the bare view's, measured right after it on the same server.",
        "",
    ]
    for phase_name, title in PHASES.items():
        phase = results[phase_name]
        lines += [
            f"## {title}: {phase['pages_total']:,} pages",
            "",
            *phase_table(phase, pages, ceiling_name),
            "",
        ]
    lines += ["## Targets", "", *targets(results, pages, ceiling_name), ""]
    return "\n".join(lines)
