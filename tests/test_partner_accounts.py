"""Partner accounts: invitations, signing in and out, passwords, throttling and
deactivation, as the people using them meet them."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import nested_form_data

from resources.models import Invitation, SchoolMember
from tests.partner_helpers import (
    DEMO_PASSWORD,
    NEW_PASSWORD,
    demo_partner,
    demo_school,
    invitation_link,
    invited_member,
    log_in,
)

pytestmark = pytest.mark.django_db


def admin_add_member(client, **overrides):
    data = {
        "name": "Ny Lærer",
        "email": "ny.laerer@example.com",
        "language": "da",
        "school": demo_school().pk,
        "role": "teacher",
        "is_active": "on",
        **overrides,
    }
    return client.post(reverse("partner_staff:add"), nested_form_data(data))


def test_editor_invites_a_person_who_chooses_a_password_and_lands_in_the_area(client, editor):
    response = admin_add_member(client)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ny.laerer@example.com"]
    assert "Demo Erhvervsskole" in message.subject
    assert "Kære Ny Lærer" in message.body  # the person's language: Danish
    link = invitation_link(message)
    assert link.startswith("/konto/invitation/")
    client.logout()

    page = client.get(link)
    assert page.status_code == 200
    assert "ny.laerer@example.com" in page.content.decode()
    # A password that breaks the rules: a clear message, and the link still works.
    weak = client.post(link, {"new_password1": "12345", "new_password2": "12345"})
    assert weak.status_code == 400
    assert "field__errors" in weak.content.decode()
    assert client.get(link).status_code == 200

    done = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert done["Location"] == "/partner/"
    start = client.get("/partner/")
    assert start.status_code == 200
    assert "Ny Lærer" in start.content.decode()

    # The link works once.
    client.logout()
    again = client.get(link)
    assert again.status_code == 410
    assert "brugt" in again.content.decode()
    assert client.login  # (signing in goes through the log-in page below)
    signed_in = log_in(client, "NY.LAERER@example.com", NEW_PASSWORD)
    assert signed_in.status_code == 302


def test_english_invitation_is_in_english_with_an_english_link(client, rf):
    member, link = invited_member(rf, email="teacher@example.com", language="en")
    message = mail.outbox[-1]
    assert "Dear Ny Lærer" in message.body
    assert link.startswith("/en/account/invitation/")
    response = client.get(link)
    assert response.status_code == 200
    assert 'lang="en"' in response.content.decode()


@pytest.mark.parametrize(
    ("spoil", "status", "words"),
    [
        ("expire", 410, "udløb"),
        ("withdraw", 410, "trukket tilbage"),
        ("tamper", 404, "ikke gyldigt"),
        ("truncate", 404, "ikke gyldigt"),
    ],
)
def test_links_that_cannot_be_used_explain_and_change_nothing(client, rf, spoil, status, words):
    member, link = invited_member(rf)
    invitation = Invitation.objects.get(member=member)
    if spoil == "expire":
        invitation.expires_at = timezone.now() - timedelta(minutes=1)
        invitation.save()
    elif spoil == "withdraw":
        invitation.revoked_at = timezone.now()
        invitation.save()
    elif spoil == "tamper":
        link = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]
    else:
        link = link[:-10] + "/"
    for response in (
        client.get(link),
        client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}),
    ):
        assert response.status_code == status
        assert words in response.content.decode()
    member.user.refresh_from_db()
    assert not member.user.has_usable_password()
    assert "_auth_user_id" not in client.session


def test_resend_replaces_the_link_and_withdraw_stops_it(client, editor, rf):
    member, first_link = invited_member(rf)
    confirm = client.get(reverse("partner_staff:invite", args=[member.pk]))
    assert confirm.status_code == 200
    assert client.post(reverse("partner_staff:invite", args=[member.pk])).status_code == 302
    second_link = invitation_link(mail.outbox[-1])
    assert second_link != first_link
    client.logout()
    assert client.get(first_link).status_code == 410
    assert client.get(second_link).status_code == 200

    client.force_login(editor)
    client.post(reverse("partner_staff:withdraw", args=[member.pk]))
    client.logout()
    assert client.get(second_link).status_code == 410


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("PARTNER@example.com", "er allerede ansat på Demo Erhvervsskole"),
        ("ｐａｒｔｎｅｒ@example.com", "er allerede ansat på Demo Erhvervsskole"),
        ("pаrtner@example.com", "blander bogstaver"),  # a Cyrillic а
        ("not-an-address", "Skriv en e-mailadresse"),
        ("editor@example.com", "hører til en anden konto"),
    ],
)
def test_an_address_already_on_record_or_not_an_address_is_refused_clearly(
    client, editor, email, message
):
    before = (SchoolMember.objects.count(), get_user_model().objects.count())
    response = admin_add_member(client, email=email)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (SchoolMember.objects.count(), get_user_model().objects.count()) == before
    assert mail.outbox == []


def test_a_person_invited_twice_or_to_two_schools_is_one_person(client, editor):
    from resources.models import PartnerSchool

    other = PartnerSchool.objects.create(name="Anden Skole", town="Odense")
    assert admin_add_member(client, email="twice@example.com").status_code == 302
    again = admin_add_member(client, email="Twice@Example.com", school=other.pk)
    assert "er allerede ansat på Demo Erhvervsskole" in again.content.decode()
    assert SchoolMember.objects.filter(user__username="twice@example.com").count() == 1
    assert len(mail.outbox) == 1


def test_deactivating_a_person_ends_their_session_at_once(client, editor):
    partner = demo_partner()
    member = partner.school_membership
    editor_client = client
    from django.test import Client

    partner_client = Client()
    partner_client.force_login(partner)
    assert partner_client.get("/partner/").status_code == 200

    response = editor_client.post(
        reverse("partner_staff:edit", args=[member.pk]),
        nested_form_data(
            {
                "name": member.name,
                "email": partner.email,
                "language": member.language,
                "school": member.school_id,
                "role": member.role,
                # is_active left out: the box is unticked
            }
        ),
    )
    assert response.status_code == 302
    after = partner_client.get("/partner/")
    assert after.status_code == 302
    assert after["Location"].startswith("/konto/log-ind/")
    failed = log_in(partner_client, partner.email, DEMO_PASSWORD)
    assert failed.status_code == 200
    assert "Din konto er slået fra" in failed.content.decode()


def test_an_inactive_school_closes_the_area_to_its_staff(client):
    client.force_login(demo_partner())
    school = demo_school()
    school.is_active = False
    school.save()
    assert client.get("/partner/").status_code == 403
    school.is_active = True
    school.save()
    assert client.get("/partner/").status_code == 200


def test_log_in_with_the_address_typed_any_way_and_land_in_the_area(client):
    response = log_in(client, " Partner@EXAMPLE.com ", DEMO_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/partner/"


def test_log_in_returns_to_the_page_asked_for(client):
    asked = client.get("/en/partner/playbook/")
    assert asked.status_code == 302
    login_url = asked["Location"]
    assert login_url.startswith("/en/account/login/")
    form = client.get(login_url)
    assert 'lang="en"' in form.content.decode()
    response = client.post(
        login_url,
        {
            "username": "partner@example.com",
            "password": DEMO_PASSWORD,
            "next": "/en/partner/playbook/",
        },
    )
    assert response["Location"] == "/en/partner/playbook/"


def test_log_in_refuses_to_send_people_to_another_site(client):
    response = client.post(
        reverse("partner_login"),
        {
            "username": "partner@example.com",
            "password": DEMO_PASSWORD,
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/partner/"


def test_visitor_without_access_gets_the_no_access_page_after_logging_in(client):
    response = client.post(
        "/konto/log-ind/?next=/partner/",
        {"username": "visitor@example.com", "password": DEMO_PASSWORD, "next": "/partner/"},
        follow=True,
    )
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1  # one redirect, then the page: no loop
    text = response.content.decode()
    assert "Ingen adgang" in text
    assert 'type="password"' not in text


def test_every_public_page_links_to_the_login_and_a_partner_sees_start_and_logout(client):
    for address in ("/", "/en/", "/film/", "/nyheder/"):
        text = client.get(address).content.decode()
        login = "/konto/log-ind/" if not address.startswith("/en/") else "/en/account/login/"
        assert f'href="{login}"' in text, address
    client.force_login(demo_partner())
    text = client.get("/en/").content.decode()
    assert 'href="/en/partner/"' in text
    assert 'action="/en/account/logout/"' in text


def test_log_out_needs_a_post_and_says_so(client):
    client.force_login(demo_partner())
    page = client.get(reverse("partner_logout"))
    assert page.status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post(reverse("partner_logout"), follow=True)
    assert "_auth_user_id" not in client.session
    assert "Du er logget ud" in response.content.decode()


def test_password_reset_answers_the_same_and_mails_only_the_address_on_record(client):
    known = client.post(reverse("partner_password_reset"), {"email": "PARTNER@example.com"})
    unknown = client.post(reverse("partner_password_reset"), {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).content == client.get(unknown["Location"]).content
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["partner@example.com"]  # as stored, not as typed


def test_password_reset_link_sets_a_new_password(client):
    client.post(reverse("partner_password_reset"), {"email": "partner@example.com"})
    body = mail.outbox[0].body
    assert "Vælg den her" in body or "Choose it here" in body
    link = next(line for line in body.splitlines() if "/konto/adgangskode/ny/" in line)
    link = link.replace("http://testserver", "")
    form = client.get(link, follow=True)
    assert form.status_code == 200
    target = form.redirect_chain[-1][0]
    done = client.post(target, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert demo_partner().check_password(NEW_PASSWORD)
    used = client.get(link)
    assert "kan ikke bruges" in used.content.decode()


def test_change_password_when_signed_in(client):
    client.force_login(demo_partner())
    response = client.post(
        reverse("partner_password_change"),
        {
            "old_password": DEMO_PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert demo_partner().check_password(NEW_PASSWORD)
    client.logout()
    response = client.get(reverse("partner_password_change"))
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/log-ind/?next=")


def fail(client, username, address="10.0.0.1"):
    return log_in(client, username, "wrong-password", address=address)


def test_repeated_failures_lock_the_account_whatever_the_address(client, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, "Partner@example.com", address=f"10.0.1.{number}")
    locked = log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.2.1")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "For mange forsøg" in text
    assert "15 minutter" in text
    assert "ophæves spærringen af din konto" in text
    assert "_auth_user_id" not in client.session


def test_many_failures_from_one_address_lock_that_address_a_few_do_not(client, settings):
    """A school's staff share one address: one person's typos lock nobody else out."""
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, f"typo{number}@example.com", address="10.0.3.3")
    colleague = log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.3.3")
    assert colleague.status_code == 302
    client.logout()
    for number in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT):
        fail(client, f"someone{number}@example.com", address="10.0.3.3")
    locked = log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.3.3")
    assert locked.status_code == 429
    assert "fra jeres netværk" in locked.content.decode()
    elsewhere = log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.3.4")
    assert elsewhere.status_code == 302


def test_a_password_reset_ends_the_lockout_of_its_account(client, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, "partner@example.com", address=f"10.0.4.{number}")
    client.post(reverse("partner_password_reset"), {"email": "partner@example.com"})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/adgangskode/ny/" in line)
    form = client.get(link.replace("http://testserver", ""), follow=True)
    client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    response = log_in(client, "partner@example.com", NEW_PASSWORD, address="10.0.4.99")
    assert response.status_code == 302


def test_account_pages_speak_english_under_en(client):
    with translation.override("en"):
        address = reverse("partner_password_reset")
    assert address == "/en/account/password/forgotten/"
    response = client.get(address)
    assert 'lang="en"' in response.content.decode()
    assert "Forgotten your password?" in response.content.decode()


def test_someone_invited_who_asks_for_a_new_password_gets_the_invitation_again(client, rf):
    member, first_link = invited_member(rf)
    response = client.post(reverse("partner_password_reset"), {"email": "NEW.teacher@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    second_link = invitation_link(mail.outbox[-1])
    assert second_link != first_link
    assert client.get(second_link).status_code == 200


def test_the_login_page_says_who_is_signed_in_and_never_returns_to_itself(client):
    client.force_login(demo_partner())
    text = client.get(reverse("partner_login")).content.decode()
    assert "Du er logget ind som partner@example.com" in text
    client.logout()
    response = client.post(
        reverse("partner_login") + "?next=/konto/log-ind/",
        {"username": "partner@example.com", "password": DEMO_PASSWORD, "next": "/konto/log-ind/"},
    )
    assert response["Location"] == "/partner/"


def test_changing_an_invited_persons_address_stops_the_old_link(client, editor, rf):
    member, old_link = invited_member(rf, email="typo@example.com")
    response = client.post(
        reverse("partner_staff:edit", args=[member.pk]),
        nested_form_data(
            {
                "name": member.name,
                "email": "Right@Example.com",
                "language": "da",
                "school": member.school_id,
                "role": member.role,
                "is_active": "on",
            }
        ),
    )
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["right@example.com"]
    new_link = invitation_link(mail.outbox[-1])
    client.logout()
    assert client.get(old_link).status_code == 410
    assert client.get(new_link).status_code == 200


def test_adding_someone_with_an_account_sends_no_password_link(client, editor):
    response = admin_add_member(client, email="visitor@example.com", name="Vera Visitor")
    assert response.status_code == 302
    assert mail.outbox == []
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("ingen invitation" in m for m in messages)
    client.force_login(get_user_model().objects.get(username="visitor@example.com"))
    assert client.get("/partner/").status_code == 200


def test_a_switched_off_person_is_told_so_when_the_password_is_right(client, editor):
    member = demo_partner().school_membership
    member.is_active = False
    member.save()
    client.logout()
    right = log_in(client, "partner@example.com", DEMO_PASSWORD)
    assert "Din konto er slået fra" in right.content.decode()
    wrong = log_in(client, "partner@example.com", "forkert-1234")
    assert "Din konto er slået fra" not in wrong.content.decode()
    assert "ikke rigtig" in wrong.content.decode()


def test_withdrawing_an_invitation_that_is_not_open_says_so(client, editor, rf):
    member, _link = invited_member(rf)
    client.post(reverse("partner_staff:withdraw", args=[member.pk]))
    again = client.post(reverse("partner_staff:withdraw", args=[member.pk]), follow=True)
    assert "har ingen åben invitation at trække tilbage" in again.content.decode()


def test_signing_in_to_one_account_does_not_lift_the_block_on_another(client, settings):
    """Someone with an account of their own cannot clear the failures they made against
    somebody else's from the same address by signing in themselves."""
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        fail(client, "visitor@example.com", address="10.0.5.5")
    own = log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.5.5")
    assert own.status_code == 302
    client.logout()
    target = log_in(client, "visitor@example.com", DEMO_PASSWORD, address="10.0.5.5")
    assert target.status_code == 429


