"""`make bench` runs the whole way on a tiny data set (gunicorn, a database of its own,
media on the local S3 server, the page cache off and on), and its table has a row of
real figures for every page; its instruments are not in the site otherwise."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TINY = {"posts": 30, "films": 4, "pages": 6}


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    arguments = [f"--{name}={count}" for name, count in TINY.items()]
    arguments += ["--repeat=3", "--seconds=0.3", "--clients=2", "--workers=2", f"--out={out}"]
    # DATABASE_URL is the tests' own: the bench makes a database of its own next to it.
    finished = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "home.bench", *arguments],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=900,
    )
    log = (out / "bench.log").read_text() if (out / "bench.log").exists() else ""
    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-4000:] + log[-4000:]
    return json.loads((out / "results.json").read_text()), (out / "results.md").read_text()


@pytest.mark.slow
def test_every_page_is_measured_cached_and_uncached_in_both_data_sets(bench):
    results, _report = bench
    for phase in ("demo", "large"):
        for name, _path, _kind in results["pages"]:
            uncached = results[phase]["pages"][name]["uncached"]
            cached = results[phase]["pages"][name]["cached"]
            assert uncached["status"] == cached["status"] == 200, (phase, name)
            assert uncached["queries"] > 0, (phase, name)
            assert uncached["median_ms"] > 0 and uncached["p95_ms"] >= uncached["median_ms"]
            assert uncached["rps"] > 0 and cached["rps"] > 0 and uncached["errors"] == 0
            assert uncached["bytes"] > 500
            # After warm-up, no page view asks the object store anything (issue 7).
            assert uncached["store_requests"] == cached["store_requests"] == 0, (phase, name)
        ceiling = results[phase]["pages"][results["ceiling"]]
        assert ceiling["cached"]["queries"] == 0 and ceiling["cached"]["rps"] > 0


@pytest.mark.slow
def test_public_pages_come_from_the_page_cache_and_search_never_does(bench):
    results, _report = bench
    pages = results["large"]["pages"]
    for name in ("home", "news index", "film library", "film page", "news post"):
        assert pages[name]["cached"]["cache"] == "hit", name
        assert pages[name]["cached"]["queries"] == 0, name
        assert pages[name]["uncached"]["cache"] == "", name  # the page cache was off
    for name in ("search", "search (English)", "school sign-up form"):
        assert pages[name]["cached"]["cache"] != "hit", name


@pytest.mark.slow
def test_the_large_data_set_adds_the_pages_asked_for_in_both_languages(bench):
    results, _report = bench
    added = results["large"]["pages_total"] - results["demo"]["pages_total"]
    # Each language gets the posts, films and pages asked for, plus the pages' archive.
    assert added == 2 * (sum(TINY.values()) + 1)
    news_index = results["large"]["pages"]["news index"]["uncached"]
    assert news_index["bytes"] > results["demo"]["pages"]["news index"]["uncached"]["bytes"]


@pytest.mark.slow
def test_the_report_has_a_row_per_page_and_the_targets(bench):
    results, report = bench
    for name, _path, _kind in results["pages"]:
        assert report.count(f"| {name} |") == 2, name  # demo and large tables
    assert "## Targets" in report
    for target in ("bare view's requests per second", "at most 20 SQL queries", "under 30 ms"):
        assert target in report
    assert results["setup"]["database"] == (
        "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    )


def test_the_bench_instruments_are_not_in_the_site(client, db):
    assert client.get("/_bench/bare", follow=True).status_code == 404
    response = client.get("/healthz")
    assert "Server-Timing" not in response and "X-Bench-Queries" not in response
