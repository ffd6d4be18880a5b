"""Liveness for load balancers: 200 when the database answers a query, 503 otherwise.

The cache is reported too, but does not fail the check: the site serves pages without
it (the Redis cache turns errors into misses), so taking every app server out of the
load balancer because Redis is down would turn a slowdown into an outage."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return False
    return True


def cache_answers():
    """Ask the cache server itself: the site's cache hides its errors on purpose."""
    client = getattr(cache, "client", None)
    if client is None:  # process memory: always there
        return True
    try:
        return bool(client.get_client(write=False).ping())
    except Exception:  # any failure of the cache server is "unavailable", never a 500
        logger.warning("Health check: the cache does not answer", exc_info=True)
        return False


@never_cache
@require_safe  # GET and HEAD: load balancers often probe with HEAD
def healthz(request):
    database_ok = database_answers()
    cache_ok = cache_answers()
    body = {
        "status": "ok" if database_ok else "error",
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if cache_ok else "unavailable",
    }
    return JsonResponse(body, status=200 if database_ok else 503)
