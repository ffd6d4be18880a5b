"""Film pages are translated with wagtail-localize like every other page: the editor
translates the texts, may point the English version at another video, and an empty
optional video field does not get in the way."""

import pytest

from .films_helpers import add_film, remember_embed
from .helpers import text_of
from .localize_helpers import translate_and_publish

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Værkstedsfilm": "Workshop film",
    "vaerkstedsfilm": "workshop-film",
    "Om at arbejde sikkert.": "About working safely.",
    "Læreren viser, hvordan man bruger værktøjet.": "The teacher shows how to use the tool.",
}


def danish_film(page_by_slug, **fields):
    return add_film(
        page_by_slug("film", "da"),
        "Værkstedsfilm",
        slug="vaerkstedsfilm",
        description="Om at arbejde sikkert.",
        transcript="<p>Læreren viser, hvordan man bruger værktøjet.</p>",
        for_students=True,
        **fields,
    )


def test_self_hosted_film_is_translated_and_keeps_its_video(
    client, editor, english, page_by_slug, django_capture_on_commit_callbacks
):
    film = danish_film(page_by_slug)  # no video address: the optional field is empty
    translated = translate_and_publish(
        client, film, english, django_capture_on_commit_callbacks, ENGLISH
    )
    assert translated.live
    assert translated.url == "/en/films/workshop-film/"
    assert translated.video_file_id == film.video_file_id and translated.video_url == ""
    text = text_of(client.get(translated.url))
    assert "Workshop film" in text and "About working safely." in text
    assert "The teacher shows how to use the tool." in text
    assert "Students" in text


def test_english_version_may_point_at_another_video(
    client, editor, english, page_by_slug, django_capture_on_commit_callbacks
):
    danish_url = "https://www.youtube.com/watch?v=aaaaaaaaaaa"
    english_url = "https://www.youtube.com/watch?v=bbbbbbbbbbb"
    remember_embed(danish_url)
    remember_embed(english_url)
    film = danish_film(page_by_slug, video_url=danish_url)  # no video file: empty FK
    translated = translate_and_publish(
        client,
        film,
        english,
        django_capture_on_commit_callbacks,
        ENGLISH,
        {"video_url": english_url},
    )
    assert translated.video_url == english_url and translated.video_file is None
    assert 'data-video-id="bbbbbbbbbbb"' in client.get(translated.url).content.decode()
    assert 'data-video-id="aaaaaaaaaaa"' in client.get(film.url).content.decode()
