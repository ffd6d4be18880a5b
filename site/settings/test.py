"""Tests: the same apps as production, fast hashing, captured e-mail."""

from .base import *  # noqa: F401

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"
WAGTAILADMIN_BASE_URL = "http://testserver"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Each test's changes are rolled back, never committed, so a kept page would outlive
# them; the page cache's own tests switch it on (tests/test_page_cache.py).
PAGE_CACHE_ENABLED = False
