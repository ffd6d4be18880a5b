"""wagtail-localize never publishes Danish text at an English address: a translation is
published only when every string is translated, in the translation editor and when
editors sync translated pages. A PO file it cannot use gets a message, not a 500."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from home.models import ContentPage

from .helpers import text_of

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Værksted": "Workshop",
    "vaerksted": "workshop",
    "Værkstedet er elevernes første møde med faget.": "The workshop is where students first meet the trade.",  # noqa: E501
}


@pytest.fixture
def workshop(demo_site):
    page = ContentPage(
        title="Værksted", slug="vaerksted", intro="Værkstedet er elevernes første møde med faget."
    )
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_for_translation(client, page, english):
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302
    english_page = Page.objects.get(translation_key=page.translation_key, locale=english)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=english
    )
    return english_page, translation


def translate(client, translation, only=None):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if only is not None and segment.string.data not in only:
            continue
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            data=urlencode({"value": ENGLISH[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)


def publish_in_editor(client, english_page, capture):
    with capture(execute=True):
        return client.post(f"/admin/pages/{english_page.pk}/edit/", {"action": "publish"})


def shown_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_incomplete_translation_is_not_published(
    client, editor, english, workshop, django_capture_on_commit_callbacks
):
    english_page, translation = submit_for_translation(client, workshop, english)
    translate(client, translation, only={"Værksted", "vaerksted"})  # the intro is left

    response = publish_in_editor(client, english_page, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{english_page.pk}/edit/"
    assert (
        "“Værksted” blev ikke udgivet på English: 1 tekst er ikke oversat endnu "
        "(eller oversættelsen er ikke gyldig dér). Oversæt den, og udgiv så."
    ) in shown_messages(response)
    assert not Page.objects.get(pk=english_page.pk).live
    assert client.get("/en/workshop/").status_code == 404
    # What was translated is kept: finishing the last string is enough to publish.
    translate(client, translation, only={"Værkstedet er elevernes første møde med faget."})
    publish_in_editor(client, english_page, django_capture_on_commit_callbacks)
    client.logout()
    response = client.get("/en/workshop/")
    assert response.status_code == 200
    assert "The workshop is where students first meet the trade." in text_of(response)


@pytest.fixture
def translated_workshop(client, editor, english, workshop, django_capture_on_commit_callbacks):
    english_page, translation = submit_for_translation(client, workshop, english)
    translate(client, translation)
    publish_in_editor(client, english_page, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=english_page.pk).live
    return english_page, translation


def sync_and_publish(client, translation, capture):
    with capture(execute=True):
        return client.post(
            f"/admin/localize/update/{translation.source.pk}/",
            {"publish_translations": "on"},
            follow=True,
        )


def test_sync_does_not_publish_new_danish_text_in_english(
    client, translated_workshop, workshop, django_capture_on_commit_callbacks
):
    english_page, translation = translated_workshop
    workshop.intro = "Helt ny dansk tekst, som ikke er oversat."
    workshop.save_revision().publish()

    response = sync_and_publish(client, translation, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "“Workshop” blev ikke udgivet på English: 1 tekst er ikke oversat endnu" in (
        text_of(response)
    )
    client.logout()
    text = text_of(client.get("/en/workshop/"))
    assert "Helt ny dansk tekst" not in text
    assert "The workshop is where students first meet the trade." in text


def test_sync_publishes_a_translation_that_is_complete(
    client, translated_workshop, workshop, django_capture_on_commit_callbacks
):
    """A change with no new text (here the top image) reaches English straight away."""
    from wagtail.images import get_image_model

    english_page, translation = translated_workshop
    workshop.hero_image = get_image_model().objects.first()
    workshop.save_revision().publish()

    sync_and_publish(client, translation, django_capture_on_commit_callbacks)
    assert ContentPage.objects.get(pk=english_page.pk).hero_image_id == workshop.hero_image_id


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        ({}, "Vælg en PO-fil at uploade."),
        (
            {"file": SimpleUploadedFile("x.po", b'msgid "x"\nmsgstr "y"\n')},
            "Denne PO-fil er ikke hentet fra denne oversættelse.",
        ),
        (
            {"file": SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00")},
            "Det er ikke en PO-fil.",
        ),
        (
            {"file": SimpleUploadedFile("x.po", b"/etc/passwd")},
            "Det er ikke en PO-fil.",
        ),
    ],
    ids=["no-file", "no-header", "binary", "a-path"],
)
def test_unusable_po_file_is_refused_with_a_message(
    client, editor, english, workshop, upload, message
):
    english_page, translation = submit_for_translation(client, workshop, english)
    next_url = f"/admin/pages/{english_page.pk}/edit/"
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/?next={next_url}", upload
    )
    assert response.status_code == 302
    assert response["Location"] == next_url
    assert any(message in shown for shown in shown_messages(response))


def test_po_file_downloaded_here_is_imported(client, editor, english, workshop):
    english_page, translation = submit_for_translation(client, workshop, english)
    po = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content
    po = po.replace(
        b'msgid "V\xc3\xa6rksted"\nmsgstr ""', b'msgid "V\xc3\xa6rksted"\nmsgstr "Workshop"'
    )
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/?next=/admin/",
        {"file": SimpleUploadedFile("translation.po", po)},
    )
    assert response.status_code == 302
    assert translation.get_progress()[1] == 1


def test_sync_screen_says_what_publishing_does(client, translated_workshop):
    english_page, translation = translated_workshop
    html = client.get(f"/admin/localize/update/{translation.source.pk}/").content.decode()
    assert "udgiv straks de oversættelser, der er færdige" in html
    assert "Hvorfor synkronisere min side?" in html


def bulk_publish(client, page, listing):
    """The page list's bulk Publish, confirmed, without the drafts below."""
    return client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next={listing}",
        {"include_descendants": ""},
    )


