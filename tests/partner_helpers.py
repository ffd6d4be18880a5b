"""Shared set-up for the partner-area tests."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from resources import invitations
from resources.models import PartnerSchool, SchoolMember

DEMO_PASSWORD = "osib-demo-2026"
NEW_PASSWORD = "Vaerkstedet-2027!"
LINK = re.compile(r"https?://[^\s]+/(?:konto|account)/invitation/[^\s/]+/")


def log_in(client, username, password, address="127.0.0.1"):
    """Through the partners' log-in page, as a person would (django-axes counts it)."""
    return client.post(
        reverse("partner_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def demo_partner():
    return get_user_model().objects.get(username="partner@example.com")


def demo_visitor():
    return get_user_model().objects.get(username="visitor@example.com")


def demo_school():
    return PartnerSchool.objects.get(name="Demo Erhvervsskole")


def deactivated_partner():
    """A partner who had access, and whose record an editor has switched off."""
    user = get_user_model().objects.create_user(
        username="former@example.com", email="former@example.com", password=DEMO_PASSWORD
    )
    member = SchoolMember.objects.create(
        school=demo_school(), user=user, name="Former", role="teacher"
    )
    member.is_active = False
    member.save()
    user.refresh_from_db()
    return user


def invited_member(rf, email="new.teacher@example.com", language="da", school=None):
    """A person invited the way the admin does it; returns the member and the link."""
    member = invitations.add_member(
        school=school or demo_school(),
        email=email,
        name="Ny Lærer",
        role="teacher",
        language=language,
    )
    request = rf.get("/", HTTP_HOST="testserver")
    invitations.send(member, request)
    return member, invitation_link(mail.outbox[-1])


def invitation_link(message):
    found = LINK.search(message.body)
    assert found, message.body
    return found.group(0).replace("http://testserver", "")
