"""The page cache: anonymous visitors get public pages from the cache, in both languages,
until something they show changes; nobody else's pages are ever kept."""

import datetime
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from home.models.snippets import Footer
from news.models import NewsIndexPage
from tests.helpers import count_queries
from tests.news_helpers import add_post
from tests.partner_helpers import demo_partner

pytestmark = pytest.mark.django_db

PAGES = ["/", "/om-os/", "/nyheder/", "/film/", "/en/", "/en/about-us/", "/en/news/"]


def redis_answers():
    import socket

    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", 6379)) == 0


@pytest.fixture(params=["memory", "redis"])
def page_cache(request, settings):
    """The cache of one process, and Redis (shared by all app servers) where it runs."""
    if request.param == "redis":
        if not redis_answers():
            pytest.skip("no Redis answers on 127.0.0.1:6379")
        from osib_site.settings.base import redis_cache

        settings.CACHES = {
            "default": {
                **redis_cache("redis://127.0.0.1:6379/15"),
                "KEY_PREFIX": f"osib-test-{uuid.uuid4().hex[:8]}",
            }
        }
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change's after-commit work, as a real request's commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def public_news(lang):
    return NewsIndexPage.objects.get(slug={"da": "nyheder", "en": "news"}[lang])


def fetch(client, url):
    response = client.get(url)
    return response, response.content.decode()


@pytest.mark.parametrize("url", PAGES)
def test_a_public_page_is_rendered_once_then_served_from_the_cache(client, page_cache, url):
    first = client.get(url)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    assert count_queries(client, url) == 0  # served without asking the database
    again = client.get(url)
    assert again["X-Cache"] == "hit"
    assert again.content == first.content
    cache_control = again["Cache-Control"]
    assert "public" in cache_control and "s-maxage=300" in cache_control
    assert "max-age=60" in cache_control


@pytest.mark.parametrize("lang", ["da", "en"])
def test_publishing_a_page_renews_it_and_its_listings(client, page_cache, committed, lang):
    index = public_news(lang)
    home = index.get_parent()
    for url in (index.url, home.url):
        assert client.get(url).status_code == 200
    with committed():
        post = add_post(index, f"Cachetest {lang}", timezone.localdate())
    for url in (index.url, home.url, post.url):
        response, text = fetch(client, url)
        assert response["X-Cache"] == "miss"
        assert f"Cachetest {lang}" in text

    with committed():
        post.title = f"Ny titel {lang}"
        post.save_revision().publish()
    response, text = fetch(client, index.url)
    assert response["X-Cache"] == "miss" and f"Ny titel {lang}" in text


def test_a_lost_generation_counter_never_brings_back_an_old_page(client, page_cache, committed):
    """Redis may evict the counter: the pages kept before must not match again."""
    from home.page_cache import GENERATION_KEY

    index = public_news("da")
    assert fetch(client, index.url)[0]["X-Cache"] == "miss"  # kept in the first generation
    with committed():
        post = add_post(index, "Gammel titel", timezone.localdate())
    assert "Gammel titel" in fetch(client, index.url)[1]
    with committed():
        post.title = "Ny titel"
        post.save_revision().publish()
    assert "Ny titel" in fetch(client, index.url)[1]
    cache.delete(GENERATION_KEY)
    for _ in range(2):
        response, text = fetch(client, index.url)
        assert "Ny titel" in text  # the page kept before the change has the old title
    assert response["X-Cache"] == "hit"


def test_an_unpublished_or_deleted_page_is_gone_at_once(client, page_cache, committed):
    index = public_news("da")
    with committed():
        first = add_post(index, "Forsvinder snart", timezone.localdate())
        second = add_post(index, "Slettes snart", timezone.localdate())
    assert client.get(first.url).status_code == 200
    assert client.get(second.url).status_code == 200
    url_of_second = second.url
    with committed():
        first.unpublish()
    assert client.get(first.url).status_code == 404
    with committed():
        Page.objects.get(pk=second.pk).delete()
    assert client.get(url_of_second).status_code == 404
    assert "Slettes snart" not in fetch(client, index.url)[1]


