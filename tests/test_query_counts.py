"""Issue 9: the SQL queries of a page view, uncached, for an anonymous visitor and for a
partner, and that they do not grow with the number of items a page shows."""

import pytest
from wagtail.images import get_image_model
from wagtail.models import Page

from films.models import FilmIndexPage
from home.models import Footer, Topic
from news.models import NewsIndexPage, NewsPage
from resources.models.pages import ActivityIndexPage, ActivityPage

from .films_helpers import add_film
from .helpers import count_queries, text_of
from .news_helpers import add_post
from .partner_helpers import demo_partner

pytestmark = pytest.mark.django_db

# The pages of each type in the demo content, in both languages.
PUBLIC_PAGES = {
    "home": ("/", "/en/"),
    "content page": ("/om-os/", "/en/about-us/"),
    "school sign-up": (
        "/samarbejd-med-os/tilmeld-skole/",
        "/en/collaborate-with-us/sign-up-school/",
    ),
    "company sign-up": (
        "/samarbejd-med-os/tilmeld-virksomhed/",
        "/en/collaborate-with-us/sign-up-company/",
    ),
    "film library": ("/film/", "/en/films/"),
    "film page": ("/film/hvad-er-os-i-branchen/", "/en/films/what-is-us-in-the-industry/"),
    "news index": ("/nyheder/", "/en/news/"),
    "news post": (
        "/nyheder/tradium-og-aarhus-tech-er-med/",
        "/en/news/tradium-and-aarhus-tech-join/",
    ),
    "search": ("/soeg/?q=skole", "/en/search/?q=school"),
}

# Issue 9's target: at most 20 queries for every public page, in both languages.
PUBLIC_CEILING = 20

PARTNER_PAGES = [
    "/partner/",
    "/en/partner/",
    "/partner/aktiviteter/",
    "/partner/aktiviteter/velkomstdag/",
    "/partner/drejebog/",
    "/partner/standardmails/",
    "/partner/kom-i-gang-skoleleder/",
    "/partner/instruktionsfilm/",
    "/partner/nyt-til-partnere/",
]
# Issue 9 aims at 25 for a signed-in partner; measured at most 24 (the start page in
# English): a partner's session, user, groups and permissions cost a few of their own.
PARTNER_CEILING = 24


@pytest.mark.parametrize("kind", PUBLIC_PAGES)
@pytest.mark.parametrize("language", [0, 1], ids=["da", "en"])
def test_public_pages_cost_a_bounded_number_of_queries(client, kind, language):
    url = PUBLIC_PAGES[kind][language]
    assert count_queries(client, url) <= PUBLIC_CEILING, url


@pytest.mark.parametrize("url", PARTNER_PAGES)
def test_partner_pages_cost_a_bounded_number_of_queries(client, url):
    client.force_login(demo_partner())
    assert count_queries(client, url) <= PARTNER_CEILING, url


def test_home_page_queries_do_not_grow_with_the_news(client, page_by_slug):
    news = NewsIndexPage.objects.get(locale__language_code="da", slug="nyheder")
    counts = {}
    for posts in (5, 50):
        for number in range(len(counts) * 5, posts):
            add_post(news, f"Nyhed {number}", "2030-01-01", slug=f"nyhed-{number}")
        counts[posts] = (count_queries(client, "/"), count_queries(client, "/en/"))
    assert "Nyhed" in text_of(client.get("/"))
    assert counts[5] == counts[50]


def test_activity_index_queries_do_not_grow_with_the_activities(client):
    client.force_login(demo_partner())
    index = ActivityIndexPage.objects.get(locale__language_code="da")
    counts = {}
    made = 0
    for activities in (5, 50):
        while made < activities:
            activity = ActivityPage(
                title=f"Aktivitet {made}",
                slug=f"aktivitet-{made}",
                purpose="Formål",
                timing="45 minutter",
                group_size="Hele klassen",
            )
            index.add_child(instance=activity)
            activity.save_revision().publish()
            made += 1
        counts[activities] = count_queries(client, index.url)
    assert "Aktivitet 49" in text_of(client.get(index.url))
    assert counts[5] == counts[50]


def footer_with_links(count):
    footer = Footer.objects.get(locale__language_code="da")
    pages = list(Page.objects.filter(depth=3, locale__language_code="da").live().public())
    footer.links = [
        ("link", {"page": pages[number % len(pages)], "url": "", "label": ""})
        for number in range(count)
    ]
    footer.save()


