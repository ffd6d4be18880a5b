"""News: the index newest first with pagination that cannot break, topic pages with
their own addresses, the latest posts on the home page, related posts, an RSS feed per
language with only live public posts, scheduled publishing, and listings whose cost
does not grow with the number of posts."""

import datetime
import html
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.models import Topic
from news.models import NewsIndexPage, NewsPage

from .helpers import count_queries, text_of
from .localize_helpers import translate_and_publish
from .news_helpers import add_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(page_by_slug):
    return page_by_slug("nyheder", "da")


def titles(response):
    found = re.findall(
        r'class="news-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )
    return [html.unescape(title) for title in found]


def test_index_lists_its_languages_posts_newest_first(client):
    danish = titles(client.get("/nyheder/"))
    assert danish[:3] == [
        "Vi lykkes som et hold",
        "Forsøget er slut – nu analyseres resultaterne",
        "Tre gode råd til virksomhedsbesøget",
    ]
    assert danish[-1] == "Lærerne klædes på inden skolestart"
    assert len(danish) == 8
    english = titles(client.get("/en/news/"))
    assert len(english) == 6  # two posts are not translated, and are not shown as English
    assert english[0] == "We succeed as a team"
    assert not set(danish) & set(english)


def test_drafts_and_restricted_posts_are_not_listed(client, news):
    add_post(news, "Kladde", "2026-12-01", publish=False)
    secret = add_post(news, "Kun for partnere", "2026-12-02", slug="kun-for-partnere")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    listed = titles(client.get("/nyheder/"))
    assert "Kladde" not in listed and "Kun for partnere" not in listed
    assert "Kun for partnere" not in client.get("/").content.decode()


@pytest.fixture
def many_posts(news):
    start = datetime.date(2025, 1, 1)
    for number in range(25):
        add_post(news, f"Post {number:02d}", start + datetime.timedelta(days=number))


@pytest.mark.parametrize(
    ("page", "first"),
    [
        ("1", "Vi lykkes som et hold"),
        ("2", "Post 22"),
        ("4", "Post 02"),
        ("99", "Post 02"),
        ("0", "Vi lykkes som et hold"),
        ("-3", "Vi lykkes som et hold"),
        ("abc", "Vi lykkes som et hold"),
        ("2.5", "Vi lykkes som et hold"),
        ("%F0%9F%98%80", "Vi lykkes som et hold"),
    ],
)
def test_pagination_always_shows_a_real_page(client, many_posts, page, first):
    response = client.get(f"/nyheder/?page={page}")
    assert response.status_code == 200
    assert titles(response)[0] == first


def test_later_pages_are_linked_and_not_indexed(client, many_posts):
    html = client.get("/nyheder/").content.decode()
    assert 'href="?page=2"' in html and 'rel="next"' in html
    assert 'content="noindex' not in html
    assert 'content="noindex' in client.get("/nyheder/?page=2").content.decode()


def test_topic_pages_have_their_own_address_in_each_language(client):
    danish = client.get("/nyheder/emne/virksomheder/")
    assert titles(danish) == [
        "Tre gode råd til virksomhedsbesøget",
        "»Eleverne stillede de bedste spørgsmål«",
    ]
    assert "<h1>" in danish.content.decode() and "Virksomheder" in text_of(danish)
    english = client.get("/en/news/topic/companies/")
    assert titles(english) == [
        "Three tips for the company visit",
        "“The students asked the best questions”",
    ]
    # Each language's word in the address; unknown topics are a plain 404.
    assert client.get("/en/news/emne/virksomheder/").status_code == 404
    assert client.get("/nyheder/topic/companies/").status_code == 404
    assert client.get("/nyheder/emne/findes-ikke/").status_code == 404
    assert client.get("/nyheder/emne/%3Cscript%3E/").status_code == 404


def test_cards_link_to_topic_pages_named_in_the_visitors_language(client):
    english = client.get("/en/news/").content.decode()
    assert '<a href="/en/news/topic/companies/">Companies</a>' in english
    assert "Virksomheder" not in english
    danish = client.get("/nyheder/").content.decode()
    assert '<a href="/nyheder/emne/virksomheder/">Virksomheder</a>' in danish


def test_an_untranslated_topic_shows_its_danish_name_marked_as_danish(client, news, english):
    topic = Topic.objects.create(name="Kun på dansk", locale=news.locale)
    post = add_post(news, "Dansk emne", "2026-12-03", slug="dansk-emne", topics=[topic])
    html = client.get(post.url).content.decode()
    assert '<a href="/nyheder/emne/kun-paa-dansk/">Kun på dansk</a>' in html


def test_home_page_shows_the_three_latest_posts_of_its_language(client):
    assert titles(client.get("/")) == [
        "Vi lykkes som et hold",
        "Forsøget er slut – nu analyseres resultaterne",
        "Tre gode råd til virksomhedsbesøget",
    ]
    assert titles(client.get("/en/")) == [
        "We succeed as a team",
        "The trial has ended – now the results are analysed",
        "Three tips for the company visit",
    ]


def test_post_shows_date_contact_and_related_posts(client):
    response = client.get("/nyheder/tre-gode-raad-til-virksomhedsbesoeget/")
    text = text_of(response)
    assert "28. september 2026" in text
    assert "Mere om det samme" in text
    assert titles(response) == ["»Eleverne stillede de bedste spørgsmål«"]
    evaluation = text_of(client.get("/en/news/the-trial-has-ended/"))
    assert "Demo Contact" in evaluation and "Oct. 1, 2026" in evaluation


# --- feeds -------------------------------------------------------------------------------


def feed_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, [
        (item.findtext("title"), item.findtext("link")) for item in channel.findall("item")
    ]


def test_feed_per_language_with_absolute_addresses(client):
    channel, danish = feed_items(client, "/nyheder/feed/")
    assert channel.findtext("language") == "da"
    assert len(danish) == 8
    assert danish[0] == ("Vi lykkes som et hold", "http://localhost/nyheder/vi-lykkes-som-et-hold/")
    channel, english = feed_items(client, "/en/news/feed/")
    assert channel.findtext("language") == "en"
    assert len(english) == 6
    assert all(link.startswith("http://localhost/en/news/") for _title, link in english)


def test_feed_leaves_out_drafts_restricted_and_future_posts(client, news):
    add_post(news, "Kladde", "2026-12-01", publish=False)
    secret = add_post(news, "Hemmelig", "2026-12-02")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    _channel, items = feed_items(client, "/nyheder/feed/")
    assert {"Kladde", "Hemmelig"}.isdisjoint(title for title, _link in items)
    # A signed-in visitor gets the same public feed (it may be shared and cached).
    client.force_login(get_user_model().objects.get(username="admin"))
    _channel, items = feed_items(client, "/nyheder/feed/")
    assert "Hemmelig" not in {title for title, _link in items}


def test_every_page_links_its_languages_feed_in_the_head(client):
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Nyheder · OS I BRANCHEN" href="http://localhost/nyheder/feed/">'
        in client.get("/om-os/").content.decode()
    )
    assert 'href="http://localhost/en/news/feed/"' in client.get("/en/").content.decode()


