"""The recruitment journey in real headless Chromium: a school finds the sign-up form
from "Collaborate with us", makes a mistake, corrects it without retyping, is thanked;
an editor finds the sign-up in the Danish admin and makes it a partner school."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_school_signs_up_and_an_editor_makes_it_a_partner(page, demo_content):
    from home.models import SchoolSignup
    from resources.models import SchoolMember

    page.goto("/en/")
    page.get_by_role("navigation").get_by_role("link", name="Collaborate with us").first.click()
    page.get_by_role("link", name="Sign up your school").first.click()
    expect(page.get_by_role("heading", name="Sign up your school", level=1)).to_be_visible()

    page.get_by_label("Name of the school").fill("Vestjyllands Erhvervsskole")
    page.get_by_label("Programmes that are interested").fill("Smed\nTømrer")
    page.get_by_label("Town").fill("Ringkøbing")
    page.get_by_label("Region").select_option(label="Central Denmark Region")
    page.get_by_label("Your name").fill("Birgitte Ølgaard")
    page.get_by_label("Your role at the school").select_option(label="Coordinator")
    page.get_by_label("E-mail address").fill("birgitte@vest.example")
    # The hidden trap field is neither visible nor reachable.
    expect(page.locator("#id_website")).not_to_be_in_viewport()
    page.get_by_role("button", name="Send sign-up").click()

    # Consent was forgotten: the form says so next to the box and keeps the rest.
    expect(page.get_by_text("Tick the box so that we may store your details")).to_be_visible()
    expect(page.get_by_label("Town")).to_have_value("Ringkøbing")
    expect(page.get_by_label("Name of the school")).to_have_value("Vestjyllands Erhvervsskole")
    page.get_by_label(re.compile("I agree that OS I BRANCHEN stores")).check()
    page.get_by_role("button", name="Send sign-up").click()

    expect(page).to_have_url(re.compile(r"/en/collaborate-with-us/sign-up-school/thank-you/$"))
    expect(page.get_by_role("heading", name="Thank you for signing up")).to_be_visible()
    page.screenshot(path=ARTIFACTS / "signup-thanks.png", full_page=True)
    signup = SchoolSignup.objects.get(school_name="Vestjyllands Erhvervsskole")
    assert [message.to for message in mail.outbox] == [
        [signup.notify_address],
        ["birgitte@vest.example"],
    ]

    # The editor, in the Danish admin.
    page.goto("/admin/login/")
    page.locator("#id_username").fill("editor")
    page.locator("#id_password").fill("osib-demo-2026")
    page.locator("#id_password").press("Enter")
    page.goto("/admin/signups/schools/")
    expect(page.get_by_text("Vestjyllands Erhvervsskole")).to_be_visible()
    page.goto(f"/admin/signups/schools/inspect/{signup.pk}/")
    page.get_by_role("link", name="Gør til partnerskole").click()
    expect(page.locator("#id_name")).to_have_value("Vestjyllands Erhvervsskole")
    page.locator("#id_wave").fill("4")
    page.get_by_role("button", name="Gør til partnerskole og invitér").click()
    expect(page.get_by_text("er nu partnerskole, og en invitation er på vej")).to_be_visible()

    member = SchoolMember.objects.get(user__email="birgitte@vest.example")
    assert member.school.name == "Vestjyllands Erhvervsskole" and member.school.wave == 4
    assert "/account/invitation/" in mail.outbox[-1].body
