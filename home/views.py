"""Serving pages in the visitor's language, and what to say when a page is not there."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.locales import is_public, language_versions, real_translations
from home.routing import route_for_request


def serve_in_visitors_language(request, path):
    """Wagtail's page view, plus help for a visitor who asked for a page in a language
    it does not exist in (for example a Danish address under /en/). The page is found
    by home.routing, which Wagtail's view then uses as its own routing's result."""
    try:
        route_for_request(request, path)
        return wagtail_views.serve(request, path)
    except Http404:
        response = page_in_another_language(request, path)
        if response is None:
            raise
        return response


def page_in_another_language(request, path):
    """If `path` names a public page in another language's tree, send the visitor to
    its translation in their language, or explain that there is none yet."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    active = translation.get_language()
    components = [component for component in path.split("/") if component]
    for code, _name in settings.LANGUAGES:
        if code == active:
            continue
        try:
            with translation.override(code):
                page = site.root_page.localized.specific.route(request, components).page
        except Http404:
            continue
        if page.locale.language_code != code or not is_public(page):
            continue  # that language's tree fell back to another language, or private
        for translated in real_translations(page):
            if translated.locale.language_code == active:
                return redirect(with_query_string(translated.get_url(request), request))
        return not_translated_response(request, page)
    return None


def with_query_string(url, request):
    """Campaign and tracking parameters survive the redirect to the right language."""
    query = request.META.get("QUERY_STRING")
    return f"{url}?{query}" if query else url


def not_translated_response(request, page):
    """404 in the visitor's language, linking to the languages the page does exist in."""
    available = [
        p for p in real_translations(page) if p.get_url(request) is not None and is_public(p)
    ]
    versions = language_versions(available[0], request) if available else []
    active = translation.get_language()
    for version in versions:
        version["is_current"] = version["code"] == active
    return render(
        request,
        "404_not_translated.html",
        {"available_versions": available, "language_versions": versions},
        status=404,
    )


def authenticate_with_password_in_pages_language(request, page_view_restriction_id, page_id):
    """Wagtail's password form for a protected page, always in that page's language,
    whichever language prefix the address it was sent to carries."""
    page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id)
    with translation.override(page.locale.language_code):
        response = wagtail_views.authenticate_with_password(
            request, page_view_restriction_id, page_id
        )
        if hasattr(response, "render"):
            response.render()  # while the page's language is active
    return response
