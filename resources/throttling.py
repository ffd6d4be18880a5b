"""Throttling failed log-ins with django-axes: failures are counted per account (however
the address is typed) and per client address, each with its own limit, and a locked-out
visitor gets a page in the site's look that says how long to wait and what helps."""

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from resources.addresses import canonical_email


def username_of(request, credentials):
    value = (credentials or {}).get("username")
    if value is None and request is not None:
        value = request.POST.get("username", "")
    return canonical_email(value)


class AccountAndAddressHandler(AxesDatabaseHandler):
    """django-axes with a limit of its own for each thing it counts: a few failures lock
    an account, many more lock a client address (a school's whole network often shares
    one, and one person's typos must not lock out their colleagues or the editors).

    Axes compares one number with one limit, so the address's failures are scaled to the
    account's limit: the number reaches AXES_FAILURE_LIMIT when either count reaches
    its own limit."""

    def failures_by_account_and_address(self, request, credentials=None):
        # One query set per AXES_LOCKOUT_PARAMETERS entry: ["username", "ip_address"].
        totals = [
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        ]
        account, address = (totals + [0, 0])[:2]
        return account, address

    def user_logged_in(self, sender, request, user, **kwargs):
        """A person who signs in clears their own account's failures, and only those:
        clearing everything counted for their address (as AXES_RESET_ON_SUCCESS does)
        would let anyone with an account lift the block on the accounts they attack
        from the same address."""
        super().user_logged_in(sender, request, user, **kwargs)
        AccessAttempt.objects.filter(username=canonical_email(user.get_username())).delete()

    def get_failures(self, request, credentials=None):
        account, address = self.failures_by_account_and_address(request, credentials)
        limit = settings.AXES_FAILURE_LIMIT
        return max(account, address * limit // settings.LOGIN_ADDRESS_FAILURE_LIMIT)


def locked_out_response(request, original_response=None, credentials=None):
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    account, _address = AccountAndAddressHandler().failures_by_account_and_address(
        request, credentials
    )
    response = render(
        request,
        "resources/account/locked_out.html",
        {"minutes": minutes, "account_locked": account >= settings.AXES_FAILURE_LIMIT},
        status=429,
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
