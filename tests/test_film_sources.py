"""Where a film's video comes from, and what happens when that goes wrong: YouTube and
Vimeo are asked through a stand-in oEmbed server on loopback (no internet in tests);
uploads are checked before they are kept. The editor always gets a clear message, and
nothing is half-saved."""

import html
import json
import time

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from films.models import FilmPage
from films.video_sources import parse_video_url

from .films_helpers import VTT, WEBM, add_film, document
from .helpers import text_of
from .localize_helpers import translate_and_publish
from .oembed_server import FakeOEmbed

pytestmark = pytest.mark.django_db

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.fixture
def provider(settings):
    server = FakeOEmbed()
    settings.FILMS_OEMBED_ENDPOINTS = {"youtube": server.url, "vimeo": server.url}
    settings.FILMS_OEMBED_TIMEOUT = 0.5
    cache.clear()
    yield server
    server.close()
    cache.clear()


@pytest.fixture
def library(page_by_slug):
    return page_by_slug("film", "da")


def film_form(**fields):
    data = {
        "title": "Ny film",
        "slug": "ny-film",
        "description": "En kort film.",
        "duration": "2:30",
        "video_url": "",
        "video_file": "",
        "captions": streamfield([]),
        "topic_links": inline_formset([]),
        "transcript": rich_text(""),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


def add_in_admin(client, library, **fields):
    return client.post(f"/admin/pages/add/films/filmpage/{library.pk}/", film_form(**fields))


def errors_shown(response):
    return text_of(response)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ", "")),
        ("https://youtu.be/dQw4w9WgXcQ?t=42", ("youtube", "dQw4w9WgXcQ", "")),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ", "")),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ", "")),
        ("https://vimeo.com/76979871", ("vimeo", "76979871", "")),
        ("https://vimeo.com/76979871/abcdef1234", ("vimeo", "76979871", "abcdef1234")),
        (
            "https://player.vimeo.com/video/76979871?h=abcdef1234",
            ("vimeo", "76979871", "abcdef1234"),
        ),
        ("https://vimeo.com/channels/staffpicks/76979871", ("vimeo", "76979871", "")),
        ("https://vimeo.com/groups/film/videos/76979871", ("vimeo", "76979871", "")),
        ("https://vimeo.com/showcase/123456", None),
        ("https://vimeo.com/user/123", None),
        ("https://vimeo.com/123/456", None),
        ("https://vimeo.com/album/123/video/456", None),
        ("https://vimeo.com/\u00b2\u00b3", None),
        ("https://vimeo.com/\u0661\u0662\u0663", None),
        ("https://www.youtube.com/watch?v=short", None),
        ("https://www.youtube.com/@channel", None),
        ("https://example.org/watch?v=dQw4w9WgXcQ", None),
        ("javascript:alert(1)", None),
        ("https://[::1", None),
        ("", None),
    ],
)
def test_only_youtube_and_vimeo_videos_are_recognised(url, expected):
    video = parse_video_url(url)
    assert (video and (video.provider, video.video_id, video.vimeo_hash)) == expected


def test_a_new_address_is_checked_with_the_provider_and_then_saved(
    client, editor, library, provider
):
    response = add_in_admin(client, library, video_url=YOUTUBE)
    assert response.status_code == 302
    film = FilmPage.objects.get(slug="ny-film")
    assert film.live and film.video_url == YOUTUBE
    assert provider.requests == ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"]
    assert Embed.objects.filter(url="https://www.youtube.com/watch?v=dQw4w9WgXcQ").exists()


@pytest.mark.parametrize(
    ("status", "delay", "message"),
    [
        (404, 0, "YouTube kender ikke denne video: den kan være slettet eller gjort privat."),
        (401, 0, "YouTube tillader ikke, at denne video vises på andre websteder"),
        (403, 0, "YouTube tillader ikke, at denne video vises på andre websteder"),
        (500, 0, "YouTube svarede med en fejl (500), så videoen kunne ikke kontrolleres."),
        (200, 2, "YouTube svarede ikke inden for 0.5 sekunder"),
    ],
)
def test_provider_refusals_and_timeouts_are_explained_and_nothing_is_saved(
    client, editor, library, provider, status, delay, message
):
    provider.status, provider.delay = status, delay
    started = time.monotonic()
    response = add_in_admin(client, library, video_url=YOUTUBE)
    assert time.monotonic() - started < 2  # the short timeout, not the provider's delay
    assert response.status_code == 200
    assert message in errors_shown(response)
    assert "Ny film" in response.content.decode()  # what was typed is kept
    assert not FilmPage.objects.filter(slug="ny-film").exists()
    assert not Embed.objects.exists()


