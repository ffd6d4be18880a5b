"""Settings from the environment, production safety, and the health check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "-production-secret-key-for-tests-0123456789"


def manage(*args, env=None):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a production check.
    dropped = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {"DJANGO_SETTINGS_MODULE": "osib_site.settings.production"}


@pytest.mark.slow
def test_production_refuses_to_start_without_secret_key():
    result = manage("check", env={**PRODUCTION, "ALLOWED_HOSTS": "osibranchen.dk"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.slow
def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", env={**PRODUCTION, "SECRET_KEY": GOOD_KEY})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("days", ["0", "-5", "abc"])
def test_a_retention_period_that_would_delete_everything_is_refused(days):
    result = manage("delete_old_signups", "--dry-run", env={"SIGNUP_RETENTION_DAYS": days})
    assert result.returncode != 0
    assert "SIGNUP_RETENTION_DAYS must be a whole number of days, 1 or more" in result.stderr


@pytest.mark.slow
def test_check_deploy_is_clean_in_production():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            **PRODUCTION,
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "osibranchen.dk,www.osibranchen.dk",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.slow
def test_healthz_503_when_database_is_down(tmp_path):
    """A real unreachable database: nothing listens on port 9 of loopback."""
    script = (
        "from django.test import Client; r = Client().get('/healthz'); "
        "print(r.status_code, r.json()['database'])"
    )
    result = manage(
        "shell",
        "-c",
        script,
        env={
            "DJANGO_SETTINGS_MODULE": "osib_site.settings.test",
            "DATABASE_URL": "postgres://nobody@127.0.0.1:9/nothing",
        },
    )
    assert result.stdout.strip().endswith("503 unavailable"), result.stdout + result.stderr


def test_settings_read_database_and_cache_from_environment():
    script = (
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], "
        "s.CACHES['default']['BACKEND'], s.EMAIL_HOST, s.EMAIL_PORT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "osib_site.settings.dev",
            "DATABASE_URL": "postgres://u@db.example:5432/osib",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
            "EMAIL_HOST": "smtp.example",
            "EMAIL_PORT": "587",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "osib",
        "django_redis.cache.RedisCache",
        "smtp.example",
        "587",
    ], result.stderr


def redis_answers(port=6379):
    import socket

    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.django_db
def test_site_keeps_serving_when_redis_is_down(client, settings, caplog):
    """Nothing listens on port 9: every cache call fails, and visitors do not notice."""
    from osib_site.settings.base import redis_cache

    settings.CACHES = {"default": redis_cache("redis://127.0.0.1:9/0")}
    assert client.get("/").status_code == 200
    assert client.get("/en/about-us/").status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200  # the database answers: keep this server in service
    assert health.json() == {"status": "ok", "database": "ok", "cache": "unavailable"}
    assert any(record.name == "osib_site.cache" for record in caplog.records)


@pytest.mark.django_db
def test_redis_cache_is_used_when_it_answers(client, settings):
    if not redis_answers():
        if os.environ.get("CI"):
            pytest.fail("CI machines run Redis on 127.0.0.1:6379, but it does not answer")
        pytest.skip("no Redis answers on 127.0.0.1:6379")
    from django.core.cache import cache
    from osib_site.settings.base import redis_cache

    settings.CACHES = {
        "default": {**redis_cache("redis://127.0.0.1:6379/15"), "KEY_PREFIX": "osib-test"}
    }
    cache.clear()
    assert client.get("/").status_code == 200
    # Wagtail keeps the site's root paths in the cache: it is now in Redis.
    assert cache.client.get_client().keys("osib-test:*")
    assert client.get("/healthz").json()["cache"] == "ok"
    cache.clear()


@pytest.mark.django_db
def test_postgresql_connections_plan_for_fast_random_reads():
    """With PostgreSQL's spinning-disk default the planner reads every search index entry
    instead of using its GIN index (ten times slower with 10,000 pages)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == pytest.approx(1.1)


@pytest.mark.slow
def test_a_random_page_cost_that_is_no_number_is_refused():
    result = manage(
        "check",
        env={"DATABASE_URL": "postgres://u@db.example:5432/osib", "DB_RANDOM_PAGE_COST": "fast"},
    )
    assert result.returncode != 0
    assert "DB_RANDOM_PAGE_COST must be a number, not 'fast'" in result.stderr
