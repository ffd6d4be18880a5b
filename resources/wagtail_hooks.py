from wagtail import hooks
from wagtail.wagtail_hooks import require_wagtail_login

from resources.admin_views import register_admin_views
from resources.document_access import access_to
from resources.no_access import no_access_response, refuses_signed_in_visitor


@hooks.register("before_serve_document")
def serve_documents_only_to_those_who_may_see_them(document, request):
    if access_to(document, request).allowed:
        return None
    if not request.user.is_authenticated:
        return require_wagtail_login(next=request.get_full_path())
    return no_access_response(request)


@hooks.register("before_serve_page")
def no_access_page_for_signed_in_visitors(page, request, args, kwargs):
    """Wagtail sends everyone who fails a group restriction to the log-in form; a person
    who is signed in already gets a page explaining that the area is for partners."""
    if refuses_signed_in_visitor(page, request):
        return no_access_response(request)
    return None


register_admin_views()
