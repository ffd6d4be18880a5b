"""Lean pages: every page, of every type and in both languages, weighs under 100 KB
with the stylesheets and scripts it loads (uncompressed; images and video excluded),
loads nothing that blocks rendering from another origin, and runs its scripts only
once the page is parsed."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from wagtail.models import Page

from .page_resources import is_same_origin, page_resources
from .partner_helpers import demo_partner

pytestmark = pytest.mark.django_db

BUDGET = 100_000  # bytes: HTML + CSS + JS of one page, uncompressed
# Page types every language must have (the list of pages itself comes from the site,
# so a new page type is weighed as soon as there is one).
PAGE_TYPES = {
    "HomePage",
    "ContentPage",
    "NewsIndexPage",
    "NewsPage",
    "FilmIndexPage",
    "FilmPage",
    "SchoolSignupPage",
    "CompanySignupPage",
}
PARTNER_PAGE_TYPES = {
    "PartnerAreaPage",
    "ActivityIndexPage",
    "ActivityPage",
    "PlaybookPage",
    "OnboardingGuidePage",
    "StandardEmailsPage",
}
# Pages that are views, not Wagtail pages.
OTHER_URLS = [
    "/soeg/?q=skoler",
    "/en/search/?q=schools",
    "/nyheder/emne/skoler/",
    "/en/news/topic/schools/",
    "/konto/log-ind/",
    "/en/account/log-in/",
    "/ingen-side-her/",
    "/en/no-page-here/",
]
CSS_URL = re.compile(r"""(?:@import\s+(?:url\()?|url\()\s*["']?([^"')\s;]+)""")


def pages_by_type():
    """Every live page but the tree's root: {(type name, language): [url, ...]}."""
    found = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        found.setdefault(key, []).append(page)
    return found


def static_file(url):
    name = urlsplit(url).path.removeprefix(settings.STATIC_URL)
    path = finders.find(name)
    assert path, f"{url} is not a static file"
    with open(path, "rb") as file:
        return file.read()


def fetch(client, url):
    if urlsplit(url).path.startswith(settings.STATIC_URL):
        return static_file(url)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content


def css_references(css):
    """What a stylesheet loads: (from other origins, same-origin stylesheets it imports)."""
    referenced = [u for u in CSS_URL.findall(css) if not u.startswith("data:")]
    foreign = [u for u in referenced if not is_same_origin(u)]
    imported = [u for u in referenced if is_same_origin(u) and u.split("?")[0].endswith(".css")]
    return foreign, imported


def weight(client, url):
    """Bytes of the page and of each stylesheet and script it loads (each once, imported
    stylesheets too), and what it would load from other origins."""
    response = client.get(url)
    assert response.status_code in (200, 404), (url, response.status_code)
    resources = page_resources(response)
    loaded = [link["href"] for link in resources.stylesheets]
    loaded += [script["src"] for script in resources.scripts if script.get("src")]
    foreign = [u for u in loaded if not is_same_origin(u)]
    pending = [u for u in loaded if is_same_origin(u)]
    for css in resources.styles:
        foreign_here, imported = css_references(css)
        foreign += foreign_here
        pending += imported
    total, seen = len(response.content), set()
    while pending:
        resource = pending.pop()
        if resource in seen:
            continue
        seen.add(resource)
        content = fetch(client, resource)
        total += len(content)
        if urlsplit(resource).path.endswith(".css"):
            foreign_here, imported = css_references(content.decode())
            foreign += foreign_here
            pending += imported
    return total, foreign, resources


def check_pages(client, urls):
    heavy, foreign_resources, blocking = {}, {}, {}
    for url in urls:
        total, foreign, resources = weight(client, url)
        if total >= BUDGET:
            heavy[url] = total
        if foreign:
            foreign_resources[url] = foreign
        for script in resources.scripts:
            if script.get("src"):
                runs_late = "defer" in script or script.get("type") == "module"
            else:  # inline: only data, never code (the CSP forbids inline scripts)
                runs_late = "json" in (script.get("type") or "")
            if not runs_late:
                blocking.setdefault(url, []).append(script.get("src") or "inline script")
    assert not heavy, f"over {BUDGET} bytes with CSS and JS: {heavy}"
    assert not foreign_resources, f"scripts, styles or fonts from elsewhere: {foreign_resources}"
    assert not blocking, f"scripts that block parsing: {blocking}"


def test_every_public_page_is_light_and_loads_nothing_from_elsewhere(client):
    found = pages_by_type()
    public = Page.objects.live().public().filter(depth__gt=1)
    public_ids = set(public.values_list("pk", flat=True))
    for language in ("da", "en"):
        assert {kind for kind, lang in found if lang == language} >= PAGE_TYPES
    urls = [page.url for pages in found.values() for page in pages if page.pk in public_ids]
    check_pages(client, urls + OTHER_URLS)


def test_every_partner_area_page_is_light_and_loads_nothing_from_elsewhere():
    partner = Client()
    partner.force_login(demo_partner())
    found = pages_by_type()
    for language in ("da", "en"):
        assert {kind for kind, lang in found if lang == language} >= PARTNER_PAGE_TYPES
    partner_pages = [pages for (kind, _), pages in found.items() if kind in PARTNER_PAGE_TYPES]
    urls = [page.url for pages in partner_pages for page in pages]
    check_pages(partner, urls)


def test_the_weight_counts_the_stylesheet_and_scripts(client):
    """The measure itself: a page weighs its HTML plus every file it loads."""
    response = client.get("/")
    total, _foreign, resources = weight(client, "/")
    loaded = [link["href"] for link in resources.stylesheets]
    loaded += [script["src"] for script in resources.scripts if script.get("src")]
    assert len(loaded) >= 2
    assert total == len(response.content) + sum(len(static_file(url)) for url in set(loaded))
