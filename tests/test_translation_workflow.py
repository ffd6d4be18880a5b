"""An editor translates a whole Danish section with wagtail-localize in the admin and
publishes it; every translated page is then reachable in English, and nothing appears
in English before it is translated and published."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from home.models import ContentPage

from .helpers import head_links, text_of

pytestmark = pytest.mark.django_db

DANISH_TO_ENGLISH = {
    "Værksted": "Workshop",
    "Værkstedet er elevernes første møde med faget.": "The workshop is the students' first meeting with the trade.",
    "Sikkerhed": "Safety",
    "Sikkerhed kommer først.": "Safety comes first.",
    "Værktøj": "Tools",
    "Det rigtige værktøj til opgaven.": "The right tool for the job.",
}
ENGLISH_SLUGS = {"vaerksted": "workshop", "sikkerhed": "safety", "vaerktoej": "tools"}


@pytest.fixture
def editor(db):
    return get_user_model().objects.get(username="editor")


@pytest.fixture
def danish_section(demo_site):
    section = ContentPage(
        title="Værksted", slug="vaerksted", intro="Værkstedet er elevernes første møde med faget."
    )
    demo_site.add_child(instance=section)
    section.save_revision().publish()
    for title, slug, intro in (
        ("Sikkerhed", "sikkerhed", "Sikkerhed kommer først."),
        ("Værktøj", "vaerktoej", "Det rigtige værktøj til opgaven."),
    ):
        child = ContentPage(title=title, slug=slug, intro=intro)
        section.add_child(instance=child)
        child.save_revision().publish()
    return section


def translate_strings(client, translation):
    """What the editor types into wagtail-localize's translation editor."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        text = segment.string.data
        if segment.context.path.endswith("slug"):
            text = ENGLISH_SLUGS[text]
        else:
            text = DANISH_TO_ENGLISH[text]
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            data=urlencode({"value": text}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def test_editor_translates_a_section_with_subpages(
    client, editor, english, danish_section, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    response = client.post(
        f"/admin/localize/submit/page/{danish_section.pk}/",
        {"locales": [english.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302

    english_pages = Page.objects.filter(
        locale=english,
        translation_key__in=[
            p.translation_key for p in danish_section.get_descendants(inclusive=True)
        ],
    )
    assert english_pages.count() == 3
    # Nothing is public in English before it is translated and published.
    assert not english_pages.filter(live=True).exists()
    assert client.get("/en/vaerksted/").status_code == 404

    # Translate and publish, parent first, as the editor does in the admin.
    for page in sorted(english_pages, key=lambda p: p.depth):
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=english
        )
        translate_strings(client, translation)
        # wagtail-localize publishes when the request's transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
        assert response.status_code in (200, 302)
        assert Page.objects.get(pk=page.pk).live

    client.logout()
    for url, title, danish_url in (
        ("/en/workshop/", "Workshop", "/vaerksted/"),
        ("/en/workshop/safety/", "Safety", "/vaerksted/sikkerhed/"),
        ("/en/workshop/tools/", "Tools", "/vaerksted/vaerktoej/"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        links = head_links(response)
        assert links.lang == "en"
        assert title in text_of(response)
        assert links.switcher == {"da": danish_url}
        assert head_links(client.get(danish_url)).switcher == {"en": url}
