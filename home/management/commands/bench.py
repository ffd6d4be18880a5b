"""`make bench`: measure the pages in-process on a fresh database built for the purpose
(the test database of the configured server, so PostgreSQL when DATABASE_URL points at
one), first with the demo content, then with a large generated data set. It prints a
table and writes it to test-artifacts/bench/ as JSON and Markdown.

Figures are medians and 95th percentiles of repeated requests through Django's test
client (no network, no web server): they compare page types and data sizes on the same
machine; they are not a load test."""

import json
import statistics
import time
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import setup_databases, teardown_databases

from home.bench.data import add_news_posts, index_news_posts

RESULTS = Path(settings.BASE_DIR) / "test-artifacts" / "bench"
PAGES = [
    ("home", "/"),
    ("content page", "/om-os/"),
    ("news index", "/nyheder/"),
    ("news index, page 2", "/nyheder/?page=2"),
    ("news index, page 500", "/nyheder/?page=500"),
    ("news index (English)", "/en/news/"),
    ("news topic", "/nyheder/emne/skoler/"),
    ("news feed", "/nyheder/feed/"),
    ("news post", "/nyheder/vi-lykkes-som-et-hold/"),
    ("film library", "/film/"),
    ("film page", "/film/hvad-er-os-i-branchen/"),
    ("home (English)", "/en/"),
    ("sitemap", "/sitemap.xml"),
    ("search", "/soeg/?q=virksomheder"),
    ("search, two words", "/soeg/?q=skolernes+elever"),
    ("search, matches every post", "/soeg/?q=benchmark+opslag"),
    ("search (English)", "/en/search/?q=schools"),
]


class QueryCounter:
    """Counts the SQL queries of a block (unlike CaptureQueriesContext, it does not
    depend on the query log, which each request clears)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(client, url, repeat):
    client.get(url)  # warm up: renditions, template caches
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        response = client.get(url)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "status": response.status_code,
        "queries": counter.count,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(int(len(times) * 0.95) - 1, 0)], 1),
        "bytes": len(response.content),
    }


SEARCHES = [
    ("virksomheder", "da"),
    ("skolernes elever", "da"),
    ("benchmark opslag", "da"),
    ("schools", "en"),
]


def measure_search(query, language, repeat):
    """The search alone (count and first page of results, no page around it), as an
    anonymous visitor."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Locale

    from search.results import search

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    locale = Locale.objects.get(language_code=language)
    times = []
    with translation.override(language):
        for attempt in range(repeat + 1):
            started = time.perf_counter()
            matches = search(request, query, locale)
            count = matches.count()
            list(matches[:10])
            if attempt:  # the first is the warm-up
                times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "matches": count,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(int(len(times) * 0.95) - 1, 0)], 1),
    }


def row(name, demo, large, counted):
    """A table row: the counted figure, the median and the 95th percentile, demo / large."""
    cells = [f"{demo[key]:,} / {large[key]:,}" for key in (counted, "median_ms", "p95_ms")]
    return f"| {name} | " + " | ".join(cells) + " |"


class Command(BaseCommand):
    help = "Benchmark the page types with the demo content and with a large data set."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=10_000, help="news posts in the large set")
        parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")

    def handle(self, *args, posts, repeat, **options):
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        databases = setup_databases(verbosity=0, interactive=False)
        try:
            results = self.run(posts, repeat)
        finally:
            teardown_databases(databases, verbosity=0)
        self.report(results, posts)

    def run(self, posts, repeat):
        from wagtail.search.models import IndexEntry

        from home.models import Topic
        from news.models import NewsIndexPage

        call_command("load_demo_content", stdout=StringIO())
        client = Client()
        results = {"demo": {name: measure(client, url, repeat) for name, url in PAGES}}
        results["search_demo"] = {q: measure_search(q, lang, repeat) for q, lang in SEARCHES}
        index = NewsIndexPage.objects.get(slug="nyheder")
        add_news_posts(index, posts, topics=list(Topic.objects.filter(slug="skoler")))
        index_news_posts()
        results["large"] = {name: measure(client, url, repeat) for name, url in PAGES}
        results["search_large"] = {q: measure_search(q, lang, repeat) for q, lang in SEARCHES}
        results["indexed_pages"] = IndexEntry.objects.count()
        results["database"] = connection.vendor
        return results

    def report(self, results, posts):
        lines = [
            f"Database: {results['database']}; large set: demo content + {posts:,} news posts "
            "(in the search index too).",
            "",
            "| page | queries (demo / large) | median ms (demo / large) "
            "| p95 ms (demo / large) | bytes |",
            "|---|---|---|---|---|",
        ]
        for name, _url in PAGES:
            demo, large = results["demo"][name], results["large"][name]
            lines.append(row(name, demo, large, "queries") + f" {large['bytes']:,} |")
        lines += [
            "",
            f"Search alone (count and first ten results; {results['indexed_pages']:,} "
            "objects in the index in the large set):",
            "",
            "| query | matches (demo / large) | median ms (demo / large) | p95 ms (demo / large) |",
            "|---|---|---|---|",
        ]
        for query, _language in SEARCHES:
            demo, large = results["search_demo"][query], results["search_large"][query]
            lines.append(row(query, demo, large, "matches"))
        table = "\n".join(lines)
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "results.json").write_text(json.dumps(results, indent=2))
        (RESULTS / "results.md").write_text(table + "\n")
        self.stdout.write(table)
        self.stdout.write(f"\nWritten to {RESULTS / 'results.md'} and results.json")
