"""Pages editors make private in Wagtail's privacy dialog: signed-in users only, or a
shared password. The visitor gets a site-styled form in their language, never the page."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import PageViewRestriction

from home.models import ContentPage

from .helpers import head_links, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_pages(demo_site, english):
    """A Danish page and its published English translation, linked from nowhere."""
    danish = ContentPage(title="Skolernes materiale", slug="materiale", intro="Kun for skoler.")
    demo_site.add_child(instance=danish)
    danish.save_revision().publish()
    translation = danish.copy_for_translation(english)
    translation.title, translation.slug, translation.intro = (
        "School material",
        "material",
        "Schools only.",
    )
    translation.save_revision().publish()
    return danish, translation


def restrict(page, **kwargs):
    return PageViewRestriction.objects.create(page=page, **kwargs)


@pytest.mark.parametrize(
    ("lang", "address", "login_url", "heading"),
    [
        ("da", "/materiale/", "/konto/log-ind/", "Partnerlogin"),
        ("en", "/en/material/", "/en/account/login/", "Partner login"),
    ],
)
def test_login_restricted_page_sends_visitor_to_login_in_their_language(
    client, about_pages, lang, address, login_url, heading
):
    for page in about_pages:
        restrict(page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"] == f"{login_url}?next={address}"

    login = client.get(response["Location"])
    assert login.status_code == 200
    assert head_links(login).lang == lang
    text = text_of(login)
    assert heading in text
    assert "Skolernes materiale" not in text and "School material" not in text
    assert (
        'class="site-header"' in login.content.decode()
    )  # the site's look, not Wagtail's bare page


def test_login_with_wrong_password_says_so_and_keeps_the_username(client, about_pages):
    restrict(about_pages[0], restriction_type=PageViewRestriction.LOGIN)
    User.objects.create_user("skole", password="rigtig-kode-123")

    response = client.post(
        "/konto/log-ind/", {"username": "skole", "password": "forkert", "next": "/materiale/"}
    )
    assert response.status_code == 200
    assert "adgangskoden er ikke rigtig" in text_of(response)
    assert 'value="skole"' in response.content.decode()

    response = client.post(
        "/konto/log-ind/",
        {"username": "skole", "password": "rigtig-kode-123", "next": "/materiale/"},
    )
    assert response.status_code == 302 and response["Location"] == "/materiale/"
    page = client.get("/materiale/")
    assert page.status_code == 200 and "Skolernes materiale" in text_of(page)


def test_login_does_not_redirect_to_another_site(client):
    User.objects.create_user("skole", password="rigtig-kode-123")
    response = client.post(
        "/konto/log-ind/",
        {"username": "skole", "password": "rigtig-kode-123", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.parametrize(
    ("address", "lang", "wrong_message"),
    [
        ("/materiale/", "da", "Den adgangskode, du har indtastet, er ikke korrekt"),
        ("/en/material/", "en", "The password you have entered is not correct"),
    ],
)
def test_password_protected_page_asks_for_the_password(
    client, about_pages, address, lang, wrong_message
):
    page = about_pages[0] if lang == "da" else about_pages[1]
    restriction = restrict(page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig")

    response = client.get(address)
    assert response.status_code == 200
    assert head_links(response).lang == lang
    html = response.content.decode()
    assert page.title not in text_of(response)  # nothing of the page, not even its title
    assert head_links(response).canonical is None and head_links(response).alternates == {}
    assert 'name="robots" content="noindex"' in html
    prefix = "/en/" if lang == "en" else "/"
    action = f"{prefix}_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    assert f'action="{action}"' in html

    wrong = client.post(action, {"password": "forkert", "return_url": address})
    assert wrong.status_code == 200
    assert wrong_message in text_of(wrong)
    assert page.title not in text_of(wrong)

    right = client.post(action, {"password": "hemmelig", "return_url": address})
    assert right.status_code == 302 and right["Location"] == address
    assert page.title in text_of(client.get(address))


def test_unknown_password_restriction_is_a_404_not_an_error(client):
    assert client.get("/_util/authenticate_with_password/999999/999999/").status_code == 404


def test_a_translation_carries_the_restriction_added_to_its_page_later(client, about_pages):
    danish, english = about_pages
    restriction = restrict(english, restriction_type=PageViewRestriction.LOGIN)
    for address in ("/materiale/", "/en/material/"):
        assert client.get(address).status_code == 302, address

    # Loosened on one language: both follow.
    restriction.delete()
    for address in ("/materiale/", "/en/material/"):
        assert client.get(address).status_code == 200, address


def test_deleting_a_translation_leaves_the_restriction_of_the_others(client, about_pages):
    danish, english = about_pages
    restrict(danish, restriction_type=PageViewRestriction.LOGIN)
    english.delete()
    assert PageViewRestriction.objects.filter(page=danish).exists()
    assert client.get("/materiale/").status_code == 302


def test_private_page_asked_for_in_the_wrong_language_is_not_named(
    client, about_pages, page_by_slug
):
    """Even with no English site at all, /en/<private Danish slug>/ is a plain 404."""
    danish, english = about_pages
    restrict(danish, restriction_type=PageViewRestriction.LOGIN)
    english.delete()
    page_by_slug("home", "en").delete()

    private = client.get("/en/materiale/")
    unknown = client.get("/en/findes-slet-ikke/")
    assert private.status_code == unknown.status_code == 404
    assert "not available in English" not in text_of(private)
    assert text_of(private).replace("materiale", "") == text_of(unknown).replace(
        "findes-slet-ikke", ""
    )
    # With no English front page, "go to the front page" leads to the Danish one.
    assert 'href="/">Go to the front page' in private.content.decode()


@pytest.mark.parametrize(
    ("login_url", "front_page"), [("/konto/log-ind/", "/"), ("/en/account/login/", "/en/")]
)
def test_login_without_a_page_to_return_to_lands_on_the_front_page(client, login_url, front_page):
    User.objects.create_user("skole", password="rigtig-kode-123")
    response = client.post(login_url, {"username": "skole", "password": "rigtig-kode-123"})
    assert response.status_code == 302 and response["Location"] == front_page
    assert client.get(front_page).status_code == 200


@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_password_form_is_in_the_pages_language_whatever_the_address(client, about_pages, prefix):
    """A Danish page's password form stays Danish when sent to an /en/ address."""
    danish = about_pages[0]
    restriction = restrict(
        danish, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    action = f"{prefix}_util/authenticate_with_password/{restriction.pk}/{danish.pk}/"

    wrong = client.post(action, {"password": "forkert", "return_url": "/materiale/"})
    assert wrong.status_code == 200
    assert head_links(wrong).lang == "da"
    text = text_of(wrong)
    assert "Den adgangskode, du har indtastet, er ikke korrekt" in text
    assert "Spring til indholdet" in text and "Skip to content" not in text
    assert 'action="/_util/authenticate_with_password/' in wrong.content.decode()


def test_password_form_for_an_unknown_page_is_a_404(client, about_pages):
    restriction = restrict(
        about_pages[0], restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    response = client.post(
        f"/en/_util/authenticate_with_password/{restriction.pk}/999999/", {"password": "x"}
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("query", "lead"),
    [
        ("", "For ansatte på partnerskolerne"),
        ("?next=/materiale/", "Log ind med den e-mailadresse, din invitation blev sendt til."),
    ],
    ids=["opened-directly", "sent-from-a-page"],
)
def test_visitor_login_says_why_it_is_shown(client, query, lead):
    response = client.get(f"/konto/log-ind/{query}")
    assert response.status_code == 200
    assert lead in text_of(response)


@pytest.mark.parametrize(
    ("old", "new"),
    [("/_util/login/", "/konto/log-ind/"), ("/en/_util/login/", "/en/account/login/")],
)
def test_wagtails_own_login_address_leads_to_the_one_login_page(client, old, new):
    response = client.get(f"{old}?next=/materiale/")
    assert response.status_code == 301
    assert response["Location"] == f"{new}?next=/materiale/"
