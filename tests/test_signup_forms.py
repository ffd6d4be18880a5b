"""The public "collaborate with us" sign-up forms: both kinds in both languages, what is
saved and mailed, validation that keeps what was typed, the honeypot and the rate limit,
and a mail server that does not answer."""

import re

import pytest
from django.core import mail

from home.models import CompanySignup, SchoolSignup
from home.signups.retention import retention_period
from tests.helpers import text_of
from tests.signup_helpers import company_data, form_page, fresh_counts, privacy_page, school_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_counts_from_other_tests():
    fresh_counts()


def field_block(response, name):
    """The HTML of one field's block: its label, errors and input."""
    content = response.content.decode()
    found = re.search(
        rf'<(div|fieldset) class="field[^"]*"[^>]*>'
        rf'(?:(?!</\1>).)*?name="{name}"(?:(?!</\1>).)*</\1>',
        content,
        flags=re.S,
    )
    assert found, f"no field {name}"
    return found.group(0)


@pytest.mark.parametrize(
    ("kind", "lang", "heading", "first_label"),
    [
        ("school", "da", "Tilmeld jeres skole", "Skolens navn"),
        ("school", "en", "Sign up your school", "Name of the school"),
        ("company", "da", "Tilmeld jeres virksomhed", "Virksomhedens navn"),
        ("company", "en", "Sign up your company", "Name of the company"),
    ],
)
def test_each_form_is_in_its_language_with_consent_linking_to_privacy(
    client, kind, lang, heading, first_label
):
    page = form_page(kind, lang)
    response = client.get(page.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'<html lang="{lang}"' in content
    assert heading in text_of(response)
    assert first_label in text_of(response)
    consent = field_block(response, "consent")
    assert f'href="{privacy_page(lang).url}"' in consent
    from django.utils import translation

    with translation.override(lang):
        assert retention_period() in consent
    assert "no-store" in response["Cache-Control"]


def test_privacy_page_says_how_long_sign_ups_are_kept(client):
    for lang in ("da", "en"):
        from django.utils import translation

        with translation.override(lang):
            period = retention_period()
        response = client.get(privacy_page(lang).url)
        assert period in text_of(response), lang


def test_a_school_signs_up_in_danish(client):
    page = form_page("school", "da")
    response = client.post(page.url, school_data())

    assert response.status_code == 302
    assert response["Location"] == page.url + "tak/"
    signup = SchoolSignup.objects.get()
    assert signup.school_name == "Erhvervsskolen Århus Nord"
    assert signup.programmes == "Smed\nElektriker"
    assert signup.language == "da"
    assert signup.form_page_id == page.pk
    assert signup.consent_given_at is not None

    notification, confirmation = mail.outbox
    assert notification.to == [page.notify_address]
    assert notification.reply_to == ["soren@skolen.dk"]
    assert "Erhvervsskolen Århus Nord" in notification.subject
    assert "Ny tilmelding" in notification.subject
    assert "Søren Ærø" in notification.body
    assert f"/admin/signups/schools/inspect/{signup.pk}/" in notification.body
    assert confirmation.to == ["soren@skolen.dk"]
    assert "Tak" in confirmation.subject
    assert confirmation.body.startswith("Hej")
    assert "Region Midtjylland" in confirmation.body
    # The address is not checked yet: the confirmation repeats nothing typed freely
    # (names included), so the form cannot mail anyone anybody's text.
    for typed in ("Vi vil gerne være med", "Smed", "Søren Ærø", "Erhvervsskolen Århus Nord"):
        assert typed not in confirmation.body
    assert "Vi vil gerne være med" in notification.body
    assert signup.__class__.objects.get().mail_status() == "Sendt"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Tak for jeres tilmelding" in text_of(thanks)
    assert '<meta name="robots" content="noindex">' in thanks.content.decode()


def test_a_company_signs_up_in_english_and_is_confirmed_in_english(client):
    page = form_page("company", "en")
    response = client.post(page.url, company_data())

    assert response.status_code == 302
    assert response["Location"] == page.url + "thank-you/"
    signup = CompanySignup.objects.get()
    assert signup.language == "en"
    assert (signup.offers_visits, signup.offers_mentors, signup.offers_tasks) == (True, False, True)

    notification, confirmation = mail.outbox
    # The editors read Danish; the person reads the language they used.
    assert notification.subject == "Ny tilmelding fra en virksomhed: Østergaard Smedie ApS"
    assert confirmation.to == ["aase@smedie.dk"]
    assert confirmation.subject.startswith("Thank you")
    assert confirmation.body.startswith("Hello")
    assert "Åse Østergaard" not in confirmation.body
    assert "visits, tasks" in confirmation.body
    assert "Telefon" not in notification.body  # empty answers are left out
    assert "Thank you for signing up" in text_of(client.get(response["Location"]))


def test_the_thank_you_address_is_the_pages_own_language_only(client):
    assert client.get(form_page("school", "en").url + "tak/").status_code == 404
    assert client.get(form_page("school", "da").url + "thank-you/").status_code == 404


@pytest.mark.parametrize(
    ("lang", "required", "bad_email", "no_consent"),
    [
        (
            "da",
            "Dette felt er påkrævet.",
            "Skriv en e-mailadresse som mette@skolen.dk.",
            "Sæt kryds, så vi må gemme dine oplysninger; vi skal bruge dem for at svare.",
        ),
        (
            "en",
            "This field is required.",
            "Enter an e-mail address such as mette@skolen.dk.",
            "Tick the box so that we may store your details; we need them to reply.",
        ),
    ],
)
def test_mistakes_are_explained_next_to_the_field_and_nothing_typed_is_lost(
    client, lang, required, bad_email, no_consent
):
    page = form_page("school", lang)
    response = client.post(
        page.url,
        school_data(school_name="", email="soren(at)skolen", consent=None, town="Ærøskøbing"),
    )

    assert response.status_code == 400
    assert required in field_block(response, "school_name")
    assert bad_email in field_block(response, "email")
    assert no_consent in field_block(response, "consent")
    # What was typed is still there.
    assert 'value="Ærøskøbing"' in field_block(response, "town")
    assert 'value="soren(at)skolen"' in field_block(response, "email")
    assert "Vi vil gerne være med fra næste bølge." in field_block(response, "message")
    assert 'value="midtjylland" selected' in field_block(response, "region")
    assert SchoolSignup.objects.count() == 0
    assert mail.outbox == []


def test_a_company_says_what_it_can_offer(client):
    page = form_page("company", "da")
    response = client.post(page.url, company_data(offers=[]))
    assert response.status_code == 400
    assert "Sæt kryds ved, hvad I kan tilbyde" in field_block(response, "offers")

    # An offer described in the message is enough.
    response = client.post(page.url, company_data(offers=[], message="Lærlinge fortæller"))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("phone", "accepted"),
    [
        ("+45 12 34 56 78", True),
        ("12345678", True),
        ("(+45) 1234-5678", True),
        ("1234", False),
        ("ring efter kl. 16", False),
        ("1" * 20, False),
    ],
)
def test_phone_numbers(client, phone, accepted):
    response = client.post(form_page("school", "en").url, school_data(phone=phone))
    assert (response.status_code == 302) is accepted
    if not accepted:
        assert "8 to 15 digits" in field_block(response, "phone")


