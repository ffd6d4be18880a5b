"""What editors do with sign-ups in the Danish admin: read and filter them, export them to
a spreadsheet with Danish letters intact, see and retry e-mails that failed, make a
school's sign-up a partner school, and have old sign-ups deleted on schedule."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from home.models import CompanySignup, SchoolSignup
from resources.models import PartnerSchool, SchoolMember
from tests.helpers import text_of
from tests.partner_helpers import LINK, demo_partner
from tests.signup_helpers import company_data, form_page, fresh_counts, school_data
from tests.test_admin_danish_screens import english_on_screen

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_counts_from_other_tests():
    fresh_counts()


def sign_up(client, kind="school", lang="da", **changes):
    page = form_page(kind, lang)
    data = school_data(**changes) if kind == "school" else company_data(**changes)
    response = client.post(page.url, data)
    assert response.status_code == 302, response.content.decode()[:500]
    model = SchoolSignup if kind == "school" else CompanySignup
    return model.objects.order_by("-pk").first()


def test_editors_see_sign_ups_in_danish_and_can_filter_them(client, editor):
    sign_up(client, school_name="Skolen i Nord", region="nordjylland")
    sign_up(client, school_name="Skolen i Syd", region="syddanmark", email="syd@skolen.dk")
    sign_up(client, "company", "en")

    listing = client.get("/admin/signups/schools/")
    assert listing.status_code == 200
    assert "Skolen i Nord" in text_of(listing) and "Skolen i Syd" in text_of(listing)
    assert "Skoletilmeldinger" in text_of(listing)
    assert english_on_screen(listing) == []

    only_north = client.get("/admin/signups/schools/?region=nordjylland")
    assert "Skolen i Nord" in text_of(only_north)
    assert "Skolen i Syd" not in text_of(only_north)

    companies = client.get("/admin/signups/companies/?industry=technology&offers_visits=true")
    assert "Østergaard Smedie ApS" in text_of(companies)
    assert "Østergaard Smedie ApS" not in text_of(
        client.get("/admin/signups/companies/?offers_mentors=true")
    )

    signup = SchoolSignup.objects.get(school_name="Skolen i Nord")
    page = client.get(f"/admin/signups/schools/inspect/{signup.pk}/")
    assert page.status_code == 200
    assert "Region Nordjylland" in text_of(page)
    assert "Smed" in text_of(page)
    assert english_on_screen(page) == []


def test_sign_ups_come_from_the_site_only(client, editor):
    assert client.get("/admin/signups/schools/new/").status_code == 302  # refused
    assert (
        "/admin/signups/companies/new/"
        not in client.get("/admin/signups/companies/").content.decode()
    )


def test_people_without_admin_rights_see_no_sign_ups(client):
    client.force_login(demo_partner())
    response = client.get("/admin/signups/schools/")
    assert response.status_code == 302
    assert "/admin/" in response["Location"] or "log" in response["Location"]


def test_csv_export_opens_in_a_spreadsheet_with_danish_letters(client, editor):
    sign_up(client, school_name="Ærø Tekniske Skole", message='=HYPERLINK("http://x")')

    response = client.get("/admin/signups/schools/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="tilmeldinger-skoler.csv"' in response["Content-Disposition"]
    raw = b"".join(response.streaming_content)
    # The byte-order mark makes Excel read UTF-8; without it "Æ" would show as "Ã†".
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    heading, row = rows[0], rows[1]
    record = dict(zip(heading, row, strict=True))
    assert record["Skole"] == "Ærø Tekniske Skole"
    assert record["Kontaktperson"] == "Søren Ærø"
    assert record["Region"] == "Region Midtjylland"
    assert record["Interesserede uddannelser"] == "Smed\nElektriker"
    # A formula typed into the form is shown as text, never run.
    assert record["Besked"] == '\'=HYPERLINK("http://x")'
    assert record["Modtaget"][:4] == str(timezone.localdate().year)


def test_excel_export_works_too(client, editor):
    sign_up(client, "company")
    response = client.get("/admin/signups/companies/?export=xlsx")
    assert response.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for cell in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert "Østergaard Smedie ApS" in values
    assert "besøg, opgaver" in values


def test_a_failed_e_mail_is_shown_to_editors_and_can_be_sent_again(client, editor, settings):
    settings.EMAIL_BACKEND = "tests.failing_mail.UnreachableMailServer"
    signup = sign_up(client, lang="en")

    listing = client.get("/admin/signups/schools/?mail_failed=true")
    assert "Fejlede: redaktørerne fik ingen besked" in text_of(listing)
    assert signup.school_name in text_of(listing)
    inspect = client.get(f"/admin/signups/schools/inspect/{signup.pk}/")
    assert "Send e-mails igen" in text_of(inspect)

    # Still failing: the editor is told, nothing is lost.
    still = client.post(f"/admin/signups/schools/{signup.pk}/resend/", follow=True)
    assert "Stadig ikke sendt" in text_of(still)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert "Send e-mails for" in text_of(client.get(f"/admin/signups/schools/{signup.pk}/resend/"))
    done = client.post(f"/admin/signups/schools/{signup.pk}/resend/", follow=True)
    assert "E-mails er sendt." in text_of(done)
    notification, confirmation = mail.outbox
    assert confirmation.subject.startswith("Thank you")  # the language they signed up in
    signup.refresh_from_db()
    assert not signup.mail_failed and signup.mail_status() == "Sendt"
    assert "Send e-mails igen" not in text_of(
        client.get(f"/admin/signups/schools/inspect/{signup.pk}/")
    )


def test_only_the_e_mail_that_failed_is_sent_again(client, editor):
    signup = sign_up(client)
    signup.confirmation_sent_at = None
    signup.confirmation_error = "timed out"
    signup.save()
    mail.outbox.clear()
    client.post(f"/admin/signups/schools/{signup.pk}/resend/")
    assert [message.to for message in mail.outbox] == [["soren@skolen.dk"]]


def test_a_schools_sign_up_becomes_a_partner_school_with_its_contact_invited(client, editor):
    signup = sign_up(client, lang="en", role="leader")
    mail.outbox.clear()

    form = client.get(f"/admin/partner-area/schools/from-signup/{signup.pk}/")
    assert form.status_code == 200
    assert 'value="Erhvervsskolen Århus Nord"' in form.content.decode()
    assert english_on_screen(form) == []

    response = client.post(
        f"/admin/partner-area/schools/from-signup/{signup.pk}/",
        {
            "name": "Erhvervsskolen Århus Nord",
            "town": "Aarhus",
            "programmes": "Smed\nElektriker",
            "wave": "3",
            "start_date": "2027-08-09",
            "contact_name": "Søren Ærø",
            "email": "Soren@Skolen.dk",
            "role": "leader",
            "language": "en",
        },
        follow=True,
    )
    assert "er nu partnerskole, og en invitation er på vej til soren@skolen.dk" in text_of(response)
    school = PartnerSchool.objects.get(name="Erhvervsskolen Århus Nord")
    assert school.wave == 3 and school.programme_list == ["Smed", "Elektriker"]
    member = SchoolMember.objects.get(school=school)
    assert (member.name, member.role, member.language, member.email) == (
        "Søren Ærø",
        "leader",
        "en",
        "soren@skolen.dk",
    )
    invitation = mail.outbox[-1]
    assert invitation.to == ["soren@skolen.dk"]
    assert LINK.search(invitation.body)
    assert "/account/invitation/" in invitation.body  # in English, as they signed up
    signup.refresh_from_db()
    assert signup.partner_school == school
    assert "Erhvervsskolen Århus Nord" in text_of(
        client.get("/admin/signups/schools/?converted=true")
    )

    # Twice is once: the editor is sent to the school that exists.
    again = client.get(f"/admin/partner-area/schools/from-signup/{signup.pk}/", follow=True)
    assert "er allerede partnerskolen" in text_of(again)
    assert PartnerSchool.objects.filter(name="Erhvervsskolen Århus Nord").count() == 1


def test_conversion_refuses_a_taken_school_name_or_a_person_on_another_staff(client, editor):
    signup = sign_up(client, school_name="Demo Erhvervsskole", email="partner@example.com")
    response = client.post(
        f"/admin/partner-area/schools/from-signup/{signup.pk}/",
        {
            "name": "demo erhvervsskole",
            "town": "Aarhus",
            "programmes": "Smed",
            "contact_name": "Søren Ærø",
            "email": "partner@example.com",
            "role": "coordinator",
            "language": "da",
        },
    )
    assert response.status_code == 200
    assert "Der er allerede en skole med dette navn." in text_of(response)
    assert "er allerede ansat på Demo Erhvervsskole" in text_of(response)
    assert PartnerSchool.objects.filter(name__iexact="demo erhvervsskole").count() == 1
    signup.refresh_from_db()
    assert signup.partner_school is None


def test_old_sign_ups_are_deleted_after_the_retention_period(client, settings):
    settings.SIGNUP_RETENTION_DAYS = 30
    old = sign_up(client, school_name="Gammel skole")
    new = sign_up(client, school_name="Ny skole")
    old_company = sign_up(client, "company")
    for signup, days in ((old, 31), (new, 29), (old_company, 400)):
        type(signup).objects.filter(pk=signup.pk).update(
            created_at=timezone.now() - timedelta(days=days)
        )

    out = io.StringIO()
    call_command("delete_old_signups", "--dry-run", stdout=out)
    assert "Would delete 1 school sign-ups" in out.getvalue()
    assert SchoolSignup.objects.count() == 2

    call_command("delete_old_signups", stdout=out)
    assert list(SchoolSignup.objects.values_list("school_name", flat=True)) == ["Ny skole"]
    assert CompanySignup.objects.count() == 0
    assert "Deleted 1 company sign-ups" in out.getvalue()


def test_times_are_shown_in_the_editors_time_zone(client, editor):
    signup = sign_up(client, "company")
    local = timezone.localtime(signup.created_at).strftime("%H:%M")
    page = text_of(client.get(f"/admin/signups/companies/inspect/{signup.pk}/"))
    assert local in page
    from openpyxl import load_workbook

    response = client.get("/admin/signups/companies/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    received = next(sheet.iter_rows(min_row=2, max_row=2)).__getitem__(0).value
    assert received.strftime("%H:%M") == local


def test_a_sign_up_whose_role_is_other_leaves_the_role_to_the_editor(client, editor):
    signup = sign_up(client, role="other")
    form = client.get(f"/admin/partner-area/schools/from-signup/{signup.pk}/").content.decode()
    assert '<option value="" selected>Vælg …</option>' in form


def test_the_retention_command_also_clears_the_admins_history_of_old_sign_ups(client, editor):
    from wagtail.models import ModelLogEntry

    signup = sign_up(client, school_name="Skole der slettes")
    client.post(f"/admin/signups/schools/delete/{signup.pk}/")
    entry = ModelLogEntry.objects.get(label="Skole der slettes", action="wagtail.delete")
    assert "Søren" not in entry.label  # the history names no person
    ModelLogEntry.objects.filter(pk=entry.pk).update(timestamp=timezone.now() - timedelta(days=400))
    call_command("delete_old_signups", stdout=io.StringIO())
    assert not ModelLogEntry.objects.filter(pk=entry.pk).exists()
