"""The parts `make bench` starts and removes again: a database of its own, a prefix of
its own in Redis, and gunicorn serving the site with production settings."""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(host, port):
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


class BenchDatabase:
    """A fresh database next to the configured one (`<name>_bench` on PostgreSQL, a file
    on SQLite), dropped again afterwards: the benchmark never touches real data."""

    def __init__(self, configured_url, folder):
        self.config = dj_database_url.parse(configured_url) if configured_url else None
        self.postgres = bool(self.config) and "postgresql" in self.config["ENGINE"]
        if self.postgres:
            self.name = f"{self.config['NAME']}_bench"
            self.url = configured_url.rsplit("/", 1)[0] + f"/{self.name}"
        else:
            self.name = folder / "bench.sqlite3"
            self.url = f"sqlite:///{self.name}"

    @property
    def vendor(self):
        return "postgresql" if self.postgres else "sqlite"

    def _maintenance(self):
        import psycopg

        return psycopg.connect(
            host=self.config["HOST"] or None,
            port=self.config["PORT"] or None,
            user=self.config["USER"] or None,
            password=self.config["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )

    def create(self):
        self.drop()
        if self.postgres:
            with self._maintenance() as connection:
                connection.execute(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.postgres:
            with self._maintenance() as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        else:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.name}{suffix}").unlink(missing_ok=True)


class BenchCache:
    """Redis when REDIS_URL is set or one answers on 127.0.0.1:6379 (as in production,
    where all app servers share it), else each process's memory. Its keys carry a prefix
    of their own, deleted afterwards."""

    def __init__(self):
        self.url = os.environ.get("REDIS_URL") or (
            "redis://127.0.0.1:6379/0" if answers("127.0.0.1", 6379) else ""
        )
        self.prefix = f"osib-bench-{secrets.token_hex(4)}"

    @property
    def kind(self):
        return "Redis" if self.url else "process memory"

    def environment(self):
        return {"REDIS_URL": self.url, "CACHE_KEY_PREFIX": self.prefix}

    def clear(self):
        if not self.url:
            return
        import redis

        client = redis.Redis.from_url(self.url, socket_timeout=5)
        for key in client.scan_iter(match=f"{self.prefix}:*", count=1000):
            client.delete(key)


class Gunicorn:
    """The site in gunicorn's workers, as in production; ready when /healthz answers."""

    def __init__(self, environment, workers, log):
        self.environment = environment
        self.workers = workers
        self.log = log
        self.port = free_port()
        self.address = ("127.0.0.1", self.port)
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603  (this project's own server, fixed arguments)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "osib_site.wsgi",
                f"--workers={self.workers}",
                f"--bind=127.0.0.1:{self.port}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=self.environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start; see {self.log.name}")
            try:
                with urllib.request.urlopen(  # noqa: S310  (loopback)
                    f"http://127.0.0.1:{self.port}/healthz", timeout=5
                ) as response:
                    if response.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError(f"gunicorn did not answer within 90 s; see {self.log.name}")

    def __exit__(self, *exc_info):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
