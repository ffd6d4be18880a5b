"""Template tags for the site shell: navigation, language switcher, footer, partners."""

from django import template
from django.utils import translation
from wagtail.models import Page, Site

from home.locales import (
    LANGUAGE_NAMES,
    language_versions,
    locale_of,
    private_q,
    untranslated_copy_q,
)
from home.models import Footer, Partner
from home.routing import ancestors_from_route, live_home_translation

register = template.Library()


def localized_home(request):
    """The home page in the visitor's language, or None if it has no live translation."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    # What `site.root_page.localized` gives when it is in the visitor's language (the
    # same look-up as routing's, remembered for the request).
    home = live_home_translation(site)
    if home is None or locale_of(home).language_code != translation.get_language():
        return None
    return home


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context.get("request")
    return localized_home(request) if request else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live, public, real pages below the home page that editors mark 'show in menus'."""
    request = context.get("request")
    home = localized_home(request) if request else None
    if home is None:
        return []
    return list(
        home.get_children()
        .live()
        .exclude(private_q())
        .in_menu()
        .exclude(untranslated_copy_q())
        .only("id", "title", "url_path", "path", "depth", "locale_id", "draft_title")
    )


@register.simple_tag(takes_context=True)
def switcher_versions(context):
    """Language versions for the switcher: those of the current page, or, on pages that
    are not Wagtail pages (404, login...), the home page in each language."""
    if "language_versions" in context:
        return context["language_versions"]
    request = context.get("request")
    if request is None:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    versions = language_versions(site.root_page, request)
    active = translation.get_language()
    for version in versions:
        version["is_current"] = version["code"] == active
    return versions


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the root, for the breadcrumb trail: only live, real
    pages of the page's own language (an untranslated copy in the English tree would
    show Danish text and lead to a 404)."""
    if not isinstance(page, Page) or page.depth <= 3:
        return []
    passed = ancestors_from_route(page)
    if (
        passed is not None
        and [ancestor.depth for ancestor in passed] == list(range(2, page.depth))
        and all(ancestor.alias_of_id is None for ancestor in passed)
    ):
        # The pages routing read on its way here, when they are all of them (and none is
        # a copy, whose source's language would need another look).
        return [ancestor for ancestor in passed if ancestor.live]
    return list(
        page.get_ancestors()
        .filter(depth__gte=2)
        .live()
        .exclude(untranslated_copy_q())
        .only("id", "title", "url_path", "path", "depth", "locale_id", "draft_title")
    )


@register.simple_tag
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


@register.simple_tag
def site_footer():
    return Footer.for_active_language()


@register.simple_tag
def site_partners():
    return Partner.for_active_language()


@register.filter
def is_ancestor_of(menu_page, page):
    """Marks the menu item of the section the visitor is in."""
    if not isinstance(page, Page):
        return False
    return page.path.startswith(menu_page.path)