def test_a_successful_log_in_clears_the_persons_own_failures(client, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        fail(client, "partner@example.com", address="10.0.6.6")
    assert (
        log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.6.6").status_code == 302
    )
    client.logout()
    fail(client, "partner@example.com", address="10.0.6.6")
    assert (
        log_in(client, "partner@example.com", DEMO_PASSWORD, address="10.0.6.6").status_code == 302
    )


def test_a_mail_server_that_fails_keeps_the_person_and_says_so(client, editor, settings):
    settings.EMAIL_BACKEND = "tests.failing_mail.UnreachableMailServer"
    response = admin_add_member(client, email="offline@example.com")
    assert response.status_code == 302
    assert SchoolMember.objects.filter(user__username="offline@example.com").exists()
    listing = client.get(response["Location"])
    assert "kunne ikke sendes" in listing.content.decode()


def test_behind_a_proxy_the_forwarded_address_is_counted(client, settings):
    settings.PROXY_COUNT = 1
    for number in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT):
        client.post(
            reverse("partner_login"),
            {"username": f"someone{number}@example.com", "password": "wrong-password"},
            REMOTE_ADDR="10.1.1.1",  # the proxy
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    other_visitor = client.post(
        reverse("partner_login"),
        {"username": "partner@example.com", "password": DEMO_PASSWORD},
        REMOTE_ADDR="10.1.1.1",
        HTTP_X_FORWARDED_FOR="203.0.113.8",
    )
    assert other_visitor.status_code == 302
    client.logout()
    same_visitor = client.post(
        reverse("partner_login"),
        {"username": "partner@example.com", "password": DEMO_PASSWORD},
        REMOTE_ADDR="10.1.1.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert same_visitor.status_code == 429
