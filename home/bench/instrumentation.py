"""What `make bench` adds to the site it measures (only with BENCH_MODE=true): each
response says how long the app took and how many SQL queries it made, and a bare view
shows what the same server answers without any page work, as the ceiling the pages are
compared with."""

import time

from django.db import connection
from django.http import HttpResponse

from home.bench.measure import QUERIES_HEADER, TIME_HEADER

BARE_PATH = "/_bench/bare"


class ServerTimingMiddleware:
    """First of all middleware, so that the time includes the page cache and every other
    middleware (a page served from the cache too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        queries = 0

        def count(execute, sql, params, many, context):
            nonlocal queries
            queries += 1
            return execute(sql, params, many, context)

        started = time.perf_counter()
        with connection.execute_wrapper(count):
            response = self.get_response(request)
        response[TIME_HEADER] = f"app;dur={(time.perf_counter() - started) * 1000:.3f}"
        response[QUERIES_HEADER] = str(queries)
        return response


def bare_view(request):
    return HttpResponse(b"ok", content_type="text/plain")