def test_bulk_publish_refuses_an_incomplete_translation(client, editor, english, workshop):
    english_page, translation = submit_for_translation(client, workshop, english)
    listing = f"/admin/pages/{english_page.get_parent().pk}/"
    response = bulk_publish(client, english_page, listing)
    assert response.status_code == 302
    assert response["Location"] == listing
    assert (
        "“Værksted” blev ikke udgivet på English: 3 tekster er ikke oversat endnu "
        "(eller oversættelserne er ikke gyldige dér). Oversæt dem, og udgiv så."
    ) in shown_messages(response)
    assert not Page.objects.get(pk=english_page.pk).live
    assert client.get("/en/vaerksted/").status_code == 404


def test_bulk_publish_of_a_complete_translation_still_works(
    client, editor, english, workshop, django_capture_on_commit_callbacks
):
    english_page, translation = submit_for_translation(client, workshop, english)
    translate(client, translation)
    translation.save_target(user=editor)  # a draft holding every translated string
    response = bulk_publish(client, english_page, f"/admin/pages/{english_page.get_parent().pk}/")
    assert response.status_code == 302
    assert Page.objects.get(pk=english_page.pk).live


def test_sync_reports_a_translation_that_is_not_valid(
    client, translated_workshop, workshop, django_capture_on_commit_callbacks
):
    """A translated slug the site refuses (/en/admin/ is fine, but a top-level "admin"
    is not) is reported, and the live English page is left as it was."""
    english_page, translation = translated_workshop
    slug = StringSegment.objects.get(source=translation.source, string__data="vaerksted")
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{slug.pk}/edit/",
        data=urlencode({"value": "admin"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)

    response = sync_and_publish(client, translation, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "“Workshop” blev ikke udgivet på English: en oversat tekst er ikke gyldig" in (
        text_of(response)
    )
    assert client.get("/en/workshop/").status_code == 200


def test_snippet_translation_shows_in_english_only_when_complete(client, editor, english):
    """A partner submitted for translation is copied into English at once with its
    Danish text: until it is translated the English site shows the Danish partner,
    marked as Danish."""
    from home.models import Partner

    danish = Partner.objects.create(
        name="Testskolen", description="En dansk beskrivelse af skolen.", sort_order=1
    )
    response = client.post(
        f"/admin/localize/submit/snippet/home/partner/{danish.pk}/", {"locales": [english.pk]}
    )
    assert response.status_code == 302
    assert Partner.objects.filter(translation_key=danish.translation_key, locale=english).exists()

    html = client.get("/en/").content.decode()
    assert re.search(
        r'<li class="partner" lang="da">(?:(?!</li>).)*En dansk beskrivelse af skolen', html, re.S
    )

    translation = Translation.objects.get(
        source__object_id=danish.translation_key, target_locale=english
    )
    ENGLISH.update(
        {"Testskolen": "Testskolen", "En dansk beskrivelse af skolen.": "A test school."}
    )
    translate(client, translation)
    translation.save_target(user=editor)
    html = client.get("/en/").content.decode()
    assert "A test school." in html
    assert "En dansk beskrivelse af skolen." not in html
