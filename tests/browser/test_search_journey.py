"""Search in real headless Chromium: from the header to a result, in Danish, on a phone;
and nothing found in Danish points to English."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_visitor_searches_from_the_header_and_opens_a_result(page, demo_content):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Søg", exact=True).click()
    page.get_by_label("Søg på sitet").fill("evalueringen")
    page.get_by_label("Søg på sitet").press("Enter")

    expect(page).to_have_url(re.compile(r"/soeg/\?q=evalueringen$"))
    expect(page.get_by_role("status")).to_contain_text("for “evalueringen”")
    expect(page.locator(".search-result mark").first).to_be_visible()
    page.screenshot(path=ARTIFACTS / "search-results.png", full_page=True)
    page.locator(".search-result__title a").first.click()
    expect(page.locator("h1")).to_be_visible()
    assert "/soeg/" not in page.url

    page.goto("/soeg/?q=apprentices")
    expect(page.get_by_text("Der blev ikke fundet noget for “apprentices”.")).to_be_visible()
    page.get_by_role("link", name=re.compile("på engelsk")).click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=apprentices$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
