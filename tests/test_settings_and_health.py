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
    assert response.json() == {"status": "ok", "database": "ok"}
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
        "django.core.cache.backends.redis.RedisCache",
        "smtp.example",
        "587",
    ], result.stderr
