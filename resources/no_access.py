"""What a signed-in person who may not open something sees: a page that says so and
what to do, never the log-in form again (which would send them round in a loop)."""

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail.models import PageViewRestriction

from home.locales import passed_restrictions


def no_access_response(request):
    response = render(request, "resources/no_access.html", status=403)
    add_never_cache_headers(response)
    return response


def refuses_signed_in_visitor(page, request):
    """True when a signed-in visitor fails one of the page's log-in or group restrictions
    (password restrictions keep Wagtail's own password form). Which restrictions the
    visitor passes is worked out once per request (home.locales.passed_restrictions,
    which also reads the groups Wagtail's own check then asks for)."""
    if not request.user.is_authenticated:
        return False
    passed = passed_restrictions(request)
    return any(
        restriction.restriction_type in (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS)
        and restriction.pk not in passed
        for restriction in page.get_view_restrictions()
    )