# --- scheduled publishing ------------------------------------------------------------


def test_a_scheduled_post_goes_live_when_the_command_runs(client, news):
    post = add_post(news, "Planlagt", "2026-12-10", slug="planlagt", publish=False)
    post.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    post.save_revision().publish()
    post.refresh_from_db()
    assert not post.live
    assert client.get("/nyheder/planlagt/").status_code == 404
    call_command("publish_scheduled")  # too early: nothing happens
    post.refresh_from_db()
    assert not post.live

    # An hour later (the revision's times moved back rather than the clock forward).
    revision = post.latest_revision
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    post.refresh_from_db()
    assert post.live
    assert client.get("/nyheder/planlagt/").status_code == 200
    assert titles(client.get("/nyheder/"))[0] == "Planlagt"
    assert ("Planlagt", "http://localhost/nyheder/planlagt/") in feed_items(
        client, "/nyheder/feed/"
    )[1]


# --- cost -------------------------------------------------------------------------------


def test_index_and_feed_queries_do_not_grow_with_posts(client, demo_site, monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "posts_per_page", 50)
    topic = Topic.objects.get(slug="skoler")
    image = NewsPage.objects.filter(main_image__isnull=False).first().main_image
    counts = {}
    for posts in (5, 50):
        index = NewsIndexPage(title=f"Arkiv {posts}", slug=f"arkiv-{posts}")
        demo_site.add_child(instance=index)
        index.save_revision().publish()
        for number in range(posts):
            add_post(
                index,
                f"N{number}",
                "2026-01-01",
                slug=f"n{number}",
                topics=[topic],
                main_image=image,
            )
        assert len(titles(client.get(index.url))) == posts
        counts[posts] = (
            count_queries(client, index.url),
            count_queries(client, index.url + "feed/"),
            count_queries(client, index.url + "emne/skoler/"),
        )
    assert counts[5] == counts[50]


def test_post_page_queries_do_not_grow_with_related_posts(client, news):
    topic = Topic.objects.create(name="Målinger", locale=news.locale)
    post = add_post(news, "Måling", "2026-11-01", slug="maaling", topics=[topic])
    add_post(news, "Måling 1", "2026-10-01", slug="maaling-1", topics=[topic])
    one_related = count_queries(client, post.url)
    for number in range(2, 6):
        add_post(news, f"Måling {number}", "2026-10-01", slug=f"maaling-{number}", topics=[topic])
    assert len(titles(client.get(post.url))) == 3
    assert count_queries(client, post.url) == one_related


# --- translation ------------------------------------------------------------------------

