import re

from django.http import HttpResponsePermanentRedirect

REPEATED_SLASHES = re.compile(r"/{2,}")


class CollapseRepeatedSlashesMiddleware:
    """`//om-os/` and `/en//about-us/` would serve the same page as `/om-os/` under many
    addresses (Wagtail ignores empty path segments); send them to the one address.
    The target is always a local path: a leading `//host` collapses to `/host`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "//" in request.path:
            target = REPEATED_SLASHES.sub("/", request.path)
            if request.META.get("QUERY_STRING"):
                target = f"{target}?{request.META['QUERY_STRING']}"
            return HttpResponsePermanentRedirect(target)
        return self.get_response(request)
