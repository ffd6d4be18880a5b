"""Documents (handouts, films, caption tracks) take the privacy of the pages that use
them. A file used by a page behind a view restriction (the partner area) is served only
to visitors who may open a published page that uses it, whatever its collection says: an
editor who puts a tutorial film under the partner area has thereby made its video file
partner-only too, and an unpublished copy of that film elsewhere does not undo it. A
file that no restricted page uses is left to Wagtail's own collection privacy."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from home.locales import visitor_may_view


@dataclass(frozen=True)
class Access:
    allowed: bool  # the visitor may have the file
    restricted: bool  # not everyone may: no shared cache may keep it


def pages_using(document):
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in ids])


def access_to(document, request):
    """Decided once per request (the permission hook asks, then the view that sends the
    file and its headers)."""
    decided = request.__dict__.setdefault("_document_access", {})
    if document.pk not in decided:
        uses = [(page, list(page.get_view_restrictions())) for page in pages_using(document)]
        by_pages = any(restrictions for _page, restrictions in uses)
        if request.user.has_perm("wagtailadmin.access_admin") or not by_pages:
            # Editors preview and check partner material; a file no restricted page
            # uses is left to its collection's privacy (Wagtail's own check).
            allowed = True
        else:
            allowed = any(
                page.live and visitor_may_view(page, request, restrictions)
                for page, restrictions in uses
            )
        restricted = by_pages or document.collection.get_view_restrictions().exists()
        decided[document.pk] = Access(allowed, restricted)
    return decided[document.pk]


def decided_access(request, document_id):
    """What `access_to` decided for the document earlier in this request, if anything."""
    return request.__dict__.get("_document_access", {}).get(int(document_id))
