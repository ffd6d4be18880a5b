"""The demo command builds the whole bilingual site and is safe to run again."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.demo import content
from home.models import Footer, Partner
from tests.partner_helpers import log_in

from .conftest import load_demo

pytestmark = pytest.mark.django_db


def snapshot():
    User = get_user_model()
    return {
        "pages": sorted(Page.objects.values_list("id", "title", "url_path", "live")),
        "revisions": Revision.objects.count(),
        "images": sorted(get_image_model().objects.values_list("id", "file")),
        "partners": Partner.objects.count(),
        "footers": Footer.objects.count(),
        "redirects": Redirect.objects.count(),
        "users": sorted(User.objects.values_list("username", "password")),
    }


def test_second_run_changes_nothing():
    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "nothing changed" in output


def test_every_demo_page_is_live_in_both_languages(client):
    for spec in content.PAGES:
        for lang in ("da", "en"):
            page = Page.objects.get(slug=spec.__dict__[lang]["slug"], locale__language_code=lang)
            response = client.get(page.url)
            assert response.status_code == 200, (lang, page.url)
            assert spec.__dict__[lang]["title"].encode() in response.content


def test_demo_images_are_in_default_storage_and_labelled_demo():
    images = get_image_model().objects.all()
    assert images.count() == len(content_images())
    for image in images:
        assert default_storage.exists(image.file.name)
        assert image.collection.name == "Demo"
        assert "demo" in image.tags.names()
        assert image.title.startswith("Demo")


def content_images():
    from home.demo.images import ILLUSTRATIONS

    return ILLUSTRATIONS


def signs_in(client, username, password):
    response = log_in(client, username, password)
    client.logout()
    return response.status_code == 302


def test_demo_accounts_use_demo_password(client, settings, monkeypatch):
    assert signs_in(client, "editor", "osib-demo-2026")
    assert signs_in(client, "partner@example.com", "osib-demo-2026")
    assert signs_in(client, "visitor@example.com", "osib-demo-2026")
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-password")
    assert "nothing changed" not in load_demo()
    assert signs_in(client, "editor", "another-demo-password")
    assert signs_in(client, "Partner@Example.com", "another-demo-password")
    assert not signs_in(client, "admin", "osib-demo-2026")


def test_output_prints_the_logins(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "printed-password-1")
    output = load_demo()
    assert "editor / printed-password-1" in output


@pytest.mark.parametrize(
    ("address", "button", "contact"),
    [
        (
            "/samarbejd-med-os/for-skoler/",
            "Tilmeld jeres skole",
            "/samarbejd-med-os/tilmeld-skole/",
        ),
        (
            "/samarbejd-med-os/for-virksomheder/",
            "Tilmeld jeres virksomhed",
            "/samarbejd-med-os/tilmeld-virksomhed/",
        ),
        (
            "/en/collaborate-with-us/for-schools/",
            "Sign up your school",
            "/en/collaborate-with-us/sign-up-school/",
        ),
        (
            "/en/collaborate-with-us/for-companies/",
            "Sign up your company",
            "/en/collaborate-with-us/sign-up-company/",
        ),
    ],
)
def test_pages_for_schools_and_companies_lead_to_their_sign_up_form(
    client, address, button, contact
):
    """The home page's calls to action end on a form in the same language."""
    html = client.get(address).content.decode()
    assert re.search(rf'<a [^>]*href="{contact}"[^>]*>\s*{button}\s*</a>', html)
    assert client.get(contact).status_code == 200
