"""Inviting people of partner schools: each invitation is a one-time link that expires.
Only a hash of the link's secret is stored; following a link changes nothing until the
person has chosen a valid password."""

import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from resources.addresses import canonical_email
from resources.membership import sync_access
from resources.models import Invitation, SchoolMember
from resources.models.invitations import token_hash

TOKEN_FORMAT = re.compile(r"^[A-Za-z0-9_-]{40,50}$")


def account_for(address):
    """The account an address belongs to, whatever case or composition it was typed in."""
    address = canonical_email(address)
    User = get_user_model()
    return (
        User.objects.filter(Q(username=address) | Q(email__iexact=address)).order_by("pk").first()
    )


def add_member(*, school, email, name, role, language, is_active=True):
    """A new staff member with an account that cannot sign in until the invitation is
    accepted (or an existing account, such as a visitor's, that now joins a school).
    The caller has checked (resources.admin_forms) that the person is not a member yet."""
    address = canonical_email(email)
    user = account_for(address)
    if user is None:
        User = get_user_model()
        user = User(username=address, email=address, first_name=name[:150])
        user.set_unusable_password()
        user.save()
    # Saving the record gives or withholds access (resources.signals).
    return SchoolMember.objects.create(
        school=school, user=user, name=name, role=role, language=language, is_active=is_active
    )


def issue(member, sent_by=None):
    """A new invitation for the person; any earlier one that is still open is withdrawn,
    so that only the newest link works. Returns the invitation and its secret."""
    revoke(member)
    now = timezone.now()
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        member=member,
        token_hash=token_hash(token),
        created_at=now,
        expires_at=now + timedelta(days=settings.PARTNER_INVITATION_DAYS),
        sent_by=sent_by if sent_by is not None and sent_by.is_authenticated else None,
    )
    return invitation, token


def send(member, request, sent_by=None):
    """Issue an invitation and mail it, in the person's language."""
    invitation, token = issue(member, sent_by)
    with translation.override(member.language):
        link = request.build_absolute_uri(reverse("partner_invitation", args=[token]))
        context = {
            "member": member,
            "school": member.school,
            "link": link,
            "expires_at": invitation.expires_at,
            "sender": sent_by.get_full_name() if sent_by else "",
        }
        subject = render_to_string("resources/emails/invitation_subject.txt", context)
        body = render_to_string("resources/emails/invitation_body.txt", context)
    send_mail(" ".join(subject.split()), body, None, [member.user.email])
    return invitation


def pending_members_at(address):
    """People at an active school, invited to this address, who have not accepted yet."""
    user = account_for(address)
    if user is None or user.has_usable_password():
        return []
    return list(
        SchoolMember.objects.select_related("school", "user").filter(
            user=user, is_active=True, school__is_active=True
        )
    )


def open_invitations(member):
    """The person's invitations that are neither accepted nor withdrawn (expired or not)."""
    return member.invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True)


def revoke(member):
    """Withdraw the person's open invitations; returns how many there were."""
    return open_invitations(member).update(revoked_at=timezone.now())


def find(token):
    """The invitation a link names, or None for a link that is wrong or was tampered with."""
    if not TOKEN_FORMAT.match(token or ""):
        return None
    return (
        Invitation.objects.select_related("member__school", "member__user")
        .filter(token_hash=token_hash(token))
        .first()
    )


def problem_with(invitation):
    """Why a link cannot be used (a key the page explains), or None when it can."""
    if invitation is None:
        return "invalid"
    if invitation.accepted_at is not None or invitation.member.user.has_usable_password():
        return "used"
    member = invitation.member
    if invitation.revoked_at is not None or not member.is_active or not member.school.is_active:
        return "withdrawn"
    if invitation.is_expired:
        return "expired"
    return None


def accept(invitation, password_form):
    """Set the chosen password and open the partner area to the person."""
    user = password_form.save()
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    member = invitation.member
    member.user = user
    sync_access(member)
    return user
