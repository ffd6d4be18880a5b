from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.wagtail_hooks import require_wagtail_login

from resources.document_access import access_to


@hooks.register("before_serve_document")
def serve_documents_only_to_those_who_may_see_them(document, request):
    if access_to(document, request).allowed:
        return None
    if not request.user.is_authenticated:
        return require_wagtail_login(next=request.get_full_path())
    raise PermissionDenied
