from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemap import robots_txt, sitemap_view
from home.views import authenticate_with_password_in_pages_language, serve_in_visitors_language
from resources.views import serve_document

from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view (with its permission checks), answering byte ranges.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]


def public_media_urlpatterns():
    """Development only: serve images from MEDIA_ROOT as a proxy would in production.
    Documents (handouts, films, captions) are left out on purpose: they are served by
    /documents/... after the permission check, never straight from the folder."""
    from django.http import Http404
    from django.views.static import serve

    def serve_image(request, path):
        # The address is decoded before it is matched: images/..%2fdocuments/ must not
        # reach the documents folder.
        if ".." in path.split("/") or "\\" in path:
            raise Http404
        return serve(request, path, document_root=settings.MEDIA_ROOT)

    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>(?:images|original_images)/.+)$", serve_image)]


if settings.BENCH_MODE:
    from home.bench.instrumentation import BARE_PATH, bare_view

    urlpatterns.insert(0, path(BARE_PATH.lstrip("/"), bare_view))

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += public_media_urlpatterns()

# Danish, the default language, is served without a prefix (/om-os/); English under /en/.
# Without a prefix the language is always Danish, whatever the browser or a cookie says.
urlpatterns += i18n_patterns(
    # The partners' account pages (log in, passwords, invitations), before the pages.
    path("", include("resources.urls")),
    path("", include("search.urls")),
    # Wagtail's own visitors' log-in: one log-in page for the whole site, the partners'.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="partner_login", permanent=True, query_string=True),
    ),
    # Wagtail's page view, wrapped to help visitors who ask in the wrong language. It
    # leaves the /_util/ views (log in and password form for private pages) to the
    # patterns below: the password form wrapped to speak the page's language, the rest
    # Wagtail's own.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", serve_in_visitors_language, name="wagtail_serve"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password_in_pages_language,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