def test_a_provider_that_trickles_its_answer_is_cut_off_in_time(client, editor, library, provider):
    provider.trickle = True  # a few bytes a second: no single read ever times out
    started = time.monotonic()
    response = add_in_admin(client, library, video_url=YOUTUBE)
    assert time.monotonic() - started < 2
    assert "YouTube svarede ikke inden for 0.5 sekunder" in text_of(response)
    assert not FilmPage.objects.filter(slug="ny-film").exists()


def test_an_unreachable_provider_is_explained(client, editor, library, settings):
    settings.FILMS_OEMBED_ENDPOINTS = {"youtube": "http://127.0.0.1:9/oembed", "vimeo": ""}
    response = add_in_admin(client, library, video_url=YOUTUBE)
    assert response.status_code == 200
    assert "YouTube kunne ikke nås, så videoen kunne ikke kontrolleres." in errors_shown(response)
    assert not FilmPage.objects.filter(slug="ny-film").exists()


@pytest.mark.parametrize(
    "url",
    ["https://example.org/film.mp4", "https://www.dailymotion.com/video/x7", "ftp://youtube.com/x"],
)
def test_unsupported_addresses_are_refused_without_asking_anyone(
    client, editor, library, provider, url
):
    response = add_in_admin(client, library, video_url=url)
    assert response.status_code == 200
    text = errors_shown(response)
    assert "Kun adresser fra YouTube og Vimeo kan bruges" in text or "gyldig URL" in text
    assert provider.requests == []
    assert not FilmPage.objects.filter(slug="ny-film").exists()


def test_an_address_that_is_not_one_video_says_so(client, editor, library, provider):
    for url in ("https://vimeo.com/showcase/123456", "https://www.youtube.com/@osibranchen"):
        response = add_in_admin(client, library, video_url=url)
        assert "Denne adresse peger ikke på én video." in text_of(response)
    assert provider.requests == []


def test_many_hanging_provider_answers_do_not_block_later_checks(client, editor, library, provider):
    provider.trickle = True
    for number in range(6):
        add_in_admin(client, library, video_url=f"https://youtu.be/aaaaaaaaaa{number}")
    provider.trickle = False
    response = add_in_admin(client, library, video_url=YOUTUBE)
    assert response.status_code == 302
    assert FilmPage.objects.filter(slug="ny-film", video_url=YOUTUBE).exists()


