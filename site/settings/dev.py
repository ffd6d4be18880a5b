"""Development: `make run`. SQLite, local media, console e-mail, DEBUG on."""

import os

from .base import *  # noqa: F401

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine here: dev settings are never used to serve the public site.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "0.0.0.0", "testserver"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
