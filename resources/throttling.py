"""django-axes settings' callables: failed log-ins are counted per account (however the
address is typed) and per client address, and a locked-out visitor gets a page in the
site's look that says how long to wait and how to get back in."""

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from resources.addresses import canonical_email


def username_of(request, credentials):
    value = (credentials or {}).get("username")
    if value is None and request is not None:
        value = request.POST.get("username", "")
    return canonical_email(value)


def locked_out_response(request, original_response=None, credentials=None):
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    response = render(
        request, "resources/account/locked_out.html", {"minutes": minutes}, status=429
    )
    add_never_cache_headers(response)
    return response


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or when PROXY_COUNT proxies stand in front,
    the address the outermost of them saw (the ones before it could be made up)."""
    count = settings.PROXY_COUNT
    if count:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