def test_copying_a_film_while_the_provider_is_down_works(client, editor, library, provider):
    film = add_film(library, "Original", slug="original", video_url=YOUTUBE)
    Embed.objects.all().delete()
    provider.status = 500
    response = client.post(
        f"/admin/pages/{film.pk}/copy/",
        {
            "new_title": "Kopi",
            "new_slug": "kopi",
            "new_parent_page": library.pk,
            "copy_subpages": "",
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    assert FilmPage.objects.get(slug="kopi").live


def test_saving_a_known_film_again_does_not_need_the_provider(client, editor, library, provider):
    add_in_admin(client, library, video_url=YOUTUBE)
    film = FilmPage.objects.get(slug="ny-film")
    provider.status = 500  # YouTube is down now
    response = client.post(
        f"/admin/pages/{film.pk}/edit/", film_form(video_url=YOUTUBE, description="Ændret.")
    )
    assert response.status_code == 302
    film.refresh_from_db()
    assert film.description == "Ændret."
    assert len(provider.requests) == 1


def test_page_view_without_a_stored_answer_falls_back_to_a_link_and_stops_asking(
    client, library, provider
):
    # A translation may point at a video nobody checked in the admin.
    film = add_film(library, "Uprøvet", slug="uproevet", video_url=YOUTUBE)
    Embed.objects.all().delete()
    provider.requests.clear()
    provider.delay = 2
    started = time.monotonic()
    first = client.get(film.url)
    assert time.monotonic() - started < 2
    assert first.status_code == 200
    assert "Filmen kan ikke vises her lige nu." in text_of(first)
    html = first.content.decode()
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert "<iframe" not in html and "film-player__consent" not in html
    asked = len(provider.requests)
    for _ in range(3):
        assert client.get(film.url).status_code == 200
    assert len(provider.requests) == asked  # an outage costs one slow view, not every one


def test_page_view_asks_once_and_then_plays_from_the_stored_answer(client, library, provider):
    film = add_film(library, "Ny på YouTube", slug="ny-paa-youtube", video_url=YOUTUBE)
    Embed.objects.all().delete()
    provider.requests.clear()
    assert "film-player__consent" in client.get(film.url).content.decode()
    provider.status = 500
    assert "film-player__consent" in client.get(film.url).content.decode()
    assert len(provider.requests) == 1


def test_a_refused_video_is_not_asked_about_on_every_view(client, library, provider):
    film = add_film(library, "Slettet", slug="slettet", video_url=YOUTUBE)
    Embed.objects.all().delete()  # deleted at YouTube since, and the record lost
    provider.requests.clear()
    provider.status = 404
    for _ in range(3):
        assert "Se “Slettet” på YouTube" in text_of(client.get(film.url))
    assert len(provider.requests) == 1


def test_a_film_can_be_edited_while_the_provider_is_down(client, editor, library, provider):
    film = add_film(library, "Gammel", slug="gammel", video_url=YOUTUBE)
    Embed.objects.all().delete()  # e.g. the embed table was emptied
    provider.status = 500
    response = client.post(
        f"/admin/pages/{film.pk}/edit/",
        film_form(title="Gammel film", slug="gammel", video_url=YOUTUBE),
    )
    assert response.status_code == 302
    film.refresh_from_db()
    assert film.title == "Gammel film"
    # A new address still has to be checked.
    other = "https://www.youtube.com/watch?v=bbbbbbbbbbb"
    response = client.post(
        f"/admin/pages/{film.pk}/edit/",
        film_form(title="Gammel film", slug="gammel", video_url=other),
    )
    assert "YouTube svarede med en fejl (500)" in text_of(response)
    film.refresh_from_db()
    assert film.video_url == YOUTUBE


def test_a_translation_pointing_at_an_unusable_video_is_not_published(
    client, editor, english, library, provider, django_capture_on_commit_callbacks
):
    film = add_film(library, "Dansk film", slug="dansk-film", video_url=YOUTUBE)
    provider.status = 404  # the English video was deleted
    english_url = "https://www.youtube.com/watch?v=bbbbbbbbbbb"
    translated = translate_and_publish(  # the editor presses Publish
        client,
        film,
        english,
        django_capture_on_commit_callbacks,
        {"Dansk film": "Danish film", "dansk-film": "danish-film", "About Dansk film": "About"},
        {"video_url": english_url},
    )
    assert not translated.live
    response = client.get(f"/admin/pages/{translated.pk}/edit/")
    assert "YouTube kender ikke denne video" in text_of(response)
    assert client.get("/en/films/danish-film/").status_code == 404


def test_a_translation_pointing_at_a_document_that_is_not_a_video_is_not_published(
    client, editor, english, library, django_capture_on_commit_callbacks
):
    film = add_film(library, "Fil-film", slug="fil-film")
    handout = document("handout.pdf", b"%PDF-1.4")
    translated = translate_and_publish(
        client,
        film,
        english,
        django_capture_on_commit_callbacks,
        {"Fil-film": "File film", "fil-film": "file-film", "About Fil-film": "About"},
        {"video_file": str(handout.pk)},
    )
    assert not translated.live
    response = client.get(f"/admin/pages/{translated.pk}/edit/")
    assert f"“{handout.filename}” er ikke en videofil." in text_of(response)


# --- which document may be a film or a caption track ----------------------------------


def test_film_needs_exactly_one_source(client, editor, library):
    neither = add_in_admin(client, library)
    assert "Indtast en YouTube- eller Vimeo-adresse, eller vælg en videofil." in text_of(neither)
    video = document("klip.webm", WEBM)
    both = add_in_admin(client, library, video_url=YOUTUBE, video_file=video.pk)
    assert "Vælg enten en YouTube-/Vimeo-adresse eller en videofil, ikke begge." in text_of(both)
    assert not FilmPage.objects.filter(slug="ny-film").exists()


def test_a_document_that_is_not_a_video_cannot_be_the_film(client, editor, library):
    handout = document("handout.pdf", b"%PDF-1.4 demo")
    response = add_in_admin(client, library, video_file=handout.pk)
    message = f"“{handout.filename}” er ikke en videofil. Vælg en MP4- eller WebM-fil."
    assert message in text_of(response)
    assert not FilmPage.objects.filter(slug="ny-film").exists()


def test_caption_tracks_must_be_webvtt_and_one_per_language(client, editor, library):
    video = document("klip.webm", WEBM)
    pdf = document("tekster.pdf", b"%PDF-1.4")
    response = add_in_admin(
        client,
        library,
        video_file=video.pk,
        captions=streamfield([("track", {"language": "da", "file": pdf.pk})]),
    )
    # Shown next to the block by Wagtail's StreamField, from the data it renders.
    message = f"“{pdf.filename}” er ikke en WebVTT-undertekstfil (.vtt)."
    assert json.dumps(message)[1:-1] in html.unescape(response.content.decode())
    danish = document("da.vtt", VTT.format(text="Hej").encode())
    twice = add_in_admin(
        client,
        library,
        video_file=video.pk,
        captions=streamfield(
            [
                ("track", {"language": "da", "file": danish.pk}),
                ("track", {"language": "da", "file": danish.pk}),
            ]
        ),
    )
    assert json.dumps("Tilføj højst ét undertekstspor pr. sprog.")[1:-1] in html.unescape(
        twice.content.decode()
    )
    assert not FilmPage.objects.filter(slug="ny-film").exists()


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("0:00", "Angiv en varighed mellem 0:01 og 10:00:00."),
        ("11:00:00", "Angiv en varighed mellem 0:01 og 10:00:00."),
        ("abc", "Skriv varigheden som minutter og sekunder med kolon"),
        ("-1:00", "Skriv varigheden som minutter og sekunder med kolon"),
        ("3,25", "Skriv varigheden som minutter og sekunder med kolon"),
        ("3.25", "Skriv varigheden som minutter og sekunder med kolon"),
        ("00:00:00.5", "Skriv varigheden som minutter og sekunder med kolon"),
        ("3:75", "Der er kun 59 sekunder i et minut"),
        ("1:75:00", "Med timer er der kun 59 minutter"),
        ("\u0663:\u0662\u0665", "Skriv varigheden som minutter og sekunder med kolon"),
    ],
)
def test_duration_must_be_written_as_a_clock(client, editor, library, duration, message):
    video = document("klip.webm", WEBM)
    response = add_in_admin(client, library, video_file=video.pk, duration=duration)
    assert response.status_code == 200
    assert message in text_of(response)
    assert not FilmPage.objects.filter(slug="ny-film").exists()
    assert f'value="{duration}"' in response.content.decode()  # what was typed is kept


