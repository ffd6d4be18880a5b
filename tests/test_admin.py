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
