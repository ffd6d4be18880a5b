"""The partner journey in real headless Chromium: an invited person chooses a password,
opens an activity, downloads a handout and copies a standard e-mail."""

import re

import pytest
from django.core import mail
from django.test import RequestFactory
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_invited_person_sets_a_password_and_uses_the_area(browser, live_server, demo_content):
    from resources import invitations
    from resources.models import PartnerSchool
    from tests.partner_helpers import NEW_PASSWORD, invitation_link

    member = invitations.add_member(
        school=PartnerSchool.objects.get(name="Demo Erhvervsskole"),
        email="ny.laerer@example.com",
        name="Ny Lærer",
        role="teacher",
        language="da",
    )
    invitations.send(member, RequestFactory().get("/", HTTP_HOST="testserver"))
    link = invitation_link(mail.outbox[-1])

    context = browser.new_context(base_url=live_server.url, locale="da-DK", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(live_server.url) else route.abort()
        ),
    )
    page = context.new_page()
    try:
        page.goto(link)
        expect(page.get_by_role("heading", name="Velkommen til partnerområdet")).to_be_visible()
        page.locator("#id_new_password1").fill("kort")
        page.locator("#id_new_password2").fill("kort")
        page.get_by_role("button", name="Gem adgangskoden og gå ind").click()
        expect(page.locator(".field__errors").first).to_be_visible()

        page.locator("#id_new_password1").fill(NEW_PASSWORD)
        page.locator("#id_new_password2").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Gem adgangskoden og gå ind").click()
        expect(page).to_have_url(re.compile(r"/partner/$"))
        expect(page.get_by_text("Hej Ny Lærer")).to_be_visible()

        page.get_by_role("link", name="Aktiviteter").click()
        page.get_by_role("link", name="Velkomstdag med lærlinge og virksomheder").click()
        expect(page.get_by_role("heading", name="Formål")).to_be_visible()
        with page.expect_download() as download_info:
            page.locator(".handout a").first.click()
        download = download_info.value
        assert download.suggested_filename.endswith(".pdf")
        with open(download.path(), "rb") as handout:
            assert handout.read(5) == b"%PDF-"

        page.goto("/partner/standardmails/")
        first = page.locator(".standard-email").first
        first.get_by_role("button", name="Kopiér mailen").click()
        expect(first.locator(".copy-status")).to_have_text("Kopieret")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "På Demo Erhvervsskole i Roskilde" in copied
        assert "Ny Lærer" in copied  # the sender is the person signed in
        page.screenshot(path=str(ARTIFACTS / "partner-standard-emails.png"), full_page=True)
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        context.close()


def test_ticking_a_step_saves_it_without_reloading(page, demo_content):
    from tests.partner_helpers import DEMO_PASSWORD

    page.goto("/konto/log-ind/")
    page.locator("#id_username").fill("partner@example.com")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.goto("/partner/kom-i-gang-koordinator/")
    page.locator(".step input[type=checkbox]").first.check()
    expect(page.locator(".progress__text").first).to_have_text("1 af 5 trin gennemført")
    page.reload()
    expect(page.locator(".step input[type=checkbox]").first).to_be_checked()