@pytest.mark.parametrize(
    ("typed", "seconds", "shown"),
    [("3:25", 205, "3:25"), ("1:02:05", 3725, "1:02:05"), ("45:00", 2700, "45:00")],
)
def test_duration_is_saved_and_shown_as_typed(client, editor, library, typed, seconds, shown):
    video = document("klip.webm", WEBM)
    assert add_in_admin(client, library, video_file=video.pk, duration=typed).status_code == 302
    film = FilmPage.objects.get(slug="ny-film")
    assert film.duration.total_seconds() == seconds
    edit = client.get(f"/admin/pages/{film.pk}/edit/").content.decode()
    assert f'value="{shown}"' in edit


def test_a_topic_chosen_twice_is_named(client, editor, library):
    from home.models import Topic

    topic = Topic.objects.get(slug="netvaerk")
    video = document("klip.webm", WEBM)
    response = add_in_admin(
        client,
        library,
        video_file=video.pk,
        topic_links=inline_formset([{"topic": topic.pk}, {"topic": topic.pk}]),
    )
    assert "“Netværk” er valgt to gange under Emner. Fjern det ene." in text_of(response)
    assert "page og topic" not in text_of(response)
    assert not FilmPage.objects.filter(slug="ny-film").exists()


@pytest.mark.parametrize(
    "name", ["netværk", "NETVÆRK", " Netværk ", "Net\u00adværk", "Netv\u200bærk"]
)
def test_two_topics_cannot_share_a_name(client, editor, danish, name):
    from home.models import Topic

    before = Topic.objects.count()
    response = client.post("/admin/snippets/home/topic/add/", {"name": name, "locale": danish.pk})
    assert "Der findes allerede et emne, der hedder" in text_of(response)
    assert Topic.objects.count() == before


