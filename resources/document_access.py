"""Documents (handouts, films, caption tracks) take the privacy of the pages that use
them. A file used by a page behind a view restriction (the partner area) is served only
to visitors who may open a published page that uses it, whatever its collection says: an
editor who puts a tutorial film under the partner area has thereby made its video file
partner-only too, and an unpublished copy of that film elsewhere does not undo it. A
file that no restricted page uses is left to Wagtail's own collection privacy."""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from home.locales import visitor_may_view


def pages_using(document):
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in ids])


def is_restricted(document):
    """Whether the document's collection, or a page that uses it, is restricted."""
    if document.collection.get_view_restrictions().exists():
        return True
    return any(page.get_view_restrictions().exists() for page in pages_using(document))


def visitor_may_download(document, request):
    if request.user.has_perm("wagtailadmin.access_admin"):
        return True  # editors preview and check partner material
    pages = list(pages_using(document))
    if not any(page.get_view_restrictions().exists() for page in pages):
        return True
    return any(page.live and visitor_may_view(page, request) for page in pages)


def restricted_document_headers(document_id, response):
    """A partner-only file may be kept by the visitor's own browser, never by a shared
    cache (a proxy or CDN would hand it to the next visitor)."""
    if response.status_code not in (200, 206, 304):
        return
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None and is_restricted(document):
        response["Cache-Control"] = "private, no-cache"
