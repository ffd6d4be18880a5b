"""The partner area's pages as a partner uses them: the start page, onboarding progress,
standard e-mails filled in for their school, and restrictions that follow translations."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from resources.models import OnboardingGuidePage, PartnerAreaPage, StandardEmail
from resources.placeholders import fill, values_for
from tests.helpers import count_queries, text_of
from tests.partner_helpers import demo_partner, demo_school

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_client(client):
    client.force_login(demo_partner())
    return client


def test_start_page_shows_school_next_step_material_and_partner_news(partner_client):
    response = partner_client.get("/partner/")
    text = text_of(response)
    assert "Hej Mette Demo (Koordinator)" in text
    assert "Demo Erhvervsskole, Roskilde" in text
    assert "11. januar 2027" in text
    assert "Næste trin: Læs drejebogen" in text  # the coordinator's guide, first step
    assert "0 af 5 trin gennemført" in text
    assert "Nyeste materiale" in text
    assert "Bølge 4 starter i januar" in text  # partner news
    english = text_of(partner_client.get("/en/partner/"))
    assert "Hello Mette Demo (Coordinator)" in english
    assert "Jan. 11, 2027" in english
    assert "Wave 4 starts in January" in english


def test_start_page_costs_a_bounded_number_of_queries(partner_client):
    # Issue 9: the shell of every page costs a fixed number of queries; the
    # target for partner pages is 25.
    assert count_queries(partner_client, "/partner/") <= 42


def test_ticking_off_steps_is_saved_per_person_and_shared_across_languages(partner_client):
    guide = OnboardingGuidePage.objects.get(locale__language_code="da", role="coordinator")
    first, second = guide.step_ids()[:2]
    response = partner_client.post(guide.url, {"step": first, "done": "1"})
    assert response.status_code == 302
    assert response["Location"] == f"{guide.url}#step-{first}"
    as_json = partner_client.post(
        guide.url, {"step": second, "done": "1"}, HTTP_ACCEPT="application/json"
    )
    assert as_json.json() == {"done": 2, "total": 5}
    assert "2 af 5 trin gennemført" in text_of(partner_client.get(guide.url))
    english = OnboardingGuidePage.objects.get(locale__language_code="en", role="coordinator")
    page = partner_client.get(english.url).content.decode()
    assert page.count("checked") == 2
    assert "2 of 5 steps done" in page
    # Untick one.
    partner_client.post(english.url, {"step": first, "done": "0"})
    assert "1 af 5 trin gennemført" in text_of(partner_client.get(guide.url))
    # Another person's progress is their own.
    from tests.partner_helpers import demo_visitor

    visitor = demo_visitor()
    visitor.groups.add(Group.objects.get(name="Partner schools"))
    partner_client.force_login(visitor)
    assert "0 af 5 trin gennemført" in text_of(partner_client.get(guide.url))


def test_an_unknown_step_changes_nothing(partner_client):
    guide = OnboardingGuidePage.objects.get(locale__language_code="da", role="coordinator")
    bad = partner_client.post(guide.url, {"step": "../../etc"}, HTTP_ACCEPT="application/json")
    assert bad.status_code == 400
    assert partner_client.post(guide.url, {"step": ""}).status_code == 302
    assert "0 af 5 trin gennemført" in text_of(partner_client.get(guide.url))


def test_standard_emails_are_filled_in_for_the_partners_school(partner_client):
    text = partner_client.get("/partner/standardmails/").content.decode()
    assert "Vil I tage imod nye elever fra Demo Erhvervsskole?" in text
    assert "På Demo Erhvervsskole i Roskilde starter vi OS I BRANCHEN den 11. januar 2027" in text
    assert "{school}" not in text
    assert "[virksomhedens navn]" in text  # left for the sender
    assert "mailto:?subject=Vil%20I%20tage%20imod" in text
    assert text.count("data-copy=") == 10  # body and subject of five e-mails
    english = partner_client.get("/en/partner/standard-emails/").content.decode()
    assert "Will you welcome new students from Demo Erhvervsskole?" in english


def test_a_value_the_school_has_not_given_shows_what_belongs_there(partner_client):
    school = demo_school()
    school.start_date = None
    school.save()
    member = demo_partner().school_membership
    with translation.override("da"):
        assert fill("Start {start_date}", values_for(member)) == "Start [skolens startdato]"
    with translation.override("en"):
        assert fill("From {school}", values_for(member)) == "From Demo Erhvervsskole"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{0}", "Ukendt pladsholder: {0}"),
        ("{}", "Ukendt pladsholder: {}"),
        ("{school!r}", "Ukendt pladsholder: {school!r}"),
        ("{school:>10000}", "Ukendt pladsholder"),
        ("{SCHOOL}", "Ukendt pladsholder: {SCHOOL}"),
        ("{foo}", "Ukendt pladsholder: {foo}"),
        ("{school", "En krøllet parentes mangler sin partner"),
        ("school}", "En krøllet parentes mangler sin partner"),
    ],
)
def test_anything_in_curly_brackets_but_a_placeholder_is_refused(text, message):
    email = StandardEmail(
        title="Test", subject="Emne", body=f"Fra {text} og {{school}}", locale=Locale.get_default()
    )
    with translation.override("da"), pytest.raises(ValidationError) as error:
        email.full_clean()
    assert message in str(error.value.message_dict["body"])


def test_unknown_placeholders_are_refused_with_the_ones_there_are():
    email = StandardEmail(
        title="Test", subject="Hej {skole}", body="Fra {school}", locale=Locale.get_default()
    )
    with translation.override("da"), pytest.raises(ValidationError) as error:
        email.full_clean()
    message = str(error.value.message_dict["subject"])
    assert "{skole}" in message and "{school}" in message


def test_a_new_translation_keeps_its_sources_own_restriction(editor, client):
    """A page with a restriction of its own, translated under a restricted parent, is
    restricted in the new language too (so it stays private if the parent is freed)."""
    area = PartnerAreaPage.objects.get(locale__language_code="da")
    playbook = area.get_children().get(slug="drejebog").specific
    restriction = PageViewRestriction.objects.create(
        page=playbook, restriction_type=PageViewRestriction.LOGIN
    )
    english_playbook = playbook.get_translation(Locale.objects.get(language_code="en"))
    english_playbook.delete()
    assert PageViewRestriction.objects.filter(page=playbook).exists()
    response = client.post(
        f"/admin/localize/submit/page/{playbook.pk}/",
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )
    assert response.status_code == 302
    english = playbook.get_translation(Locale.objects.get(language_code="en"))
    copies = PageViewRestriction.objects.filter(page=english)
    assert [r.restriction_type for r in copies] == [restriction.restriction_type]


def test_changing_the_groups_of_a_restriction_changes_its_translations():
    area_da = PartnerAreaPage.objects.get(locale__language_code="da")
    area_en = PartnerAreaPage.objects.get(locale__language_code="en")
    restriction = PageViewRestriction.objects.get(page=area_da)
    restriction.groups.remove(Group.objects.get(name="Site editors"))
    names = set(PageViewRestriction.objects.get(page=area_en).groups.values_list("name", flat=True))
    assert names == {"Partner schools"}


def test_pages_print_cleanly(partner_client):
    text = partner_client.get("/partner/drejebog/").content.decode()
    assert 'class="printable"' in text
    assert text.count('class="chapter"') == 5
    assert 'href="#chapter-' in text  # the table of contents
    css = Path("static/css/site.css").read_text()
    assert "@media print" in css and ".chapter { page-break-before: always" in css


def test_the_schools_list_in_the_admin_speaks_danish(client, editor):
    text = client.get("/admin/partner-area/schools/").content.decode()
    assert "Demo Erhvervsskole" in text
    assert "True" not in text and "False" not in text
    staff = client.get("/admin/partner-area/staff/").content.decode()
    assert "E-mailadresse" in staff


def test_an_untranslated_email_is_filled_in_its_own_language(partner_client):
    """A Danish e-mail shown on the English page (not translated yet) has Danish dates,
    and only its own text is marked Danish, not the page's buttons."""
    StandardEmail.objects.create(
        locale=Locale.get_default(), title="Kun dansk", subject="Start {start_date}", body="Hej"
    )
    text = partner_client.get("/en/partner/standard-emails/").content.decode()
    assert '<span id="subject-6" lang="da">Start 11. januar 2027</span>' in text
    assert "Copy the e-mail" in text
