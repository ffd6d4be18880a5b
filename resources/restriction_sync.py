"""Every translation of a page carries the same view restriction as the page itself:
when an editor restricts (or frees, or changes the groups of) a page in one language,
the others follow at once; a translation made later starts with its source's
restriction (Wagtail's copy does that). So the English partner area can never stay
public because its restriction was added in Danish after it was translated."""

import threading

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

_state = threading.local()


def _busy():
    return getattr(_state, "busy", False)


def copy_restrictions_to_translations(page_id):
    """Make each translation's restrictions a copy of this page's."""
    if _busy():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    sources = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
    _state.busy = True
    try:
        for translation in page.get_translations(inclusive=False):
            PageViewRestriction.objects.filter(page=translation).delete()
            for source in sources:
                copy = PageViewRestriction.objects.create(
                    page=translation,
                    restriction_type=source.restriction_type,
                    password=source.password,
                )
                copy.groups.set(source.groups.all())
    finally:
        _state.busy = False


def restriction_saved(sender, instance, **kwargs):
    copy_restrictions_to_translations(instance.page_id)


def restriction_deleted(sender, instance, origin=None, **kwargs):
    # Only a restriction removed as such frees the translations; one deleted because
    # its page is being deleted must not (Django names where a deletion started).
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if model is PageViewRestriction:
        copy_restrictions_to_translations(instance.page_id)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        copy_restrictions_to_translations(instance.page_id)


def page_created(sender, instance, created, raw=False, **kwargs):
    """A new translation under a restricted parent: Wagtail's copy leaves out the
    source page's own restriction there (the parent covers it for now); take it along,
    so that it still holds if the parent's restriction is removed later."""
    if not created or raw or not isinstance(instance, Page) or _busy():
        return
    parent = instance.get_parent()
    if parent is None or not parent.get_view_restrictions().exists():
        return  # Wagtail's copy brings the page's own restriction itself
    if PageViewRestriction.objects.filter(page=instance).exists():
        return
    source = (
        PageViewRestriction.objects.filter(page__translation_key=instance.translation_key)
        .exclude(page=instance)
        .values_list("page_id", flat=True)
        .first()
    )
    if source is not None:
        copy_restrictions_to_translations(source)


def connect():
    post_save.connect(page_created)
    post_save.connect(restriction_saved, sender=PageViewRestriction)
    post_delete.connect(restriction_deleted, sender=PageViewRestriction)
    m2m_changed.connect(restriction_groups_changed, sender=PageViewRestriction.groups.through)
