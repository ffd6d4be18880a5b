"""Films in real headless Chromium: nothing leaves for YouTube until the visitor presses
play (by keyboard here), then the no-cookie player loads in place; a self-hosted film
plays with captions in the page's language."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def youtube_film(demo_content):
    from films.models import FilmIndexPage
    from tests.films_helpers import add_film, remember_embed

    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    remember_embed(url)
    library = FilmIndexPage.objects.get(slug="film")
    return add_film(library, "Velkommen til værkstedet", slug="velkommen", video_url=url)


@pytest.fixture
def recording_page(browser, live_server):
    """A page that records every request; YouTube's player is answered locally."""
    context = browser.new_context(base_url=live_server.url, locale="da-DK")
    requests = []

    def handle(route):
        url = route.request.url
        requests.append(url)
        if url.startswith(live_server.url):
            route.continue_()
        elif url.startswith("https://www.youtube-nocookie.com/embed/"):
            route.fulfill(status=200, content_type="text/html", body="<p>Player</p>")
        else:
            route.abort()

    context.route("**/*", handle)
    page = context.new_page()
    page.requests = requests
    yield page
    context.close()


def test_external_film_loads_only_after_play(recording_page, live_server, youtube_film):
    page = recording_page
    page.goto(youtube_film.url, wait_until="networkidle")
    outside = [url for url in page.requests if not url.startswith(live_server.url)]
    assert outside == []
    expect(page.locator("iframe")).to_have_count(0)
    expect(page.get_by_text("Intet hentes fra YouTube, før du trykker afspil")).to_be_visible()

    play = page.get_by_role("button", name=re.compile("Afspil “Velkommen til værkstedet”"))
    play.focus()
    page.keyboard.press("Enter")

    frame = page.locator(".film-player__stage iframe")
    expect(frame).to_have_attribute(
        "src", re.compile(r"^https://www\.youtube-nocookie\.com/embed/dQw4w9WgXcQ\?autoplay=1")
    )
    expect(frame).to_have_attribute("title", "Velkommen til værkstedet")
    expect(frame).to_be_focused()
    page.wait_for_load_state("networkidle")
    outside = [url for url in page.requests if not url.startswith(live_server.url)]
    assert outside and all(url.startswith("https://www.youtube-nocookie.com/") for url in outside)
    assert page.url.endswith(youtube_film.url)  # played in place, no reload
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "film-playing.png"))


def test_self_hosted_film_plays_with_captions_in_the_pages_language(page, demo_content):
    page.goto("/en/films/what-is-us-in-the-industry/", wait_until="domcontentloaded")
    video = page.locator("video")
    expect(video).to_be_visible()
    video.evaluate("v => { v.muted = true; return v.play(); }")
    page.wait_for_function("document.querySelector('video').currentTime > 0.5")
    tracks = video.evaluate("v => Array.from(v.textTracks).map(t => [t.language, t.mode])")
    assert tracks[0] == ["en", "showing"]
    page.wait_for_function("document.querySelector('video').textTracks[0].cues?.length === 3")
