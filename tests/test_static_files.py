"""Static files in production: hashed names, compressed copies, and a cache lifetime of
a year or more for hashed files, through the production WSGI application itself (a
subprocess, so the production settings are the ones that apply)."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ONE_YEAR = 365 * 24 * 60 * 60

# collectstatic into STATIC_ROOT, then requests through osib_site.wsgi.application (whose
# WhiteNoise reads STATIC_ROOT when it starts, as gunicorn's workers do).
SCRIPT = r"""
import gzip, json, sys
from wsgiref.util import setup_testing_defaults
import django
django.setup()
from django.core.management import call_command
call_command("collectstatic", interactive=False, verbosity=0)
from django.contrib.staticfiles.storage import staticfiles_storage
from osib_site.wsgi import application

def get(path, **headers):
    environ = {"PATH_INFO": path, "HTTP_X_FORWARDED_PROTO": "https", **headers}
    setup_testing_defaults(environ)
    answer = {}
    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])
        answer["headers"] = {k.lower(): v for k, v in response_headers}
    body = b"".join(application(environ, start_response))
    answer["body"] = body.decode("latin-1")
    return answer

names = ["css/site.css", "js/site.js", "js/film-player.js", "js/partner-area.js", "img/favicon.svg"]
urls = {name: staticfiles_storage.url(name) for name in names}
print(json.dumps({
    "urls": urls,
    "hashed": {name: get(url) for name, url in urls.items()},
    "gzip": get(urls["css/site.css"], HTTP_ACCEPT_ENCODING="gzip, deflate"),
    "plain_name": get("/static/css/site.css"),
}))
"""


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("staticfiles")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DJANGO_SETTINGS_MODULE="osib_site.settings.production",
        SECRET_KEY="s" * 20 + "-production-secret-key-for-static-tests",
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(static_root),
        DATABASE_URL="sqlite:///" + str(static_root / "unused.sqlite3"),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return static_root, json.loads(result.stdout.splitlines()[-1])


def max_age(cache_control):
    for part in cache_control.split(","):
        name, _, value = part.strip().partition("=")
        if name == "max-age":
            return int(value)
    return None


@pytest.mark.slow
def test_pages_link_static_files_by_content_hashed_names(production_static):
    _root, answers = production_static
    for name, url in answers["urls"].items():
        stem, ext = name.rsplit(".", 1)
        assert url.startswith(f"/static/{stem}.") and url.endswith(f".{ext}"), url
        assert len(url) == len(f"/static/{name}") + 13  # ".<12 hex digits>"


@pytest.mark.slow
def test_hashed_files_are_cached_for_a_year_and_never_revalidated(production_static):
    root, answers = production_static
    for name, answer in answers["hashed"].items():
        assert answer["status"] == 200, name
        cache_control = answer["headers"]["cache-control"]
        assert max_age(cache_control) >= ONE_YEAR, cache_control
        assert "public" in cache_control and "immutable" in cache_control
        assert answer["body"].encode("latin-1") == (root / name).read_bytes()


@pytest.mark.slow
def test_text_files_are_stored_and_sent_compressed(production_static):
    root, answers = production_static
    for name in answers["urls"]:
        hashed = root / answers["urls"][name].removeprefix("/static/")
        compressed = hashed.with_name(hashed.name + ".gz")
        assert compressed.exists(), f"no gzip copy of {name}"
        assert gzip.decompress(compressed.read_bytes()) == hashed.read_bytes()
    answer = answers["gzip"]
    assert answer["headers"]["content-encoding"] == "gzip"
    assert "accept-encoding" in answer["headers"]["vary"].lower()
    body = gzip.decompress(answer["body"].encode("latin-1"))
    assert body == (root / "css/site.css").read_bytes()
    assert len(answer["body"]) < len(body) / 3


@pytest.mark.slow
def test_a_file_asked_for_by_its_plain_name_is_not_cached_for_long(production_static):
    """Its content changes with the next release: only hashed names may be kept."""
    answer = production_static[1]["plain_name"]
    assert answer["status"] == 200
    assert "immutable" not in answer["headers"]["cache-control"]
    assert max_age(answer["headers"]["cache-control"]) <= 300
