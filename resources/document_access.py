"""Documents (handouts, films, caption tracks) take the privacy of the pages that use
them. A file used only by pages behind a view restriction (the partner area) is served
only to visitors who may open one of those pages, whatever its collection says: an
editor who puts a tutorial film under the partner area has thereby made its video file
partner-only too. A file that any page the visitor may open uses, or that no page uses,
is left to Wagtail's own collection privacy."""

from django.contrib.contenttypes.models import ContentType
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


def visitor_may_download(document, request):
    if request.user.has_perm("wagtailadmin.access_admin"):
        return True  # editors preview and check partner material
    pages = list(pages_using(document))
    return not pages or any(visitor_may_view(page, request) for page in pages)
