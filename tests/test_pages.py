"""Page types and blocks render what editors put in them; sitemap lists real pages."""

import re

import pytest
from wagtail.models import Page

from home.models import ContentPage

from .helpers import count_queries, text_of

pytestmark = pytest.mark.django_db


def test_home_page_sections(client):
    html = client.get("/").content.decode()
    text = text_of(client.get("/"))
    assert "Fire mål for eleverne" in text
    assert len(re.findall(r'<li class="aim">', html)) == 4
    assert 'href="/samarbejd-med-os/for-skoler/"' in html  # call to action for schools
    assert 'href="/samarbejd-med-os/for-virksomheder/"' in html  # and for companies
    assert "AARHUS TECH" in text  # partners
    # The hero film, with a poster served by the site.
    assert "<video" in html and re.search(r'poster="/media/images/[^"]+"', html)


def test_content_page_blocks(client):
    response = client.get("/om-os/")
    html = response.content.decode()
    assert "<picture>" in html and 'type="image/webp"' in html
    assert '<details class="faq__item">' in html
    assert "<blockquote>" in html
    assert "<figcaption>" in html and "Demo-illustration" in html
    assert 'alt="Illustration af et netværk af elever, lærlinge og virksomheder"' in html
    assert 'aria-current="page"' in html  # its menu item is marked
    assert "De fire mål" in text_of(response)  # subpage links


def test_fact_box_and_breadcrumbs(client):
    response = client.get("/om-os/evalueringen/")
    html = response.content.decode()
    assert '<aside class="fact-box"' in html and "2022–2024" in html
    assert 'class="breadcrumbs"' in html and 'href="/om-os/"' in html


def test_accessibility_basics(client):
    html = client.get("/en/about-us/").content.decode()
    assert '<a class="skip-link" href="#main">Skip to content</a>' in html
    assert '<main id="main"' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'aria-label="Main menu"' in html and 'aria-label="Choose language"' in html


def test_sitemap_lists_both_languages_with_alternates(client, demo_site):
    draft = ContentPage(title="Kladde", slug="kladde", live=False)
    demo_site.add_child(instance=draft)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/om-os/</loc>" in xml
    assert "<loc>http://localhost/en/about-us/</loc>" in xml
    assert 'hreflang="en" href="http://localhost/en/about-us/"' in xml
    assert "kladde" not in xml
    # Every live page that anyone may open (partner-only pages are left out).
    live_pages = Page.objects.live().public().filter(depth__gte=2).count()
    assert Page.objects.live().filter(depth__gte=2).count() > live_pages
    assert xml.count("<url>") == live_pages


def test_untranslated_alias_not_in_sitemap(client, demo_site, english):
    page = ContentPage(title="Kun dansk", slug="kun-dansk")
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    page.copy_for_translation(english, alias=True)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/kun-dansk/</loc>" in xml
    assert "/en/kun-dansk/" not in xml


def test_menu_and_subpage_lists_do_not_cost_a_query_per_page(client, demo_site, page_by_slug):
    about = page_by_slug("om-os", "da")
    before_home = count_queries(client, "/")
    before_about = count_queries(client, "/om-os/")
    for number in range(10):
        for parent in (demo_site, about):
            page = ContentPage(title=f"Side {number}", slug=f"side-{number}", show_in_menus=True)
            parent.add_child(instance=page)
            page.save_revision().publish()
    assert count_queries(client, "/") == before_home
    assert count_queries(client, "/om-os/") == before_about
    assert "Side 9" in text_of(client.get("/om-os/"))


def test_error_pages_are_styled_and_bilingual(client):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/healthz")  # any POST without a token
    assert response.status_code == 403
    text = text_of(response)
    assert "Formularen er udløbet" in text and "The form has expired" in text
    assert 'href="/static/css/site.css"' in response.content.decode()

    bad_host = client.get("/", HTTP_HOST="evil.example")
    assert bad_host.status_code == 400
    assert "Bad request" in text_of(bad_host)


@pytest.mark.parametrize(
    ("asked", "target"),
    [
        ("//om-os/", "/om-os/"),
        ("/en//about-us/", "/en/about-us/"),
        ("//evil.example/", "/evil.example/"),  # never a protocol-relative redirect
        ("/om-os//?a=1", "/om-os/?a=1"),
    ],
)
def test_repeated_slashes_redirect_to_the_one_address(client, asked, target):
    # Set the raw path: the test client would read a leading // as a host name.
    path, _, query = asked.partition("?")
    response = client.get("/", PATH_INFO=path, QUERY_STRING=query)
    assert response.status_code == 301
    assert response["Location"] == target


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert client.get("/sitemap.xml").status_code == 200
