"""How long sign-ups are kept (SIGNUP_RETENTION_DAYS), said in words on the forms and
the privacy page, and the deletion of older ones (`delete_old_signups`, run daily)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail.models import ModelLogEntry

from home.models.signups import CompanySignup, SchoolSignup

SIGNUP_MODELS = (SchoolSignup, CompanySignup)


def retention_period(days=None):
    """'2 years', '6 months' or '45 days', in the active language."""
    days = settings.SIGNUP_RETENTION_DAYS if days is None else days
    if days % 365 == 0:
        years = days // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    if days % 30 == 0:
        months = days // 30
        return ngettext("%(count)d month", "%(count)d months", months) % {"count": months}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def expired(model, now=None):
    cutoff = (now or timezone.now()) - timedelta(days=settings.SIGNUP_RETENTION_DAYS)
    return model.objects.filter(created_at__lt=cutoff)


def delete_expired(now=None, dry_run=False):
    """Deletes the sign-ups older than the retention period, and the admin's history of
    them (it names the school or company); returns how many sign-ups of each kind."""
    counts = {}
    cutoff = (now or timezone.now()) - timedelta(days=settings.SIGNUP_RETENTION_DAYS)
    for model in SIGNUP_MODELS:
        signups = expired(model, now)
        counts[model] = signups.count() if dry_run else signups.delete()[0]
        if not dry_run:
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(model), timestamp__lt=cutoff
            ).delete()
    return counts