def test_too_long_and_odd_input_gets_a_message_not_an_error(client):
    page = form_page("school", "da")
    response = client.post(
        page.url,
        school_data(school_name="x" * 151, message="ø" * 3001, contact_name="Null\x00byte"),
    )
    assert response.status_code == 400
    assert "højst have 150 tegn" in field_block(response, "school_name")
    assert "højst have 3000 tegn" in field_block(response, "message")
    assert "Null-tegn er ikke tilladte" in field_block(response, "contact_name")
    assert SchoolSignup.objects.count() == 0


def test_look_alike_letters_in_the_address_are_refused(client):
    # A Cyrillic "а" among Latin letters.
    response = client.post(form_page("school", "en").url, school_data(email="s\u0430ren@skolen.dk"))
    assert response.status_code == 400
    assert "alphabets" in field_block(response, "email")


def test_software_that_fills_the_hidden_field_is_thanked_and_ignored(client):
    page = form_page("school", "da")
    response = client.post(page.url, school_data(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == page.url + "tak/"
    assert SchoolSignup.objects.count() == 0
    assert mail.outbox == []
    # People never see the field: it is off screen, out of the tab order and unnamed.
    trap = field_block(client.get(page.url), "website")
    assert 'class="field field--trap" aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap


def test_many_sign_ups_from_one_address_are_held_back_without_losing_the_typing(client, settings):
    settings.SIGNUP_RATE_LIMIT = "2/h"
    page = form_page("company", "en")
    for number in range(2):
        sent = client.post(
            page.url, company_data(company_name=f"Firma {number}"), REMOTE_ADDR="198.51.100.7"
        )
        assert sent.status_code == 302
    held = client.post(
        page.url, company_data(company_name="Firma Æble"), REMOTE_ADDR="198.51.100.7"
    )

    assert held.status_code == 429
    assert "try again later" in text_of(held)
    assert 'value="Firma Æble"' in field_block(held, "company_name")
    assert CompanySignup.objects.count() == 2
    # Another network is not held back.
    assert client.post(page.url, company_data(), REMOTE_ADDR="203.0.113.9").status_code == 302


def test_behind_a_proxy_the_forwarded_address_is_counted(client, settings):
    settings.SIGNUP_RATE_LIMIT = "1/h"
    settings.PROXY_COUNT = 1
    page = form_page("school", "da")
    first = client.post(page.url, school_data(), HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = client.post(page.url, school_data(), HTTP_X_FORWARDED_FOR="198.51.100.2")
    again = client.post(page.url, school_data(), HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert [first.status_code, second.status_code, again.status_code] == [302, 302, 429]
    assert "prøv igen senere" in text_of(again)


def test_a_mail_server_that_does_not_answer_loses_nothing(client, settings):
    settings.EMAIL_BACKEND = "tests.failing_mail.UnreachableMailServer"
    page = form_page("school", "en")
    response = client.post(page.url, school_data())

    assert response.status_code == 302
    assert "Thank you for signing up" in text_of(client.get(response["Location"]))
    signup = SchoolSignup.objects.get()
    assert signup.school_name == "Erhvervsskolen Århus Nord"
    assert signup.notification_sent_at is None and signup.confirmation_sent_at is None
    assert "mail server unreachable" in signup.notification_error
    assert "mail server unreachable" in signup.confirmation_error
    assert signup.mail_failed


def test_invisible_and_control_characters_are_taken_out(client):
    page = form_page("school", "en")
    response = client.post(
        page.url,
        school_data(
            school_name="Evil\r\nBcc: x@evil.example\u202e",
            message="Line one\r\nLine two\u200b",
        ),
    )
    assert response.status_code == 302
    signup = SchoolSignup.objects.get()
    assert signup.school_name == "Evil Bcc: x@evil.example"
    assert signup.message == "Line one\nLine two"

    invisible = client.post(page.url, school_data(school_name="\u200b\u200b", email="b@skolen.dk"))
    assert invisible.status_code == 400
    assert "Write it with letters or digits." in field_block(invisible, "school_name")


def test_the_same_sign_up_sent_twice_is_kept_and_mailed_once(client):
    page = form_page("company", "da")
    first = client.post(page.url, company_data())
    again = client.post(page.url, company_data())
    assert first["Location"] == again["Location"] == page.url + "tak/"
    assert CompanySignup.objects.count() == 1
    assert len(mail.outbox) == 2


def test_the_thank_you_page_says_when_no_confirmation_could_be_sent(client, settings):
    settings.EMAIL_BACKEND = "tests.failing_mail.UnreachableMailServer"
    page = form_page("school", "da")
    thanks = client.get(client.post(page.url, school_data())["Location"])
    assert "vi kunne ikke sende dig en bekræftelse" in text_of(thanks)
    # Only once: a later visit to the page does not repeat it.
    assert "vi kunne ikke sende dig en bekræftelse" not in text_of(client.get(page.url + "tak/"))


def test_an_address_set_on_the_danish_page_counts_for_the_english_one(client):
    danish = form_page("school", "da")
    danish.notification_address = "skole-team@example.dk"
    danish.save_revision().publish()
    client.post(form_page("school", "en").url, school_data())
    assert mail.outbox[0].to == ["skole-team@example.dk"]


def test_mistakes_are_listed_above_the_form_with_links_to_the_fields(client):
    response = client.post(form_page("company", "en").url, company_data(offers=[], town=""))
    content = response.content.decode()
    assert "<title>Error:" in content
    assert 'href="#id_town"' in content and 'href="#id_offers"' in content
    assert (
        'id="id_offers" tabindex="-1" aria-describedby="id_offers_helptext id_offers_error"'
        in content
    )


def test_a_corrected_sign_up_sent_again_is_kept(client):
    page = form_page("school", "da")
    client.post(page.url, school_data())
    client.post(page.url, school_data(phone="+45 87 65 43 21"))
    assert SchoolSignup.objects.count() == 2


@pytest.mark.parametrize("address", ["x@localhost", "x@[127.0.0.1]"])
def test_addresses_no_school_or_company_has_are_refused(client, address):
    response = client.post(form_page("school", "en").url, school_data(email=address))
    assert response.status_code == 400
    assert "such as mette@skolen.dk" in field_block(response, "email")


def test_names_of_blank_letters_are_refused(client):
    response = client.post(form_page("school", "en").url, school_data(contact_name="\u3164\u3164"))
    assert "Write it with letters or digits." in field_block(response, "contact_name")
