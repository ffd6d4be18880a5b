"""Access follows the school records as soon as they are saved."""

from django.db.models.signals import post_save

from resources.membership import sync_access
from resources.models import PartnerSchool, SchoolMember


def member_saved(sender, instance, **kwargs):
    sync_access(instance)


def school_saved(sender, instance, **kwargs):
    for member in instance.members.select_related("user"):
        member.school = instance
        sync_access(member)


def connect():
    post_save.connect(member_saved, sender=SchoolMember)
    post_save.connect(school_saved, sender=PartnerSchool)