def test_a_moved_page_is_found_at_its_new_address(client, page_cache, committed, page_by_slug):
    index = public_news("da")
    with committed():
        post = add_post(index, "Flyttes", timezone.localdate())
    old_url = post.url
    assert client.get(old_url).status_code == 200
    about = page_by_slug("om-os", "da")
    with committed():
        Page.objects.get(pk=post.pk).move(about, pos="last-child")
    new_url = Page.objects.get(pk=post.pk).url
    moved = client.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, new_url)  # Wagtail's redirect
    assert client.get(new_url).status_code == 200


def test_a_scheduled_page_appears_when_it_is_published(client, page_cache, committed):
    index = public_news("da")
    with committed():
        post = add_post(index, "Planlagt nyhed", timezone.localdate(), publish=False)
        due = timezone.now() - datetime.timedelta(seconds=1)
        post.save_revision(approved_go_live_at=due)
    assert "Planlagt nyhed" not in fetch(client, index.url)[1]
    with committed():
        call_command("publish_scheduled")
    assert "Planlagt nyhed" in fetch(client, index.url)[1]


@pytest.mark.parametrize(("lang", "url"), [("da", "/om-os/"), ("en", "/en/about-us/")])
def test_a_footer_change_reaches_every_kept_page(client, page_cache, committed, lang, url):
    assert client.get(url).status_code == 200
    footer = Footer.objects.get(locale__language_code=lang)
    with committed():
        footer.contact_heading = f"Skriv til os ({lang})"
        footer.save()
    response, text = fetch(client, url)
    assert response["X-Cache"] == "miss"
    assert f"Skriv til os ({lang})" in text


def test_a_menu_change_reaches_every_kept_page(client, page_cache, committed, page_by_slug):
    about = page_by_slug("om-os", "da")
    assert about.show_in_menus
    assert 'href="/om-os/"' in fetch(client, "/film/")[1]
    with committed():
        about.show_in_menus = False
        about.save_revision().publish()
    header = fetch(client, "/film/")[1].split("</header>")[0]
    assert 'href="/om-os/"' not in header


def test_a_page_made_private_is_no_longer_served_to_anyone(
    client, page_cache, committed, page_by_slug
):
    about = page_by_slug("om-os", "da")
    assert client.get(about.url).status_code == 200
    with committed():
        PageViewRestriction.objects.create(page=about, restriction_type="login")
    assert client.get(about.url).status_code == 302


def test_logged_in_people_get_their_own_pages_and_leave_none_behind(client, page_cache, editor):
    response = client.get("/om-os/")
    assert response.status_code == 200
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]  # nor by a CDN
    client.logout()
    anonymous = client.get("/om-os/")
    assert anonymous["X-Cache"] == "miss"  # the editor's copy was not kept
    assert b"wagtail-userbar" not in anonymous.content


def test_a_partners_page_never_reaches_an_anonymous_visitor(client, page_cache):
    from resources.models import PartnerAreaPage

    area = PartnerAreaPage.objects.get(locale__language_code="da")
    client.force_login(demo_partner())
    seen = client.get(area.url)
    assert seen.status_code == 200 and "X-Cache" not in seen
    assert "no-store" in seen["Cache-Control"] or "private" in seen["Cache-Control"]
    client.logout()
    anonymous = client.get(area.url)
    assert anonymous.status_code == 302
    assert area.title.encode() not in anonymous.content


def test_search_results_and_forms_are_never_kept(client, page_cache):
    for url in ("/soeg/?q=skole", "/samarbejd-med-os/tilmeld-skole/"):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert "X-Cache" not in response
            assert "public" not in response["Cache-Control"]
    # A form page sets a CSRF cookie: a shared copy would hand out one visitor's token.
    form = client.get("/samarbejd-med-os/tilmeld-skole/")
    assert "no-cache" in form["Cache-Control"]