NETWORK_MAP = {
    "Netværkskortet gør elevernes kontakter synlige": "The network map makes the students' contacts visible",
    "netvaerkskortet-goer-elevernes-kontakter-synlige": "the-network-map",
    "Med et simpelt kort tegner eleverne, hvem de allerede kender i branchen – og hvem de gerne vil lære at kende.": "With a simple map the students draw whom they already know in the industry, and whom they would like to get to know.",
    "Kortet bliver fulgt op flere gange i løbet af grundforløbet, så eleverne kan se deres netværk vokse.": "The map is followed up several times during the basic course, so the students can see their network grow.",
    "Demonyhed: skrevet til demoudgaven af sitet.": "Demo news: written for the demo version of the site.",
}


def test_a_translated_post_appears_in_english_with_english_topics(
    client, editor, english, page_by_slug, django_capture_on_commit_callbacks
):
    danish = page_by_slug("netvaerkskortet-goer-elevernes-kontakter-synlige", "da")
    assert "The network map" not in client.get("/en/news/").content.decode()
    translated = translate_and_publish(
        client, danish, english, django_capture_on_commit_callbacks, NETWORK_MAP
    )
    client.logout()
    assert translated.url == "/en/news/the-network-map/"
    assert translated.date == danish.date
    response = client.get(translated.url)
    assert '<a href="/en/news/topic/networks/">Networks</a>' in response.content.decode()
    assert "The map is followed up several times" in text_of(response)
    assert "The network map makes the students' contacts visible" in titles(
        client.get("/en/news/topic/networks/")
    )
    assert any(
        link == "http://localhost/en/news/the-network-map/"
        for _title, link in feed_items(client, "/en/news/feed/")[1]
    )


def test_editor_previews_an_unsaved_post_with_topics(client, editor, news):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    topic = Topic.objects.get(slug="skoler")
    url = f"/admin/pages/add/news/newspage/{news.pk}/preview/"
    data = nested_form_data(
        {
            "title": "Forhåndsvisning",
            "slug": "forhaandsvisning",
            "date": "2026-12-04",
            "intro": "Kun en kladde.",
            "body": streamfield([("paragraph", rich_text("<p>Tekst</p>"))]),
            "topic_links": inline_formset([{"topic": topic.pk}]),
        }
    )
    assert client.post(url, data).json()["is_valid"] is True
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Forhåndsvisning" in text_of(preview) and "Skoler" in text_of(preview)
    assert not NewsPage.objects.filter(slug="forhaandsvisning").exists()


# --- after review ------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["feed", "emne", "topic"])
def test_a_post_cannot_take_an_address_the_index_uses(client, editor, news, slug):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": slug.capitalize(),
            "slug": slug,
            "date": "2026-12-04",
            "intro": "Om feedet.",
            "body": streamfield([]),
            "topic_links": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/add/news/newspage/{news.pk}/", data)
    assert response.status_code == 200
    assert f"Adressen “{slug}” bruges af nyhedsoversigten selv." in text_of(response)
    assert not NewsPage.objects.filter(slug=slug).exists()


@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31", "1989-12-31"])
def test_publication_dates_must_be_sensible(client, editor, news, when):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Dato",
            "slug": "dato",
            "date": when,
            "intro": "Om datoer.",
            "body": streamfield([]),
            "topic_links": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/add/news/newspage/{news.pk}/", data)
    assert "Angiv en dato mellem 1990 og 2100." in text_of(response)
    assert not NewsPage.objects.filter(slug="dato").exists()


def test_topic_pages_are_pages_of_their_own_in_both_languages(client):
    from .helpers import head_links

    danish = head_links(client.get("/nyheder/emne/virksomheder/"))
    assert danish.canonical == "http://localhost/nyheder/emne/virksomheder/"
    assert danish.alternates["en"] == "http://localhost/en/news/topic/companies/"
    assert danish.switcher["en"] == "/en/news/topic/companies/"
    english = head_links(client.get("/en/news/topic/companies/"))
    assert english.canonical == "http://localhost/en/news/topic/companies/"
    assert english.alternates["da"] == "http://localhost/nyheder/emne/virksomheder/"


def test_the_index_offers_every_topic_as_a_link(client):
    html = client.get("/nyheder/").content.decode()
    nav = html[
        html.index('class="topic-nav"') : html.index("</nav>", html.index('class="topic-nav"'))
    ]
    assert '<a href="/nyheder/emne/evaluering/">Evaluering</a>' in nav
    assert '<a href="/nyheder/" aria-current="page">Alle nyheder</a>' in nav
    topic_page = client.get("/nyheder/emne/evaluering/").content.decode()
    assert 'href="/nyheder/emne/evaluering/" aria-current="page">Evaluering</a>' in topic_page


def test_a_password_protected_index_does_not_advertise_its_feed(client, page_by_slug):
    index = page_by_slug("news", "en")
    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    html = client.get("/en/news/").content.decode()
    assert "application/rss+xml" not in html
