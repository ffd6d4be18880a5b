"""Issue 9: the SQL queries of a page view, uncached, for an anonymous visitor and for a
partner, and that they do not grow with the number of items a page shows."""

import pytest
from wagtail.models import Page

from home.models import Footer
from news.models import NewsIndexPage
from resources.models.pages import ActivityIndexPage, ActivityPage

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

# Issue 9's target is 20 for every public page. Those not there yet have the ceiling
# measured when this test was written, so that they cannot get worse unnoticed; lower
# them as pages get leaner (see the report in the branch's last commit).
PUBLIC_CEILINGS = {
    "home": 30,
    "film page": 24,
    "film library": 23,
    "news index": 23,
    "news post": 27,
    "search": 30,
    "school sign-up": 21,
    "company sign-up": 21,
}

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
PARTNER_CEILING = 42  # the target is 25


@pytest.mark.parametrize("kind", PUBLIC_PAGES)
@pytest.mark.parametrize("language", [0, 1], ids=["da", "en"])
def test_public_pages_cost_a_bounded_number_of_queries(client, kind, language):
    url = PUBLIC_PAGES[kind][language]
    assert count_queries(client, url) <= PUBLIC_CEILINGS.get(kind, 20), url


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
