"""The page cache: public pages for anonymous visitors are rendered once and then served
from the cache (Redis when REDIS_URL is set, each process's memory otherwise), until
something they show changes (home/page_cache_invalidation.py).

wagtail-cache, the Wagtail ecosystem's page cache, does not support Wagtail 8; this is
the same idea (the whole cache is renewed on any change) in one small middleware.

A response is kept only when nothing about it depends on who asks:
- the visitor has no session and no flash messages (no one logged in, no partner, no
  preview, no page opened with a password) and sends no credentials;
- it is a GET answered with 200 and no cookie (a form's CSRF token sets one, and Django
  marks the request when a page asks for a token);
- the view did not say otherwise (`private`, `no-cache`, `no-store`: search results,
  partner pages, sign-up forms, account pages) and the address is not an excluded one;
- the media store answered (a page rendered during an outage may show placeholders).
Whatever is kept is also marked `public` for browsers (briefly) and CDNs (longer).
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import patch_cache_control

from home.storage import store_paused

GENERATION_KEY = "page-cache:generation"
HEADER = "X-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store", "max-age=0")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def new_generation():
    """A generation never used before, even after the counter was evicted: entries kept
    under an earlier one can never match it again."""
    return time.time_ns()


def current_generation(found=None):
    if found is not None:
        return found
    cache = page_cache()
    cache.add(GENERATION_KEY, new_generation(), timeout=None)
    return cache.get(GENERATION_KEY)


def renew():
    """Forget every kept page: each is kept with the generation it was made in."""
    cache = page_cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet, or evicted: any new value starts afresh
        cache.set(GENERATION_KEY, new_generation(), timeout=None)


def may_be_served_from_cache(request):
    if not settings.PAGE_CACHE_ENABLED or request.method != "GET":
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES))


def is_personal(request):
    """A response made for this visitor alone: signed in, a session, a message waiting
    ("Du er logget ud."), or credentials sent."""
    user = getattr(request, "user", None)
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or "HTTP_AUTHORIZATION" in request.META
        or bool(user is not None and user.is_authenticated)
    )


def may_be_kept(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    # A page rendered while the media store did not answer may show placeholders for
    # images it would otherwise have: it is not kept beyond the outage.
    return not store_paused()


# Parameters that campaign links and social networks add (a shared film's every click
# has its own fbclid): pages do not depend on them, so they do not make a page of their
# own in the cache.
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid"})
# Longer query strings are answered but not kept: nobody links to them, and each would
# otherwise take a place in the cache.
MAX_KEPT_QUERY_LENGTH = 200


def kept_query(request):
    """The query string the page is kept under: without tracking parameters, in a fixed
    order; None when it is too long to keep."""
    # Ordered by name only: a name given twice keeps its values' order, which decides
    # the one a view reads (?page=2&page=3 is page 3, ?page=3&page=2 page 2).
    parameters = sorted(
        (
            (name, value)
            for name, values in request.GET.lists()
            for value in values
            if name not in TRACKING_PARAMETERS and not name.startswith("utm_")
        ),
        key=lambda parameter: parameter[0],
    )
    query = urlencode(parameters)
    return query if len(query) <= MAX_KEPT_QUERY_LENGTH else None


def key_for(request, query):
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{digest}"


class PageCacheMiddleware:
    """Placed before the session middleware, so that a page served from the cache costs
    no database query at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_be_served_from_cache(request):
            response = self.get_response(request)
            if is_personal(request) and "Cache-Control" not in response:
                # A CDN that keeps pages without being told would hand this one on.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        # The generation and the page in one round trip to the cache: a hit is then
        # about as cheap as any response the server can give.
        query = kept_query(request)
        if query is None:
            return self.get_response(request)
        key = key_for(request, query)
        found = page_cache().get_many([GENERATION_KEY, key])
        generation = current_generation(found.get(GENERATION_KEY))
        kept_generation, kept = found.get(key, (None, None))
        if kept is not None and kept_generation == generation:
            kept[HEADER] = "hit"
            return kept
        response = self.get_response(request)
        if may_be_kept(request, response):
            mark_public(response)
            response[HEADER] = "miss"

            def keep(rendered):
                # Kept with the generation it was made in: a change committed while it
                # was rendered makes it stale at once.
                page_cache().set(key, (generation, rendered), settings.PAGE_CACHE_SECONDS)

            if getattr(response, "is_rendered", True):
                keep(response)
            else:
                response.add_post_render_callback(keep)
        return response


def mark_public(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.PAGE_CACHE_CDN_SECONDS,
    )
