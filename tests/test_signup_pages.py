"""The sign-up form pages as editors make them: added in the Danish admin, previewed,
translated with wagtail-localize (the privacy page and notification address shared), and
the dashboard that tells them about new sign-ups and e-mails that failed."""

import pytest
from django.core import mail

from home.models import SchoolSignup, SchoolSignupPage
from tests.helpers import text_of
from tests.localize_helpers import translate_and_publish
from tests.signup_helpers import form_page, fresh_counts, privacy_page, school_data
from tests.test_admin_danish_screens import english_on_screen

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_counts_from_other_tests():
    fresh_counts()


def test_the_admin_screens_for_a_form_page_are_in_danish(client, editor):
    page = form_page("school", "da")
    for url in (
        f"/admin/pages/add/home/schoolsignuppage/{page.get_parent().pk}/",
        f"/admin/pages/add/home/companysignuppage/{page.get_parent().pk}/",
        f"/admin/pages/{page.pk}/edit/",
        "/admin/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert english_on_screen(response) == [], url


def test_editors_preview_a_form_page(client, editor):
    page = form_page("company", "da")
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert "Virksomhedens navn" in text_of(response)


def test_a_new_form_page_translated_with_wagtail_localize_takes_sign_ups_in_english(
    client, editor, danish, english, django_capture_on_commit_callbacks
):
    parent = form_page("school", "da").get_parent()
    page = SchoolSignupPage(
        title="Tilmeld jer næste bølge",
        slug="naeste-boelge",
        intro="Kun for skoler i næste bølge.",
        thank_you_heading="Tak!",
        privacy_page=privacy_page("da"),
        notification_address="boelge@example.org",
        locale=danish,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()

    translated = translate_and_publish(
        client,
        page,
        english,
        django_capture_on_commit_callbacks,
        {
            "Tilmeld jer næste bølge": "Join the next wave",
            "naeste-boelge": "next-wave",
            "Kun for skoler i næste bølge.": "Only for schools in the next wave.",
            "Tak!": "Thanks!",
        },
    )
    assert translated.notification_address == "boelge@example.org"
    assert translated.privacy_page_id == page.privacy_page_id

    response = client.get(translated.url)
    assert response.status_code == 200
    assert "Only for schools in the next wave." in text_of(response)
    # The consent box links to the privacy page in English.
    assert f'href="{privacy_page("en").url}"' in response.content.decode()

    client.logout()
    sent = client.post(translated.url, school_data())
    assert sent["Location"] == translated.url + "thank-you/"
    assert SchoolSignup.objects.get().language == "en"
    assert mail.outbox[-2].to == ["boelge@example.org"]
    assert "Thanks!" in text_of(client.get(sent["Location"]))


def test_the_dashboard_counts_new_sign_ups_and_failed_e_mails(client, editor, settings):
    settings.EMAIL_BACKEND = "tests.failing_mail.UnreachableMailServer"
    client.post(form_page("school", "da").url, school_data())
    dashboard = text_of(client.get("/admin/"))
    assert "Tilmeldinger" in dashboard
    assert "1 tilmelding: send igen" in dashboard