def test_previews_are_never_kept(client, page_cache, editor, page_by_slug):
    about = page_by_slug("om-os", "da")
    preview = client.get(f"/admin/pages/{about.pk}/edit/preview/")
    assert "X-Cache" not in preview


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(client, page_cache):
    assert client.get("/om-os/")["X-Cache"] == "miss"
    client.cookies["messages"] = "something"
    response = client.get("/om-os/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]  # nor kept by a CDN ("Du er logget ud.")


def test_a_request_with_credentials_is_marked_private(client, page_cache):
    response = client.get("/om-os/", HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")
    assert "X-Cache" not in response and "private" in response["Cache-Control"]


class PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # noqa: N802 -- the HTTP method's name
        PurgeRecorder.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_publishing_purges_the_page_its_listings_and_translations_from_the_cdn(
    client, page_cache, committed, cdn, page_by_slug
):
    post = page_by_slug("tradium-og-aarhus-tech-er-med", "da")
    english = page_by_slug("tradium-and-aarhus-tech-join", "en")
    assert not post.show_in_menus
    with committed():
        post.save_revision().publish()
    paths = {path for _host, path in cdn}
    assert {post.url, "/nyheder/", "/", english.url, "/en/news/", "/en/", "/sitemap.xml"} <= paths
    # The news index's own addresses: its feed and its topic pages, in each language.
    assert {"/nyheder/feed/", "/en/news/feed/"} <= paths
    assert any(path.startswith("/nyheder/emne/") for path in paths)
    assert any(path.startswith("/en/news/topic/") for path in paths)
    assert "/film/" not in paths  # pages it is not listed on are left alone


def test_a_page_in_the_menu_is_purged_from_every_page(
    client, page_cache, committed, cdn, page_by_slug
):
    """Its title is in the header of every page."""
    about = page_by_slug("om-os", "da")
    assert about.show_in_menus
    with committed():
        about.title = "Om initiativet"
        about.save_revision().publish()
    paths = {path for _host, path in cdn}
    assert {"/om-os/", "/film/", "/nyheder/", "/en/films/"} <= paths


def test_a_moved_page_is_purged_at_its_old_address_too(
    client, page_cache, committed, cdn, page_by_slug
):
    """Its old address may now be nothing, or a partner page's."""
    evaluation = page_by_slug("evalueringen", "da")
    old_url = evaluation.url
    with committed():
        evaluation.move(page_by_slug("om-os", "da"), pos="last-child")
    paths = {path for _host, path in cdn}
    assert old_url in paths
    assert Page.objects.get(pk=evaluation.pk).url in paths


def test_reordering_pages_reaches_the_menu_on_every_kept_page(
    client, page_cache, committed, page_by_slug
):
    """Dragging a page in the admin's list changes the menu's order, not an address."""
    contact = page_by_slug("kontakt", "da")
    header = fetch(client, "/film/")[1].split("</header>")[0]
    assert header.index('href="/kontakt/"') > header.index('href="/om-os/"')
    with committed():
        contact.move(contact.get_parent(), pos="first-child")
    response, text = fetch(client, "/film/")
    header = text.split("</header>")[0]
    assert response["X-Cache"] == "miss"
    assert header.index('href="/kontakt/"') < header.index('href="/om-os/"')


def test_an_alias_made_live_reaches_the_kept_pages(client, page_cache, committed, page_by_slug):
    """Wagtail makes an alias live without publishing it."""
    post = page_by_slug("tradium-og-aarhus-tech-er-med", "da")
    assert "/nyheder/vi-er-med-igen/" not in fetch(client, "/sitemap.xml")[1]
    with committed():
        post.create_alias(update_slug="vi-er-med-igen")
    response, text = fetch(client, "/sitemap.xml")
    assert response["X-Cache"] == "miss"
    assert "/nyheder/vi-er-med-igen/" in text


def test_campaign_parameters_do_not_make_pages_of_their_own(client, page_cache):
    """A film shared on social media: each click carries its own fbclid."""
    assert client.get("/film/")["X-Cache"] == "miss"
    for query in ("?fbclid=abc123", "?utm_source=facebook&utm_campaign=film", "?gclid=x&fbclid=y"):
        response = client.get(f"/film/{query}")
        assert response["X-Cache"] == "hit", query
    # Other parameters make pages of their own, in any order.
    assert client.get("/nyheder/?page=2&utm_medium=x")["X-Cache"] == "miss"
    assert client.get("/nyheder/?utm_medium=y&page=2")["X-Cache"] == "hit"
    # A name given twice: the view reads the last value, so the order counts.
    assert client.get("/nyheder/?page=2&page=1")["X-Cache"] == "miss"
    assert client.get("/nyheder/?page=1&page=2")["X-Cache"] == "miss"


def test_an_address_too_long_to_link_to_is_answered_but_not_kept(client, page_cache):
    url = "/film/?q=" + "x" * 300
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200 and "X-Cache" not in response
