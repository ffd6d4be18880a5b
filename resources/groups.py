"""The group whose members (staff of partner schools) may open the partner area."""

from django.contrib.auth.models import Group

PARTNER_GROUP = "Partner schools"


def ensure_partner_group():
    return Group.objects.get_or_create(name=PARTNER_GROUP)
