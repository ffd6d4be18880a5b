"""Editors work in the Wagtail admin in Danish and may publish and translate pages."""

import re

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.get(username="editor")


def test_admin_is_in_danish_for_the_editor(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="da"' in html
    assert "Sider" in html  # the "Pages" menu
    # Menu items Wagtail's own Danish catalogue lacks come from ours (home/admin_danish.py).
    assert "Billeder" in html and "Dokumenter" in html
    assert ">Images<" not in html


def test_editor_may_publish_and_translate(client, editor, page_by_slug):
    page = page_by_slug("om-os", "da")
    assert page.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = client.get(f"/admin/localize/submit/page/{page.pk}/")
    assert response.status_code == 200


def test_translation_workflow_is_in_danish(client, editor, page_by_slug):
    """wagtail-localize's own Danish catalogue is nearly empty; ours fills it in."""
    client.force_login(editor)
    page = page_by_slug("om-os", "da")
    from home.models import ContentPage

    untranslated = ContentPage(title="Ny side", slug="ny-side")
    page.add_child(instance=untranslated)
    html = client.get(f"/admin/localize/submit/page/{untranslated.pk}/").content.decode()
    assert "Oversæt side" in html
    assert re.search(r"<label[^>]*>\s*Sprog", html)
    # The translation editor (JavaScript) reads its strings from the JS catalogue.
    catalogue = client.get("/admin/localize/jsi18n/").content.decode()
    assert "Udgiv p\\u00e5 " in catalogue or "Udgiv på " in catalogue


@pytest.mark.parametrize("slug", ["en", "admin", "documents", "_util"])
def test_editor_cannot_take_an_address_the_site_uses(client, editor, demo_site, slug):
    """A top-level page at /en/ or /admin/ would be unreachable or hide the English site."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from home.models import ContentPage

    client.force_login(editor)
    url = f"/admin/pages/add/home/contentpage/{demo_site.pk}/"
    data = nested_form_data(
        {
            "title": "Ny side",
            "slug": slug,
            "intro": "",
            "body": streamfield([]),
            "action-publish": "1",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200  # the form again, with the reason
    assert f"Adressen “{slug}” bruges af sitet selv" in response.content.decode()
    assert not ContentPage.objects.filter(slug=slug).exists()

    # The same slug further down the tree is fine.
    parent = ContentPage.objects.get(slug="om-os")
    response = client.post(f"/admin/pages/add/home/contentpage/{parent.pk}/", data)
    assert response.status_code == 302
    assert ContentPage.objects.filter(slug=slug, depth=4).exists()


def test_reserved_address_is_refused_for_pages_made_in_code(demo_site):
    from django.core.exceptions import ValidationError

    from home.models import ContentPage

    with pytest.raises(ValidationError) as refused:
        demo_site.add_child(instance=ContentPage(title="English", slug="en"))
    assert "slug" in refused.value.message_dict


def test_partner_list_shows_each_partners_language(client, editor):
    client.force_login(editor)
    response = client.get("/admin/snippets/home/partner/")
    assert response.status_code == 200
    html = response.content.decode()
    # A language column, in Danish for the Danish editor, naming each row's language.
    assert re.search(r"<th[^>]*>\s*(<a[^>]*>)?\s*Sprog", html)
    assert re.search(r"<td[^>]*>\s*(<span[^>]*>)?\s*Dansk", html)


def test_page_editor_and_listing_are_in_danish(client, editor, page_by_slug):
    """Strings from the page editor's side panels, the publishing schedule, the privacy
    dialog and the page listing, which Wagtail's Danish catalogue lacks."""
    page = page_by_slug("om-os", "da")
    client.force_login(editor)
    editor_html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for danish in ("Planlæg udgivelse", "Forhåndsvis i mobilstørrelse", "Vælg, hvem der kan se"):
        assert danish in editor_html
    for english in ("Set publishing schedule", "Preview in mobile size", "Choose who can view"):
        assert english not in editor_html
    listing = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert "Udgiv valgte sider" in listing and "Publish selected pages" not in listing


@pytest.mark.parametrize("slug", ["-", "--"])
def test_slug_without_letters_is_refused_and_the_page_kept(client, editor, demo_site, slug):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from home.models import ContentPage

    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Japansk besøg",
            "slug": slug,
            "intro": "Elever fra Tokyo besøger NEXT.",
            "body": streamfield([]),
            "action-publish": "1",
        }
    )
    response = client.post(f"/admin/pages/add/home/contentpage/{demo_site.pk}/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Adressen “{slug}” har ingen bogstaver eller tal" in html
    assert "Elever fra Tokyo besøger NEXT." in html  # what the editor wrote is still there
    assert not ContentPage.objects.filter(title="Japansk besøg").exists()


def test_image_block_fields_are_labelled_in_danish():
    """Wagtail labels the image chooser inside its ImageBlock with an untranslated name."""
    from django.utils import translation

    from home.blocks import CaptionedImageBlock

    with translation.override("da"):
        chooser = CaptionedImageBlock().child_blocks["image"].child_blocks["image"]
        assert str(chooser.label) == "Billede"
