"""The editor's everyday admin screens show no English: every Wagtail string on them is
translated, by Wagtail's Danish catalogue or by ours (home/admin_danish.py).

The English strings to look for are Wagtail's own: each msgid in its English catalogues
that still translates to itself in Danish. Strings spelled the same in both languages
are allowed."""

import html
import re
from functools import cache
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from films.models import FilmPage
from home.models import Footer
from news.models import NewsPage

pytestmark = pytest.mark.django_db

SAME_IN_DANISH = {"Link", "Minimum", "Upload", "Type", "Status", "Site", "Tag", "live", "system"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@cache
def untranslated_wagtail_strings():
    """Regular expressions for Wagtail's msgids that have no Danish translation."""
    catalogues = [
        *Path(wagtail.__file__).parent.glob("**/locale/en/LC_MESSAGES/django.po"),
        *Path(wagtail_localize.__file__).parent.glob("locale/en/LC_MESSAGES/django.po"),
    ]
    found = {}
    with translation.override("da"):
        for path in catalogues:
            for entry in polib.pofile(str(path)):
                if entry.msgctxt:
                    continue
                if entry.msgid_plural:
                    if translation.ngettext(entry.msgid, entry.msgid_plural, 2) == (
                        entry.msgid_plural
                    ):
                        found[entry.msgid_plural] = None
                        found[entry.msgid] = None
                elif translation.gettext(entry.msgid) == entry.msgid:
                    found[entry.msgid] = None
    patterns = {}
    for msgid in found:
        literal = PLACEHOLDER.sub("", msgid)
        if msgid in SAME_IN_DANISH or len(re.findall(r"[A-Za-z]", literal)) < 4:
            continue
        parts = PLACEHOLDER.split(msgid)
        patterns[msgid] = re.compile(r"[^<>\n]{1,80}?".join(re.escape(part) for part in parts))
    return patterns


def english_on_screen(response):
    """Wagtail's untranslated strings in the page: whole lines of its visible text
    (tags stripped), or, for strings with markup, anywhere in its HTML."""
    raw = html.unescape(response.content.decode())
    visible = re.sub(r"<(script|style|template)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    attributes = re.findall(r'(?:placeholder|title|aria-label|alt)="([^"]*)"', visible)
    lines = {
        line.strip() for line in re.sub(r"<[^>]+>", "\n", visible).split("\n") if line.strip()
    } | set(attributes)
    return sorted(
        msgid
        for msgid, pattern in untranslated_wagtail_strings().items()
        if any(pattern.fullmatch(line) for line in lines) or ("<" in msgid and pattern.search(raw))
    )


def test_the_check_finds_english_wagtail_strings():
    english = next(
        msgid
        for msgid in untranslated_wagtail_strings()
        if not PLACEHOLDER.search(msgid) and "<" not in msgid
    )

    class Response:
        content = f"<main><p>{english}</p></main>".encode()

    assert english in english_on_screen(Response)
    Response.content = "<main><p>Udforsker</p><p>Gå til den første fejl</p></main>".encode()
    assert english_on_screen(Response) == []


def everyday_screens(demo_site):
    page = demo_site.get_children().first()
    image = get_image_model().objects.first()
    footer = Footer.objects.first()
    film = FilmPage.objects.filter(locale__language_code="da").first()
    document = get_document_model().objects.first()
    post = NewsPage.objects.filter(locale__language_code="da").first()
    return partner_area_screens() + [
        f"/admin/pages/{post.pk}/edit/",
        f"/admin/pages/{post.pk}/delete/",
        f"/admin/pages/{post.pk}/workflow_history/",
        f"/admin/pages/add/news/newspage/{post.get_parent().pk}/",
        f"/admin/pages/{post.get_parent().pk}/",
        f"/admin/pages/{film.pk}/edit/",
        f"/admin/pages/add/films/filmpage/{film.get_parent().pk}/",
        "/admin/snippets/home/topic/",
        "/admin/snippets/home/topic/add/",
        "/admin/documents/add/",
        "/admin/documents/chooser/",
        "/admin/images/chooser/",
        "/admin/choose-page/?page_type=films.filmpage",
        "/admin/documents/multiple/add/",
        f"/admin/documents/edit/{document.pk}/",
        "/admin/",
        f"/admin/pages/{demo_site.pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/add/home/contentpage/{demo_site.pk}/",
        f"/admin/pages/{page.pk}/history/",
        "/admin/pages/search/?q=om",
        "/admin/choose-page/search/?q=om",
        f"/admin/choose-page/{demo_site.pk}/",
        "/admin/images/",
        "/admin/images/add/",
        f"/admin/images/{image.pk}/",
        "/admin/documents/",
        f"/admin/snippets/home/footer/edit/{footer.pk}/",
        "/admin/snippets/home/partner/",
        f"/admin/localize/submit/page/{page.pk}/",
        "/admin/account/",
        f"/admin/pages/{page.pk}/unpublish/",
        f"/admin/images/{image.pk}/delete/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
    ]


def partner_area_screens():
    from resources import invitations
    from resources.models import (
        ActivityPage,
        OnboardingGuidePage,
        PartnerAreaPage,
        PartnerSchool,
        PlaybookPage,
        StandardEmail,
    )

    school = PartnerSchool.objects.first()
    pending = invitations.add_member(
        school=school, email="pending@example.com", name="Afventer", role="teacher", language="da"
    )
    invitations.issue(pending)
    activity = ActivityPage.objects.filter(locale__language_code="da").first()
    email = StandardEmail.objects.filter(locale__language_code="da").first()
    return [
        "/admin/partner-area/schools/",
        "/admin/partner-area/schools/new/",
        f"/admin/partner-area/schools/edit/{school.pk}/",
        "/admin/partner-area/staff/",
        "/admin/partner-area/staff/new/",
        f"/admin/partner-area/staff/edit/{pending.pk}/",
        f"/admin/partner-area/staff/{pending.pk}/invite/",
        f"/admin/partner-area/staff/{pending.pk}/withdraw/",
        "/admin/snippets/resources/standardemail/",
        f"/admin/snippets/resources/standardemail/edit/{email.pk}/",
        f"/admin/pages/{activity.pk}/edit/",
        f"/admin/pages/add/resources/activitypage/{activity.get_parent().pk}/",
        f"/admin/pages/{OnboardingGuidePage.objects.filter(locale__language_code='da').first().pk}/edit/",
        f"/admin/pages/{PlaybookPage.objects.filter(locale__language_code='da').first().pk}/edit/",
        f"/admin/pages/{PartnerAreaPage.objects.get(locale__language_code='da').pk}/edit/",
    ]


def test_everyday_screens_are_in_danish(client, editor, demo_site):
    english = {}
    for url in everyday_screens(demo_site):
        response = client.get(url)
        assert response.status_code == 200, url
        if found := english_on_screen(response):
            english[url] = found
    assert english == {}


def shown(response):
    return html.unescape(response.content.decode())


def page_form(**fields):
    return nested_form_data({"intro": "", "body": streamfield([]), **fields})


def test_messages_after_saving_are_in_danish(client, editor, demo_site):
    add_url = f"/admin/pages/add/home/contentpage/{demo_site.pk}/"

    refused = client.post(add_url, page_form(title="", slug="", **{"action-publish": "1"}))
    assert refused.status_code == 200
    assert "Siden kunne ikke oprettes" in shown(refused)
    assert english_on_screen(refused) == []

    published = client.post(
        add_url, page_form(title="Presse", slug="presse", **{"action-publish": "1"}), follow=True
    )
    assert "Siden 'Presse' er oprettet og udgivet." in shown(published)
    assert english_on_screen(published) == []

    taken = client.post(add_url, page_form(title="Presse", slug="presse"))
    assert "Kortnavnet (slug) 'presse' bruges allerede" in shown(taken)

    footer = Footer.objects.first()
    footer_url = f"/admin/snippets/home/footer/edit/{footer.pk}/"
    not_saved = client.post(
        footer_url, nested_form_data({"contact_heading": "", "links": streamfield([])})
    )
    assert "Der er fejl, så sidefod kunne ikke gemmes." in shown(not_saved)
    assert english_on_screen(not_saved) == []


def test_dashboard_counts_are_in_danish(client, editor):
    html_text = shown(client.get("/admin/"))
    pages = Page.objects.count() - 1  # the dashboard does not count the tree's root
    assert re.search(rf"{pages}\s+sider\s*<span", html_text)
    assert "oprettet i OS I BRANCHEN" in html_text
