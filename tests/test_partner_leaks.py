"""Nothing in the partner area reaches anyone but partners, by any path: for every kind
of restricted object and each way to it, an anonymous visitor, a signed-in non-partner
and a deactivated partner get nothing; only the partner gets it."""

import html

import pytest
from wagtail.models import Page

from films.models import FilmPage
from news.models import NewsIndexPage, NewsPage
from resources.models import (
    ActivityIndexPage,
    ActivityPage,
    OnboardingGuidePage,
    PartnerAreaPage,
    PlaybookPage,
    StandardEmailsPage,
)
from tests.partner_helpers import deactivated_partner, demo_partner, demo_visitor

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    PartnerAreaPage,
    OnboardingGuidePage,
    ActivityIndexPage,
    ActivityPage,
    PlaybookPage,
    StandardEmailsPage,
]


def restricted_pages():
    """One page of each type in the area, in each language, plus tutorial films and
    partner news (films and news that live in the area)."""
    area = PartnerAreaPage.objects.get(locale__language_code="da")
    pages = []
    for lang in ("da", "en"):
        for model in PAGE_TYPES:
            pages.append(model.objects.filter(locale__language_code=lang).first())
        under = Page.objects.filter(locale__language_code=lang)
        pages.append(
            FilmPage.objects.filter(
                locale__language_code=lang,
                translation_key__in=FilmPage.objects.descendant_of(area).values("translation_key"),
            ).first()
        )
        pages.append(
            NewsPage.objects.filter(
                locale__language_code=lang,
                translation_key__in=NewsPage.objects.descendant_of(area).values("translation_key"),
            ).first()
        )
        assert under.exists()
    assert all(pages), pages
    return pages


def restricted_documents():
    handout = ActivityPage.objects.filter(locale__language_code="da").first().handouts[0]
    film = FilmPage.objects.descendant_of(
        PartnerAreaPage.objects.get(locale__language_code="da")
    ).first()
    return [handout.value["document"], film.specific.video_file]


def sign_in(client, who):
    if who == "partner":
        client.force_login(demo_partner())
    elif who == "visitor":
        client.force_login(demo_visitor())
    elif who == "deactivated":
        client.force_login(deactivated_partner())


WHO = ["anonymous", "visitor", "deactivated", "partner"]


def refused(response, who):
    """Anonymous and deactivated people are sent to the partners' log-in; a signed-in
    non-partner gets the "no access" page (never a log-in form again)."""
    if who == "visitor":
        return response.status_code == 403 and b'type="password"' not in response.content
    return (
        response.status_code == 302
        and "/konto/" in response["Location"]
        or (response.status_code == 302 and "/account/" in response["Location"])
    )


@pytest.mark.parametrize("who", WHO)
def test_pages_of_every_type_in_both_languages(client, who):
    sign_in(client, who)
    for page in restricted_pages():
        response = client.get(page.url)
        if who == "partner":
            assert response.status_code == 200, page.url
            assert html.escape(page.title).encode() in response.content
        else:
            assert refused(response, who), (page.url, response.status_code)
            assert html.escape(page.title).encode() not in response.content
        # Never kept by a shared cache, whoever asked.
        assert "private" in response["Cache-Control"], page.url
        assert "no-store" in response["Cache-Control"], page.url


@pytest.mark.parametrize("who", WHO)
def test_documents_handouts_and_film_files(client, who):
    sign_in(client, who)
    for document in restricted_documents():
        response = client.get(document.url)
        if who == "partner":
            assert response.status_code == 200, document.url
            body = b"".join(response.streaming_content)
            with document.file.open("rb") as stored:
                assert body == stored.read()
            assert "private" in response["Cache-Control"]
        else:
            assert refused(response, who), (document.url, response.status_code)


@pytest.mark.parametrize("who", WHO)
def test_media_file_addresses_serve_nothing(client, who, settings):
    """Files are only ever served by /documents/... after the check, never from the
    storage's own address (which a proxy or a shared link could reach)."""
    sign_in(client, who)
    for document in restricted_documents():
        assert client.get(settings.MEDIA_URL + document.file.name).status_code == 404


@pytest.mark.parametrize("who", ["anonymous", "visitor", "deactivated"])
def test_listings_sitemap_feeds_and_menus_show_nothing(client, who):
    sign_in(client, who)
    titles = [page.title for page in restricted_pages()]
    urls = [page.url for page in restricted_pages()]
    shown = b""
    for address in ("/", "/en/", "/nyheder/", "/en/news/", "/film/", "/en/films/"):
        response = client.get(address)
        assert response.status_code == 200, address
        shown += response.content
    for feed in ("/nyheder/feed/", "/en/news/feed/"):
        shown += client.get(feed).content
    sitemap = client.get("/sitemap.xml").content
    for title in titles:
        assert html.escape(title).encode() not in shown, title
    for url in urls:
        assert f'href="{url}"'.encode() not in shown, url
        assert url.encode() not in sitemap, url


def test_partner_sees_the_area_in_the_header_but_the_sitemap_stays_public(client):
    client.force_login(demo_partner())
    home = client.get("/")
    area = PartnerAreaPage.objects.get(locale__language_code="da")
    assert f'href="{area.url}"'.encode() in home.content
    assert area.url.encode() not in client.get("/sitemap.xml").content


@pytest.mark.parametrize("who", ["anonymous", "visitor", "deactivated"])
def test_previews_and_admin_screens(client, who):
    sign_in(client, who)
    for page in restricted_pages()[:6]:
        for address in (
            f"/admin/pages/{page.pk}/view_draft/",
            f"/admin/pages/{page.pk}/edit/preview/",
            f"/admin/pages/{page.pk}/edit/",
        ):
            response = client.get(address)
            assert response.status_code in (302, 403), (address, response.status_code)
            assert html.escape(page.title).encode() not in response.content
    for address in ("/admin/snippets/resources/standardemail/", "/admin/partner-area/staff/"):
        response = client.get(address)
        assert response.status_code in (302, 403)
        assert b"Invitation til virksomhed" not in response.content


@pytest.mark.parametrize("who", WHO)
def test_the_partner_news_feed(client, who):
    sign_in(client, who)
    for index in NewsIndexPage.objects.filter(slug__in=["nyt-til-partnere", "news-for-partners"]):
        response = client.get(index.url + "feed/")
        if who == "partner":
            assert response.status_code == 200
            assert b"<rss" in response.content
        else:
            assert refused(response, who), response.status_code
            assert b"<rss" not in response.content


@pytest.mark.parametrize("who", WHO)
def test_standard_email_texts(client, who):
    sign_in(client, who)
    for address in ("/partner/standardmails/", "/en/partner/standard-emails/"):
        response = client.get(address)
        if who == "partner":
            assert b"Demo Erhvervsskole" in response.content
        else:
            assert refused(response, who)
            assert b"Demo Erhvervsskole" not in response.content


def test_private_page_in_the_wrong_language_is_not_even_named(client):
    """A Danish partner address asked for under /en/ is a plain 404, not a pointer."""
    response = client.get("/en/partner/drejebog/")
    assert response.status_code == 404
    assert b"Drejebog" not in response.content


def test_editors_check_the_area_on_the_site(client, editor):
    assert client.get("/partner/drejebog/").status_code == 200


def test_documents_are_in_the_partner_collection():
    for document in restricted_documents():
        assert document.collection.get_view_restrictions().exists()
