"""Danish first at unprefixed URLs, English under /en/, and never Danish text at an
English address."""

import re

import pytest
from django.conf import settings
from wagtail.models import Page

from home.models import ContentPage

from .helpers import head_links, text_of

pytestmark = pytest.mark.django_db


def test_root_serves_danish_home_without_redirect(client):
    response = client.get("/")
    assert response.status_code == 200
    assert head_links(response).lang == "da"
    assert "Første skoledag er første dag i branchen" in text_of(response)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"},
        {"HTTP_ACCEPT_LANGUAGE": "en", "HTTP_COOKIE": f"{settings.LANGUAGE_COOKIE_NAME}=en"},
    ],
    ids=["accept-language", "accept-language-and-cookie"],
)
def test_root_stays_danish_whatever_the_browser_prefers(client, headers):
    if "HTTP_COOKIE" in headers:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        headers = {"HTTP_ACCEPT_LANGUAGE": headers["HTTP_ACCEPT_LANGUAGE"]}
    response = client.get("/", **headers)
    assert response.status_code == 200
    assert head_links(response).lang == "da"
    assert "Første skoledag er første dag i branchen" in text_of(response)
    assert "Spring til indholdet" in text_of(response)  # UI strings in Danish too


def test_english_home_under_en_prefix(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert head_links(response).lang == "en"
    text = text_of(response)
    assert "Your first day at school is your first day in the industry" in text
    assert "Skip to content" in text
    assert "Første skoledag" not in text


def test_translated_slugs_link_each_other(client):
    danish = head_links(client.get("/om-os/"))
    english = head_links(client.get("/en/about-us/"))

    assert danish.lang == "da" and english.lang == "en"
    assert danish.canonical == "http://localhost/om-os/"
    assert english.canonical == "http://localhost/en/about-us/"
    assert danish.alternates == {
        "da": "http://localhost/om-os/",
        "en": "http://localhost/en/about-us/",
        "x-default": "http://localhost/om-os/",
    }
    assert english.alternates == danish.alternates
    assert danish.switcher == {"en": "/en/about-us/"}
    assert english.switcher == {"da": "/om-os/"}


def test_nested_translated_pages(client):
    response = client.get("/en/about-us/the-evaluation/")
    assert response.status_code == 200
    assert head_links(response).switcher == {"da": "/om-os/evalueringen/"}
    assert client.get("/om-os/evalueringen/").status_code == 200


def test_danish_slug_under_english_prefix_leads_to_the_english_page(client):
    response = client.get("/en/om-os/evalueringen/")
    assert response.status_code == 302
    assert response["Location"] == "/en/about-us/the-evaluation/"


def test_english_slug_without_prefix_leads_to_the_danish_page(client):
    response = client.get("/about-us/the-evaluation/")
    assert response.status_code == 302
    assert response["Location"] == "/om-os/evalueringen/"


def test_language_redirect_keeps_the_query_string(client):
    response = client.get("/en/om-os/?utm_source=nyhedsbrev&a=b")
    assert response.status_code == 302
    assert response["Location"] == "/en/about-us/?utm_source=nyhedsbrev&a=b"


@pytest.mark.parametrize("slug", ["en-god-start", "en-dag", "en-us", "en-gb-x"])
def test_danish_page_whose_slug_looks_like_a_language_is_served(client, demo_site, slug):
    """The Danish word "en" (a) starts many slugs: /en-god-start/ is Danish, not English."""
    page = ContentPage(title="En god start", slug=slug, intro="Sådan kommer I godt i gang.")
    demo_site.add_child(instance=page)
    page.save_revision().publish()

    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    assert head_links(response).lang == "da"
    text = text_of(response)
    assert "Sådan kommer I godt i gang." in text
    assert "Spring til indholdet" in text


@pytest.mark.parametrize("path", ["/EN/", "/En/about-us/", "/da/om-os/"])
def test_only_the_exact_prefix_selects_a_language(client, path):
    """A look-alike prefix is an unknown Danish address: a 404 wholly in Danish."""
    response = client.get(path)
    assert response.status_code == 404
    assert head_links(response).lang == "da"
    assert response["Content-Language"] == "da"
    text = text_of(response)
    assert "Siden blev ikke fundet" in text and "Spring til indholdet" in text
    assert "Page not found" not in text and "Skip to content" not in text


def test_responses_do_not_vary_by_the_browsers_language(client):
    """Only the address picks the language, so a shared cache may keep one copy."""
    for path in ("/", "/om-os/", "/en/", "/en/about-us/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert "accept-language" not in response.get("Vary", "").lower(), path


def test_unknown_english_address_is_a_plain_404(client):
    response = client.get("/en/om-os/findes-ikke/")
    assert response.status_code == 404
    assert "Page not found" in text_of(response)


@pytest.fixture
def untranslated_page(demo_site):
    page = ContentPage(
        title="Kun på dansk", slug="kun-paa-dansk", intro="Kun dansk tekst her.", show_in_menus=True
    )
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_untranslated_page_offers_only_the_english_front_page(client, untranslated_page):
    response = client.get("/kun-paa-dansk/")
    assert response.status_code == 200
    links = head_links(response)
    assert links.switcher == {"en": "/en/"}
    assert "(siden er ikke oversat)" in text_of(response)
    assert set(links.alternates) == {"da", "x-default"}


def test_untranslated_page_is_not_served_at_english_url(client, untranslated_page):
    response = client.get("/en/kun-paa-dansk/")
    assert response.status_code == 404
    assert head_links(response).lang == "en"
    text = text_of(response)
    assert "This page is not available in English yet" in text
    assert "Kun dansk tekst her." not in text
    assert 'href="/kun-paa-dansk/"' in response.content.decode()
    # The switcher leads to the Danish page itself, not just the Danish front page.
    assert head_links(response).switcher == {"da": "/kun-paa-dansk/"}
    assert head_links(response).alternates == {} and head_links(response).canonical is None


def test_restricted_page_is_never_named_at_english_url(client, untranslated_page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=untranslated_page, restriction_type="login")
    response = client.get("/en/kun-paa-dansk/")
    assert response.status_code == 404
    assert "Kun på dansk" not in response.content.decode()
    assert "/kun-paa-dansk/" not in response.content.decode()


def test_untranslated_alias_in_english_tree_is_a_marked_404(client, untranslated_page, english):
    """wagtail-localize's placeholders: an alias of the Danish page in the English tree."""
    alias = untranslated_page.copy_for_translation(english, alias=True)
    assert alias.live and alias.url == "/en/kun-paa-dansk/"

    response = client.get("/en/kun-paa-dansk/")
    assert response.status_code == 404
    assert head_links(response).lang == "en"
    text = text_of(response)
    assert "This page is not available in English yet" in text
    assert "Kun dansk tekst her." not in text
    assert 'href="/kun-paa-dansk/"' in response.content.decode()

    # Not in the English menu or switcher either.
    home = client.get("/en/")
    assert "/en/kun-paa-dansk/" not in home.content.decode()
    assert head_links(client.get("/kun-paa-dansk/")).switcher == {"en": "/en/"}


def test_draft_translation_is_not_offered(client, untranslated_page, english):
    draft = untranslated_page.copy_for_translation(english)
    draft.title = "Only in Danish"
    draft.save_revision()  # saved, not published
    assert not Page.objects.get(pk=draft.pk).live
    assert head_links(client.get("/kun-paa-dansk/")).switcher == {"en": "/en/"}
    response = client.get("/en/kun-paa-dansk/")
    assert response.status_code == 404
    assert "Only in Danish" not in text_of(response)


def test_unpublished_english_home_does_not_fall_back_to_danish(client, page_by_slug):
    page_by_slug("home", "en").unpublish()
    response = client.get("/en/")
    assert response.status_code == 404
    assert "Første skoledag" not in text_of(response)
    assert client.get("/en/about-us/").status_code == 404
    assert client.get("/").status_code == 200


def test_menu_in_visitors_language(client):
    danish = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    for href in ('href="/om-os/"', 'href="/samarbejd-med-os/"', 'href="/kontakt/"'):
        assert href in danish
    for href in ('href="/en/about-us/"', 'href="/en/collaborate-with-us/"', 'href="/en/contact/"'):
        assert href in english
    assert 'href="/om-os/"' not in english


def test_snippets_in_visitors_language(client):
    danish = text_of(client.get("/"))
    english = text_of(client.get("/en/"))
    # Footer
    assert "OS I BRANCHEN giver elever på grundforløb 2" in danish
    assert "US IN THE INDUSTRY gives second basic course students" in english
    # Partners
    assert "Erhvervsskole i Randers" in danish
    assert "Vocational school in Randers" in english
    assert "Erhvervsskole i Randers" not in english


def test_chosen_pages_resolve_to_visitors_language(client):
    """The English home's buttons were chosen as Danish pages in the admin; they must
    still lead to the English translations."""
    english = client.get("/en/").content.decode()
    assert 'href="/en/collaborate-with-us/"' in english
    assert 'href="/en/collaborate-with-us/for-schools/"' in english
    assert 'href="/samarbejd-med-os/' not in english


def test_not_found_page_in_both_languages(client):
    danish = client.get("/findes-ikke/")
    english = client.get("/en/does-not-exist/")
    assert danish.status_code == english.status_code == 404
    assert head_links(danish).lang == "da" and "Siden blev ikke fundet" in text_of(danish)
    assert head_links(english).lang == "en" and "Page not found" in text_of(english)


def test_untranslated_snippets_fall_back_marked_with_their_language(client, danish, english):
    from home.models import Footer, Partner

    Partner.objects.create(name="Smedeskolen Vest", description="Kun på dansk", locale=danish)
    Footer.objects.filter(locale=english).delete()
    html = client.get("/en/").content.decode()
    fallback_partner = r'<li class="partner" lang="da">\s*<span class="partner__name">Smedeskolen'
    assert re.search(fallback_partner, html)
    footer = html[html.index('<footer class="site-footer">') :]
    # The editors' Danish text is marked Danish; our own labels stay English, unmarked.
    assert re.search(r'<p lang="da">OS I BRANCHEN giver elever', footer)
    assert re.search(
        r'<h2 id="footer-links">Links</h2>\s*<ul class="plain-list" lang="da">', footer
    )
    assert "An initiative of the ROCKWOOL Foundation" in footer
    assert '<p class="site-footer__owner">' in footer
    # Translated ones carry no marker: they are in the page's own language.
    assert '<li class="partner">' in html


def test_link_to_untranslated_page_is_marked_with_its_language(client, untranslated_page, english):
    """An English footer link to a page that exists only in Danish leads to the Danish
    page, and tells browsers and screen readers that its text is Danish."""
    from home.models import Footer

    footer = Footer.objects.get(locale=english)
    footer.links = [
        ("link", {"page": untranslated_page, "url": "", "label": ""}),
        ("link", {"page": untranslated_page, "url": "", "label": "Danish-only page"}),
    ]
    footer.save()
    html = client.get("/en/").content.decode()
    assert '<a href="/kun-paa-dansk/" hreflang="da"><span lang="da">Kun på dansk</span></a>' in html
    # An editor's own label is in the footer's language: only the target is Danish.
    assert '<a href="/kun-paa-dansk/" hreflang="da">Danish-only page</a>' in html


def test_link_to_unpublished_page_is_left_out(client, untranslated_page, english):
    from home.models import Footer

    footer = Footer.objects.get(locale=english)
    footer.links = [("link", {"page": untranslated_page, "url": "", "label": "Gone"})]
    footer.save()
    untranslated_page.unpublish()
    html = client.get("/en/").content.decode()
    assert "kun-paa-dansk" not in html and "Gone" not in html


def test_breadcrumbs_skip_untranslated_ancestors(client, untranslated_page, english):
    """wagtail-localize puts an alias of an untranslated parent into the English tree;
    the English child's breadcrumbs must not show its Danish title."""
    child = ContentPage(title="Underside", slug="underside")
    untranslated_page.add_child(instance=child)
    child.save_revision().publish()
    untranslated_page.copy_for_translation(english, alias=True)
    translated = child.copy_for_translation(english)
    translated.title, translated.slug = "Subpage", "subpage"
    translated.save_revision().publish()

    danish = client.get("/kun-paa-dansk/underside/").content.decode()
    assert re.search(r'class="breadcrumbs".*Kun på dansk', danish, re.S)
    response = client.get("/en/kun-paa-dansk/subpage/")
    assert response.status_code == 200
    assert "Kun på dansk" not in text_of(response)
    assert 'href="/en/kun-paa-dansk/"' not in response.content.decode()


def test_switcher_note_is_in_the_pages_language(client, untranslated_page):
    html = client.get("/kun-paa-dansk/").content.decode()
    assert (
        '<a href="/en/" hreflang="en"><span lang="en">English</span>'
        '<span class="visually-hidden">: forside (siden er ikke oversat)</span></a>'
    ) in html


def test_link_to_an_untranslated_placeholder_leads_to_the_page_it_copies(
    client, untranslated_page, english
):
    """An editor may pick wagtail-localize's placeholder in the English tree: the link
    still leads somewhere real, the Danish page, marked as Danish."""
    from home.models import Footer

    alias = untranslated_page.copy_for_translation(english, alias=True)
    footer = Footer.objects.get(locale=english)
    footer.links = [("link", {"page": alias, "url": "", "label": ""})]
    footer.save()
    html = client.get("/en/").content.decode()
    assert '<a href="/kun-paa-dansk/" hreflang="da"><span lang="da">Kun på dansk</span></a>' in html


def test_page_chooser_search_lists_each_page_once(client, untranslated_page, english):
    """Not also wagtail-localize's placeholder, which carries the same Danish title."""
    from django.contrib.auth import get_user_model

    untranslated_page.copy_for_translation(english, alias=True)
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get("/admin/choose-page/search/", {"q": "Kun på dansk"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Der er 1 resultat" in html
    assert re.findall(r'data-id="(\d+)"', html) == [str(untranslated_page.pk)]


def test_page_chooser_search_skips_placeholders_with_subpages(client, untranslated_page, english):
    """A placeholder stays browsable (its translated subpages are below it), but a search
    lists only the real page."""
    from django.contrib.auth import get_user_model

    alias = untranslated_page.copy_for_translation(english, alias=True)
    alias.add_child(instance=ContentPage(title="Only in English", slug="only-in-english"))
    client.force_login(get_user_model().objects.get(username="editor"))

    search = client.get("/admin/choose-page/search/", {"q": "Kun på dansk"}).content.decode()
    assert re.findall(r'data-id="(\d+)"', search) == [str(untranslated_page.pk)]
    browse = client.get(f"/admin/choose-page/{alias.get_parent().pk}/").json()["html"]
    assert f'data-id="{alias.pk}"' in browse
