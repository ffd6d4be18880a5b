"""The main journeys in real headless Chromium."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_visitor_reads_both_languages(page, demo_content):
    page.goto("/", wait_until="domcontentloaded")
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.locator("h1")).to_have_text("Første skoledag er første dag i branchen")

    # Keyboard users get the skip link first.
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Spring til indholdet")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.get_by_role("navigation", name="Vælg sprog").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(
        "Your first day at school is your first day in the industry"
    )

    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="About US IN THE INDUSTRY"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/about-us/$"))
    question = page.get_by_text("Who is US IN THE INDUSTRY for?")
    question.click()
    expect(page.get_by_text("For students on the second basic course")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "about-en.png"), full_page=True)

    page.get_by_role("navigation", name="Choose language").get_by_role("link", name="Dansk").click()
    expect(page).to_have_url(re.compile(r"/om-os/$"))
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.locator("h1")).to_have_text("Om OS I BRANCHEN")


def test_menu_on_a_phone(browser, live_server, demo_content):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto("/", wait_until="domcontentloaded")
    toggle = page.get_by_role("button", name="Menu")
    menu_link = page.get_by_role("link", name="Samarbejd med os").first
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#site-menu")).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#site-menu")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "home-phone-menu.png"))
    page.locator("#site-menu").get_by_role("link", name="Samarbejd med os").click()
    expect(page).to_have_url(re.compile(r"/samarbejd-med-os/$"))
    assert menu_link is not None
    context.close()


def test_editor_publishes_in_the_danish_admin(page, demo_content):
    page.goto("/admin/login/", wait_until="domcontentloaded")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "osib-demo-2026")
    page.locator("form button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "da")

    from home.models import ContentPage

    contact = ContentPage.objects.get(slug="kontakt")
    page.goto(f"/admin/pages/{contact.pk}/edit/", wait_until="domcontentloaded")
    page.fill("#id_title", "Kontakt os")
    page.locator("[data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("Kontakt os")
    page.screenshot(path=str(ARTIFACTS / "admin-published.png"))

    page.goto("/kontakt/", wait_until="domcontentloaded")
    expect(page.locator("h1")).to_have_text("Kontakt os")
