from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document

from home.byte_ranges import with_byte_ranges
from resources.document_access import decided_access


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (its permission hooks decide who gets the file), with
    byte ranges, and never kept by a shared cache when not everyone may have it."""
    response = wagtail_serve_document(request, document_id, document_filename)
    access = decided_access(request, document_id)
    if response.status_code == 302 and settings.WAGTAILDOCS_SERVE_METHOD == "redirect":
        document = get_document_model().objects.get(pk=document_id)
        if document.filename.lower().endswith(CAPTION_EXTENSIONS) and leads_to_file(
            response, document
        ):
            return caption_from_store(document, access)
        # On object storage: to a signed URL that expires. A file everyone may have can
        # be kept by browsers and CDNs for a fifth of the URL's life (so a kept redirect
        # always leads to a URL that still works); any other, by nobody.
        if access is not None and not access.restricted:
            lifetime = max(1, settings.AWS_QUERYSTRING_EXPIRE // 5)
            response["Cache-Control"] = f"public, max-age={lifetime}"
        else:
            response["Cache-Control"] = "private, no-store"
        return response
    if access is not None and access.restricted and response.status_code in (200, 304):
        # A proxy or CDN would hand a partner-only file to the next visitor.
        response["Cache-Control"] = "private, no-cache"
    return with_byte_ranges(request, response)


# A browser loads a <track> only from the page's own origin (or with CORS): captions
# are passed on by the site instead of a redirect to the store. They are small.
CAPTION_EXTENSIONS = (".vtt",)


def leads_to_file(response, document):
    """Wagtail's redirect is to the file itself (the visitor may have it), not to the
    log-in page."""
    key = document.file.storage._normalize_name(document.file.name)
    return unquote(urlsplit(response["Location"]).path).endswith(f"/{key}")


def caption_from_store(document, access):
    try:
        with document.file.open("rb") as caption:
            content = caption.read()
    except OSError:
        return HttpResponse(
            _("The captions could not be fetched. Try again in a moment."),
            status=503,
            content_type="text/plain; charset=utf-8",
            headers={"Retry-After": "30", "Cache-Control": "no-store"},
        )
    response = HttpResponse(content, content_type="text/vtt; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    if access is not None and not access.restricted:
        response["Cache-Control"] = "public, max-age=3600"
    else:
        response["Cache-Control"] = "private, no-cache"
    return response
