"""What happens to a sign-up once the form is valid: it is saved first; then the editors
are notified and the person gets a confirmation in the language they used. A mail server
that fails loses nothing: the failure is recorded on the sign-up for the editors."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage

from resources.throttling import client_address

logger = logging.getLogger(__name__)
DUPLICATE_MINUTES = 10


def address_key(group, request):
    return client_address(request) or "unknown"


def count_attempt(request):
    """Counts a sign-up from the visitor's address; True when it is one too many."""
    usage = get_usage(
        request,
        group="signups",
        key=address_key,
        rate=settings.SIGNUP_RATE_LIMIT,
        method="POST",
        increment=True,
    )
    return usage is not None and usage["should_limit"]


def too_many_message(page):
    return _(
        "Many sign-ups have been sent from your network recently, so we cannot take this "
        "one right now. Your details are still in the form: try again later, or write to "
        "us at %(email)s."
    ) % {"email": page.notify_address}


def recent_duplicate(signup):
    """The very same sign-up sent a moment ago (a second click, a reloaded page): it is
    not saved or mailed twice. Any difference (a corrected phone number) is a new one."""
    same = {
        field.attname: getattr(signup, field.attname)
        for field in signup._meta.concrete_fields
        if field.name not in NOT_COMPARED
    }
    recent = timezone.now() - timedelta(minutes=DUPLICATE_MINUTES)
    return type(signup).objects.filter(created_at__gte=recent, **same).first()


# What the site records about a sign-up rather than what the person sent.
NOT_COMPARED = {
    "id",
    "created_at",
    "consent_given_at",
    "notification_sent_at",
    "confirmation_sent_at",
    "notification_error",
    "confirmation_error",
    "partner_school",
}


# The confirmation goes to an address nobody has checked yet: it repeats none of what was
# typed freely (names included), so that the form cannot be used to mail anyone anything.
FREE_TEXT_FIELDS = {
    "message",
    "programmes",
    "phone",
    "contact_name",
    "school_name",
    "company_name",
    "town",
}


def signup_details(signup, for_the_person=False):
    """(label, value) for each thing the person told us, in the active language."""
    details = []
    for field in signup._meta.fields:
        if field.name in SKIPPED_FIELDS or (for_the_person and field.name in FREE_TEXT_FIELDS):
            continue
        value = getattr(signup, field.name)
        if field.choices:
            value = getattr(signup, f"get_{field.name}_display")()
        elif isinstance(value, bool):
            continue  # the offers, listed together below
        if value not in ("", None):
            details.append((field.verbose_name, value))
    if hasattr(signup, "offers"):
        details.append((_("can offer"), signup.offers() or "–"))
    details.append((_("received"), signup.received()))
    return details


# Not the person's answers: bookkeeping, and which page the form was on.
SKIPPED_FIELDS = NOT_COMPARED | {"form_page"}


def describe(error):
    return (str(error) or error.__class__.__name__)[:300]


def unsent(signup):
    """The e-mails of a sign-up that have not gone out (after a failure)."""
    return [
        name for name in ("notification", "confirmation") if not getattr(signup, f"{name}_sent_at")
    ]


def send_emails(signup, request, only=None):
    """Both e-mails (or those named in `only`), each on its own: the confirmation goes out
    even if the editors' notification fails, and the other way round."""
    connection = get_connection(fail_silently=False)
    admin_url = request.build_absolute_uri(
        reverse(f"{signup._meta.model_name}s:inspect", args=[signup.pk])
    )
    messages = {
        "notification": lambda: notification(signup, admin_url, connection),
        "confirmation": lambda: confirmation(signup, connection),
    }
    changed = []
    for name, build in messages.items():
        if only is not None and name not in only:
            continue
        try:
            build().send()
        except (smtplib.SMTPException, OSError) as error:
            logger.exception("The %s e-mail for sign-up %s could not be sent", name, signup.pk)
            setattr(signup, f"{name}_error", describe(error))
        else:
            setattr(signup, f"{name}_sent_at", timezone.now())
            setattr(signup, f"{name}_error", "")
        changed += [f"{name}_sent_at", f"{name}_error"]
    signup.save(update_fields=changed)
    return signup


def render_mail(template, context):
    subject = render_to_string(f"home/emails/signup_{template}_subject.txt", context)
    body = render_to_string(f"home/emails/signup_{template}_body.txt", context)
    return " ".join(subject.split()), body


def notification(signup, admin_url, connection):
    # The editors read the admin in Danish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {"signup": signup, "details": signup_details(signup), "admin_url": admin_url}
        subject, body = render_mail(f"{signup.kind}_notification", context)
    return EmailMessage(
        subject, body, to=[signup.notify_address], reply_to=[signup.email], connection=connection
    )


def confirmation(signup, connection):
    with translation.override(signup.language):
        context = {"signup": signup, "details": signup_details(signup, for_the_person=True)}
        subject, body = render_mail(f"{signup.kind}_confirmation", context)
    return EmailMessage(
        subject, body, to=[signup.email], reply_to=[signup.notify_address], connection=connection
    )