@pytest.mark.parametrize("url", ["/", "/om-os/", "/en/about-us/"])
def test_footer_links_cost_no_query_each(client, url):
    footer_with_links(2)
    few = count_queries(client, url)
    footer_with_links(12)
    assert count_queries(client, url) == few


def topic_and_image():
    """A topic (pages link to the default language's) and an image, so that the pages
    made below show everything a card or result can show."""
    topic = Topic.objects.filter(locale__language_code="da").order_by("pk").first()
    return topic, get_image_model().objects.order_by("pk").first()


def grow(made, wanted, make):
    """Make pages until there are `wanted` (`made` is how many there are)."""
    for number in range(made, wanted):
        make(number)
    return wanted


def counts_with_5_and_50(client, url, make):
    """The queries of `url` with 5 pages made by `make(number)`, then with 50."""
    counts, made = {}, 0
    for wanted in (5, 50):
        made = grow(made, wanted, make)
        counts[wanted] = count_queries(client, url)
    return counts


@pytest.mark.parametrize("language", ["da", "en"])
def test_news_index_queries_do_not_grow_with_the_posts(client, language):
    index = NewsIndexPage.objects.get(locale__language_code=language, depth=3)
    topic, image = topic_and_image()

    def make(number):
        add_post(
            index,
            f"Posten {number}",
            "2030-01-01",
            slug=f"posten-{number}",
            topics=[topic],
            main_image=image,
        )

    counts = counts_with_5_and_50(client, index.url, make)
    assert "Posten 49" in text_of(client.get(index.url))
    assert counts[5] == counts[50]


@pytest.mark.parametrize("language", ["da", "en"])
def test_film_library_queries_do_not_grow_with_the_films(client, language):
    library = FilmIndexPage.objects.get(locale__language_code=language, depth=3)
    topic, image = topic_and_image()

    def make(number):
        add_film(library, f"Filmen {number}", slug=f"filmen-{number}", topics=[topic], poster=image)

    counts = counts_with_5_and_50(client, library.url, make)
    assert "Filmen 4" in text_of(client.get(library.url))
    assert counts[5] == counts[50]


def test_news_post_queries_do_not_grow_with_the_news_about_the_same(client):
    post = NewsPage.objects.get(slug="tradium-og-aarhus-tech-er-med")
    topic = post.topic_links.first().topic
    index = post.get_parent()
    _topic, image = topic_and_image()

    def make(number):
        add_post(
            index,
            f"Beslaegtet {number}",
            "2031-01-01",
            slug=f"beslaegtet-{number}",
            topics=[topic],
            main_image=image,
        )

    counts = counts_with_5_and_50(client, post.url, make)
    assert "Beslaegtet" in text_of(client.get(post.url))
    assert counts[5] == counts[50]


def test_sitemap_queries_do_not_grow_with_the_pages(client):
    index = NewsIndexPage.objects.get(locale__language_code="da", depth=3)
    counts, made = {}, 0
    for posts in (5, 50):
        made = grow(made, posts, lambda n: add_post(index, f"Kort {n}", "2030-01-01"))
        counts[posts] = count_queries(client, "/sitemap.xml")
    assert "kort-49" in client.get("/sitemap.xml").content.decode()
    assert counts[5] == counts[50]


def test_search_queries_do_not_grow_with_the_results_shown(client):
    """Each result's summary is made of its text, the pages its buttons link to and its
    topics: read for all the results together."""
    index = NewsIndexPage.objects.get(locale__language_code="da", depth=3)
    topic, image = topic_and_image()
    linked = Page.objects.get(slug="om-os", locale__language_code="da")

    def make(number):
        button = {"page": linked, "url": "", "label": ""}
        add_post(
            index,
            f"Odderfjord {number}",
            "2030-01-01",
            topics=[topic],
            main_image=image,
            body=[
                (
                    "call_to_action",
                    {"heading": "Odderfjord", "text": "", "link": button, "style": "signal"},
                )
            ],
        )

    counts, made = {}, 0
    for results in (2, 10):
        made = grow(made, results, make)
        counts[results] = count_queries(client, "/soeg/?q=odderfjord")
    assert "10 resultater" in text_of(client.get("/soeg/?q=odderfjord"))
    assert counts[2] == counts[10]
