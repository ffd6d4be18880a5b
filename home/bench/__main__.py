"""`make bench` (`python -m home.bench`): the site on a production-like setup, measured.

On a database of its own (PostgreSQL when DATABASE_URL points at one, else SQLite), with
media on a local S3 server that counts its requests and the page cache in Redis when one
answers: migrate, collect static files, load the demo content, and measure every page
type in gunicorn with the page cache off and then on; then add the large data set
(`bench_data`) and measure again. Prints a table and writes it to
test-artifacts/bench/results.md and results.json. Everything it started or made is
removed at the end."""

import argparse
import json
import logging
import multiprocessing
import os
import platform
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import boto3

from home.bench.instrumentation import BARE_PATH
from home.bench.measure import MAX_LOAD_SECONDS, get, requests_per_second, timed
from home.bench.report import markdown
from home.bench.servers import ROOT, BenchCache, BenchDatabase, Gunicorn
from home.local_s3 import CountingS3Server

BUCKET = "osib-bench"
CEILING = "bare Django view (ceiling)"
# (name, address, kind): "page" and "search" rows are held to the targets.
PAGES = [
    ("home", "/", "page"),
    ("home (English)", "/en/", "page"),
    ("content page", "/om-os/", "page"),
    ("news index", "/nyheder/", "page"),
    ("news index (English)", "/en/news/", "page"),
    ("news index, page 300 (or the last)", "/nyheder/?page=300", "page"),
    ("news post", "/nyheder/tradium-og-aarhus-tech-er-med/", "page"),
    ("film library", "/film/", "page"),
    ("film library, filtered", "/film/?audience=students", "page"),
    ("film page", "/film/hvad-er-os-i-branchen/", "page"),
    ("school sign-up form", "/samarbejd-med-os/tilmeld-skole/", "page"),
    ("search", "/soeg/?q=virksomheder", "search"),
    ("search (English)", "/en/search/?q=schools", "search"),
    ("news feed", "/nyheder/feed/", "other"),
    ("sitemap", "/sitemap.xml", "other"),
]


def count(least, most):
    """A whole number from `least` to `most`, or argparse's message."""

    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not least <= value <= most:
            raise argparse.ArgumentTypeError(f"{value} is not from {least} to {most}")
        return value

    return parse


def duration(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0.1 <= value <= MAX_LOAD_SECONDS:
        raise argparse.ArgumentTypeError(f"{value:g} is not from 0.1 to {MAX_LOAD_SECONDS}")
    return value


def arguments(argv):
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--posts", type=count(1, 50_000), default=4000, help="news posts per language"
    )
    parser.add_argument("--films", type=count(1, 5_000), default=300, help="films per language")
    parser.add_argument(
        "--pages", type=count(1, 10_000), default=700, help="content pages per language"
    )
    parser.add_argument("--repeat", type=count(1, 1000), default=20, help="timed requests per page")
    parser.add_argument("--seconds", type=duration, default=1.5, help="load per page, seconds")
    parser.add_argument("--clients", type=count(1, 64), default=4, help="clients sending at once")
    parser.add_argument("--workers", type=count(1, 32), default=4, help="gunicorn workers")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the database afterwards, to look into a page (its address is printed)",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "test-artifacts" / "bench", help="results folder"
    )
    return parser.parse_args(argv)


def site_environment(database, cache, store, out):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "osib_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": database.url,
        **cache.environment(),
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": store.endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "AWS_S3_ADDRESSING_STYLE": "path",
        "STATIC_ROOT": str(out / "static"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "ERROR",
        "BENCH_MODE": "true",
    }