# --- uploads ------------------------------------------------------------------------


def upload(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": ""},
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "film.mp4",
            b"%PDF-1.4 not a film",
            "“film.mp4” er ikke en MP4-video, selv om navnet ender på .mp4.",
        ),
        ("film.webm", b"\x00\x00\x00\x18ftypmp42", "“film.webm” er ikke en WEBM-video"),
        (
            "tekster.vtt",
            b"1\n00:00:01,000 --> 00:00:02,000\nHej\n",
            "den begynder ikke med linjen “WEBVTT”.",
        ),
        (
            "tekster.vtt",
            b"WEBVTT\n\n00:00.000 --> banan\nHej\n",
            "tidspunktet “00:00.000 --> banan” kan ikke læses; skriv det som 00:01.000 -->",
        ),
        (
            "foto.mp4",
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
            "“foto.mp4” er ikke en MP4-video",
        ),
        (
            "film.mp4",
            b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00",
            "“film.mp4” er ikke en MP4-video",
        ),
        (
            "tekster.vtt",
            b"WEBVTT\n\n00:05.000 --> 00:01.000\nHej\n",
            "tekst 1 (00:00:05.000) slutter, før den begynder.",
        ),
        ("tekster.vtt", b"WEBVTT\n", "den indeholder ingen undertekster."),
        (
            "tekster.vtt",
            "WEBVTT\n\n00:00.000 --> 00:01.000\nSkål\n".encode("latin-1"),
            "den er ikke gemt som UTF-8-tekst.",
        ),
        ("film.exe", b"MZ", "Filendelse “exe” er ikke tilladt."),
    ],
)
def test_bad_uploads_get_a_clear_message_and_are_not_kept(client, editor, name, data, message):
    before = get_document_model().objects.count()
    response = upload(client, name, data)
    assert response.status_code == 200
    assert message in html.unescape(text_of(response))
    assert get_document_model().objects.count() == before


def test_oversized_uploads_are_refused(client, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    before = get_document_model().objects.count()
    response = upload(client, "stor.webm", WEBM + b"\x00" * 2048)
    assert "Filen er for stor (2,1 KB). Den største tilladte filstørrelse er 1,0 KB." in text_of(
        response
    )
    assert "Filendelse" not in text_of(response)
    assert get_document_model().objects.count() == before


def test_good_films_and_captions_are_accepted(client, editor):
    for name, data in [
        ("film.webm", WEBM),
        ("film.mp4", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 40),
        (
            "tekster.vtt",
            "\ufeffWEBVTT\n\n00:00.000 --> 00:01.500\nSkål for æbler, øl og ål\n".encode(),
        ),
    ]:
        response = upload(client, name, data)
        assert response.status_code == 302, text_of(response)
        assert get_document_model().objects.filter(title=name).exists()


def test_the_multiple_upload_screen_checks_files_too(client, editor):
    before = get_document_model().objects.count()
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("falsk.mp4", b"not a video")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert "er ikke en MP4-video" in response.json()["error_message"]
    assert get_document_model().objects.count() == before
