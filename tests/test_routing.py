"""home.routing finds the page (and routable page view) Wagtail's own routing finds for
every address, in fewer queries."""

import re

import pytest
from django.test import RequestFactory
from django.urls import resolve
from django.utils import translation
from osib_site.middleware import language_from_url_prefix
from wagtail.models import Page

from home.models import ContentPage
from home.routing import route_for_request

from .helpers import count_queries, text_of

pytestmark = pytest.mark.django_db


def describe(result):
    if result is None:
        return None
    page, args, kwargs = result
    if args:  # a routable page: (view, view's args, view's kwargs)
        view, view_args, view_kwargs = args
        args = (view.__func__.__name__, tuple(view_args), dict(view_kwargs))
    return (page.pk, type(page), args, kwargs)


def both_routes(url):
    with translation.override(language_from_url_prefix(url)):
        match = resolve(url)
        assert match.url_name == "wagtail_serve", url
        path = match.args[0]
        ours = route_for_request(RequestFactory().get(url), path)
        wagtails = Page.route_for_request(RequestFactory().get(url), path)
    return describe(ours), describe(wagtails)


def addresses():
    """Every page's address, each news index's feed and topic pages, a sign-up form's
    thank-you page, and addresses of nothing."""
    urls = []
    for page in Page.objects.filter(depth__gt=1).specific():
        url = page.get_url()
        if url is None:
            continue
        urls += [url, url + "findes-ikke/", url + "findes/ikke/"]
        if hasattr(page, "feed_subpath"):
            urls += [url + "feed/", url + "emne/netvaerk/", url + "topic/network/"]
        if hasattr(page, "thanks_url"):
            urls += [url + "tak/", url + "thank-you/"]
    return urls + ["/findes-ikke/", "/en/does-not-exist/", "/en/om-os/", "/nyheder/feed/x/"]


def test_every_address_routes_as_wagtail_routes_it(db):
    checked = 0
    for url in addresses():
        ours, wagtails = both_routes(url)
        assert ours == wagtails, url
        checked += ours is not None
    assert checked > 40


def live_page_below_a_draft(page_by_slug):
    """/om-os/kladde/ a draft, /om-os/kladde/under-kladden/ a live page below it."""
    about = page_by_slug("om-os", "da")
    draft = ContentPage(title="Kladde", slug="kladde", live=False)
    about.add_child(instance=draft)
    draft.save_revision()
    below = ContentPage(title="Under kladden", slug="under-kladden")
    draft.add_child(instance=below)
    below.save_revision().publish()
    return below


def test_drafts_and_pages_below_drafts_route_as_wagtail_routes_them(page_by_slug):
    below = live_page_below_a_draft(page_by_slug)
    for url in ("/om-os/kladde/", "/om-os/kladde/under-kladden/"):
        ours, wagtails = both_routes(url)
        assert ours == wagtails, url
    assert both_routes("/om-os/kladde/")[0] is None
    assert both_routes("/om-os/kladde/under-kladden/")[0][0] == below.pk


def test_breadcrumbs_from_routing_leave_out_unpublished_ancestors(client, page_by_slug):
    live_page_below_a_draft(page_by_slug)
    html = client.get("/om-os/kladde/under-kladden/").content.decode()
    trail = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert 'href="/om-os/"' in trail and "Kladde" not in trail
    assert "Under kladden" in text_of(client.get("/om-os/kladde/under-kladden/"))


def test_a_deeper_page_costs_no_more_queries(client, page_by_slug):
    """The pages along an address are read in one query, however deep it is (and its
    breadcrumbs are those pages). Each page compared has a subpage."""
    parent = page_by_slug("om-os", "da")
    urls = []
    for depth in range(5):
        child = ContentPage(title=f"Niveau {depth}", slug=f"niveau-{depth}")
        parent.add_child(instance=child)
        child.save_revision().publish()
        urls.append(child.url)
        parent = child
    assert count_queries(client, urls[0]) == count_queries(client, urls[3])
    assert text_of(client.get(urls[3])).count("Niveau") >= 4