class Bench:
    def __init__(self, options):
        self.options = options
        self.out = options.out
        self.out.mkdir(parents=True, exist_ok=True)
        self.log = open(self.out / "bench.log", "w")  # noqa: SIM115  (closed in run)
        self.store = CountingS3Server()
        self.database = BenchDatabase(os.environ.get("DATABASE_URL", ""), self.out)
        self.cache = BenchCache()
        self.environment = None

    def say(self, text):
        print(text, flush=True)
        self.log.write(f"== {text}\n")
        self.log.flush()

    def manage(self, *command):
        self.say(f"manage.py {' '.join(command)}")
        subprocess.run(  # noqa: S603  (this project's own commands)
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=self.environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            check=True,
        )

    def run(self):
        started = time.monotonic()
        self.store.start()
        boto3.client(
            "s3",
            endpoint_url=self.store.endpoint,
            region_name="us-east-1",
            aws_access_key_id="bench",
            aws_secret_access_key="bench",  # noqa: S106  (a throwaway local server)
        ).create_bucket(Bucket=BUCKET)
        self.environment = site_environment(self.database, self.cache, self.store, self.out)
        context = multiprocessing.get_context("spawn")
        try:
            with context.Pool(self.options.clients) as pool:
                self.pool = pool
                self.database.create()
                self.manage("migrate", "--noinput")
                self.manage("collectstatic", "--noinput", "--clear")
                self.manage("load_demo_content")
                results = {"demo": self.measure("demo")}
                self.manage(
                    "bench_data",
                    f"--posts={self.options.posts}",
                    f"--films={self.options.films}",
                    f"--pages={self.options.pages}",
                )
                results["large"] = self.measure("large")
        finally:
            self.cache.clear()
            if self.options.keep:
                self.say(f"The database is kept: DATABASE_URL={self.database.url}")
            else:
                self.database.drop()
            self.store.stop()
            shutil.rmtree(self.out / "static", ignore_errors=True)
            self.log.close()
        results["setup"] = self.setup(time.monotonic() - started)
        return results

    def setup(self, elapsed):
        options = self.options
        return {
            "database": self.database.vendor,
            "cache": self.cache.kind,
            "workers": options.workers,
            "clients": options.clients,
            "seconds": options.seconds,
            "repeat": options.repeat,
            "posts": options.posts,
            "films": options.films,
            "pages": options.pages,
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "elapsed_s": round(elapsed),
        }

    def measure(self, phase):
        figures = {name: {} for name, _path, _kind in [*PAGES, (CEILING, BARE_PATH, "")]}
        addresses = [(name, path) for name, path, _kind in PAGES] + [(CEILING, BARE_PATH)]
        for cached in (False, True):
            label = "cached" if cached else "uncached"
            self.say(f"{phase}: every page {label}")
            self.cache.clear()  # nothing kept from an earlier server or data set
            environment = {**self.environment, "PAGE_CACHE_ENABLED": str(cached).lower()}
            with Gunicorn(environment, self.options.workers, self.log) as server:
                for name, path in addresses:
                    figures[name][label] = self.measure_page(server.address, path)
                    if cached:
                        # The ceiling measured again right after each page, so that the
                        # ratio compares two figures of the same moment on a noisy machine.
                        figures[name][label]["ceiling_rps"] = self.load(server.address, BARE_PATH)[
                            "rps"
                        ]
        return {"pages": figures, "pages_total": self.count_pages()}

    def load(self, address, path):
        return requests_per_second(
            self.pool, self.options.clients, address, path, self.options.seconds
        )

    def measure_page(self, address, path):
        for _ in range(self.options.workers * 2):
            get(address, path)  # each worker warms up (and fills the page cache)
        before = self.store.count()
        figures = timed(address, path, self.options.repeat)
        figures["store_requests"] = round((self.store.count() - before) / self.options.repeat, 2)
        figures.update(self.load(address, path))
        return figures

    def count_pages(self):
        output = subprocess.run(  # noqa: S603  (this project's own command)
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from wagtail.models import Page; print(Page.objects.filter(depth__gt=1).count())",
            ],
            cwd=ROOT,
            env=self.environment,
            capture_output=True,
            text=True,
            check=True,
        )
        return int(output.stdout.strip().splitlines()[-1])


def main(argv=None):
    options = arguments(argv)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the S3 server's request log
    results = Bench(options).run()
    report = markdown(results, PAGES, CEILING)
    (options.out / "results.json").write_text(
        json.dumps({"pages": PAGES, "ceiling": CEILING, **results}, indent=2)
    )
    (options.out / "results.md").write_text(report)
    print()
    print(report)
    print(f"Written to {options.out / 'results.md'} and results.json")


if __name__ == "__main__":
    main()
