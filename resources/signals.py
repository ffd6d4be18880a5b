"""Access follows the school records as soon as they are saved; the standard e-mails'
page is found by its e-mails' words as soon as they change."""

from django.db.models.signals import post_delete, post_save
from wagtail.search.index import insert_or_update_object

from resources.membership import sync_access
from resources.models import PartnerSchool, SchoolMember, StandardEmail, StandardEmailsPage


def member_saved(sender, instance, **kwargs):
    sync_access(instance)


def school_saved(sender, instance, **kwargs):
    for member in instance.members.select_related("user"):
        member.school = instance
        sync_access(member)


def standard_email_changed(sender, instance, **kwargs):
    for page in StandardEmailsPage.objects.filter(locale_id=instance.locale_id):
        insert_or_update_object(page)


def connect():
    post_save.connect(member_saved, sender=SchoolMember)
    post_save.connect(school_saved, sender=PartnerSchool)
    post_save.connect(standard_email_changed, sender=StandardEmail)
    post_delete.connect(standard_email_changed, sender=StandardEmail)
