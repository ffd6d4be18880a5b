"""The film library as visitors see it: both kinds of film, nothing from YouTube or
Vimeo before the visitor presses play, captions in the page's language first, filters
and pagination that cannot break, and listings whose cost does not grow with them."""

import re

import pytest

from films.models import FilmIndexPage, FilmPage
from home.models import Topic

from .films_helpers import add_film, remember_embed
from .helpers import count_queries, text_of

pytestmark = pytest.mark.django_db


def outside_hosts(html):
    """Every host named in an address anywhere in the page, other than this site's."""
    hosts = set(re.findall(r"(?:https?:)?//([a-z0-9][a-z0-9.-]*)", html, flags=re.I))
    return hosts - {"testserver", "localhost", "www.w3.org"}


@pytest.fixture
def library(page_by_slug):
    return page_by_slug("film", "da")


@pytest.fixture
def youtube_film(library):
    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    remember_embed(url)
    return add_film(library, "Velkommen til værkstedet", slug="velkommen", video_url=url)


def test_self_hosted_film_plays_in_the_page_with_captions_in_its_language(client, page_by_slug):
    danish = client.get("/film/hvad-er-os-i-branchen/")
    html = danish.content.decode()
    assert danish.status_code == 200
    assert '<video controls preload="none"' in html
    film = page_by_slug("hvad-er-os-i-branchen", "da")
    assert f'src="{film.video_file.url}" type="video/webm"' in html
    tracks = re.findall(r'<track kind="captions" srclang="(\w+)"[^>]*?( default)?>', html)
    assert tracks == [("da", " default"), ("en", "")]
    assert re.search(r'poster="/media/images/[^"]+"', html)  # served by us

    english = client.get("/en/films/what-is-us-in-the-industry/").content.decode()
    tracks = re.findall(r'<track kind="captions" srclang="(\w+)"[^>]*?( default)?>', english)
    assert tracks == [("en", " default"), ("da", "")]


def test_self_hosted_film_files_are_served_with_types_a_browser_plays(client, page_by_slug):
    film = page_by_slug("hvad-er-os-i-branchen", "da")
    video = client.get(film.video_file.url)
    assert video.status_code == 200
    assert video["Content-Type"] == "video/webm"
    assert b"".join(video.streaming_content)[:4] == b"\x1a\x45\xdf\xa3"
    captions = client.get(film.captions[0].value["file"].url)
    assert captions["Content-Type"] == "text/vtt"
    assert b"".join(captions.streaming_content).startswith(b"WEBVTT")


@pytest.mark.parametrize(
    ("header", "status", "content_range", "length"),
    [
        ("bytes=0-3", 206, "bytes 0-3/{size}", 4),
        ("bytes=4-", 206, "bytes 4-{last}/{size}", None),
        ("bytes=-4", 206, "bytes {tail}-{last}/{size}", 4),
        ("bytes=0-99999999", 206, "bytes 0-{last}/{size}", None),
        ("bytes=99999999-", 416, "bytes */{size}", None),
        ("bytes=0-1,5-6", 200, None, None),  # several ranges: the whole file
        ("lines=1-2", 200, None, None),
    ],
)
def test_films_can_be_seeked_with_byte_ranges(
    client, page_by_slug, header, status, content_range, length
):
    film = page_by_slug("hvad-er-os-i-branchen", "da")
    whole = film.video_file.file.open("rb").read()
    size = len(whole)
    response = client.get(film.video_file.url, headers={"range": header})
    assert response.status_code == status
    if content_range:
        expected = content_range.format(size=size, last=size - 1, tail=size - 4)
        assert response["Content-Range"] == expected
    if status == 206:
        body = b"".join(response.streaming_content)
        start, end = (
            int(n) for n in response["Content-Range"].split(" ")[1].split("/")[0].split("-")
        )
        assert body == whole[start : end + 1]
        assert int(response["Content-Length"]) == len(body) == (length or len(body))
        assert response["Content-Type"] == "video/webm"
    if status == 200:
        assert response["Accept-Ranges"] == "bytes"
        assert b"".join(response.streaming_content) == whole


def test_external_film_names_no_third_party_before_play(client, youtube_film):
    response = client.get(youtube_film.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert outside_hosts(html) == set()
    assert "<iframe" not in html
    assert f'name="play" value="film-{youtube_film.pk}"' in html
    assert 'data-video-id="dQw4w9WgXcQ"' in html
    text = text_of(response)
    assert "Afspil “Velkommen til værkstedet”" in text
    assert "Filmen vises af YouTube. Intet hentes fra YouTube, før du trykker afspil" in text


def test_pressing_play_without_javascript_loads_the_no_cookie_player(client, youtube_film):
    html = client.get(f"{youtube_film.url}?play=film-{youtube_film.pk}").content.decode()
    iframe = re.search(r'<iframe src="([^"]+)"', html).group(1)
    assert iframe.startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?")
    assert "autoplay=1" in iframe and "hl=da" in iframe
    # Consent for one film is not consent for another.
    assert "<iframe" not in client.get(f"{youtube_film.url}?play=film-1").content.decode()
    for odd in ("", "%00", "film-" + "9" * 500, "<script>"):
        response = client.get(f"{youtube_film.url}?play={odd}")
        assert response.status_code == 200 and "<iframe" not in response.content.decode()


def test_vimeo_plays_with_do_not_track(client, library):
    url = "https://vimeo.com/76979871/abcdef1234"
    remember_embed(url)
    film = add_film(library, "Vimeo-film", slug="vimeo-film", video_url=url)
    html = client.get(film.url).content.decode()
    assert outside_hosts(html) == set()
    played = client.get(f"{film.url}?play=film-{film.pk}").content.decode()
    src = re.search(r'<iframe src="([^"]+)"', played).group(1).replace("&amp;", "&")
    assert src == "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=abcdef1234"


def test_film_block_shows_the_film_in_the_visitors_language(client, page_by_slug):
    danish = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert "hero__media--film" in danish and "<video" in danish
    assert 'href="/film/hvad-er-os-i-branchen/">Hvad er OS I BRANCHEN?</a>' in danish
    assert 'href="/en/films/what-is-us-in-the-industry/">What is US IN THE INDUSTRY?</a>' in english


def test_an_untranslated_film_in_a_block_is_marked_as_danish(client, library, demo_site, english):
    film = add_film(library, "Kun på dansk", slug="kun-paa-dansk")
    home = demo_site.get_translation(english).specific
    home.body = [{"type": "film", "value": {"film": film.pk, "heading": ""}}]
    home.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert f'href="{film.url}" lang="da" hreflang="da">Kun på dansk</a>' in html


def test_the_same_film_twice_on_a_page_has_distinct_ids(client, page_by_slug, demo_site):
    film = page_by_slug("hvad-er-os-i-branchen", "da")
    demo_site.body = [{"type": "film", "value": {"film": film.pk, "heading": ""}}] * 2
    demo_site.save_revision().publish()
    html = client.get("/").content.decode()
    ids = re.findall(r'id="(film-[^"]+)"', html)
    assert len(ids) == 3 and len(set(ids)) == 3  # the hero film and the two in the body


def test_film_page_shows_facts_transcript_and_topics_in_its_language(client):
    danish = text_of(client.get("/film/hvad-er-os-i-branchen/"))
    assert "Varighed 0:08" in danish
    assert "Elever, Skoler, Virksomheder" in danish
    assert "Om initiativet" in danish and "Læs udskriften" in danish
    english = text_of(client.get("/en/films/what-is-us-in-the-industry/"))
    assert "Students, Schools, Companies" in english
    assert "About the initiative" in english and "The first day" in english
    assert "Om initiativet" not in english


# --- the library -------------------------------------------------------------------------


def card_titles(response):
    return re.findall(r'<h2 class="film-card__title">([^<]+)</h2>', response.content.decode())


def test_library_lists_its_public_films_with_poster_and_duration(client):
    response = client.get("/film/")
    assert card_titles(response) == [
        "Hvad er OS I BRANCHEN?",
        "Lærlingene tager imod",
        "Sådan tager en virksomhed imod en klasse",
    ]
    html = response.content.decode()
    assert html.count('<time class="duration" datetime="PT8S">0:08</time>') == 3
    assert html.count("<picture>") == 3
    assert "Velkomstdagen" not in html  # partner-only films are not listed


def test_library_filters_by_topic_and_audience_in_each_language(client):
    assert card_titles(client.get("/film/?topic=netvaerk")) == ["Lærlingene tager imod"]
    assert card_titles(client.get("/en/films/?topic=networks")) == ["The apprentices welcome you"]
    assert card_titles(client.get("/film/?audience=companies")) == [
        "Hvad er OS I BRANCHEN?",
        "Sådan tager en virksomhed imod en klasse",
    ]
    assert card_titles(client.get("/film/?topic=foerste-skoledag&audience=students")) == [
        "Hvad er OS I BRANCHEN?",
        "Lærlingene tager imod",
    ]
    empty = client.get("/film/?topic=virksomhedsbesoeg&audience=students")
    assert card_titles(empty) == []
    assert "Ingen film passer til dine valg." in text_of(empty)
    # The filter's topics are named in the visitor's language.
    assert '<option value="networks">Networks</option>' in client.get("/en/films/").content.decode()


@pytest.mark.parametrize(
    "query", ["topic=findes-ikke", "audience=robots", "topic=%00%ff", "topic=' OR 1=1 --"]
)
def test_unknown_filter_values_say_so_and_show_all_films(client, query):
    response = client.get(f"/film/?{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 3
    text = text_of(response)
    assert (
        "Der er intet sådant emne. Alle film vises." in text
        or "Vælg på listen, hvem filmene er til." in text
    )
    assert "OR 1=1" not in text and "findes-ikke" not in text


@pytest.fixture
def many_films(library):
    for number in range(1, 31):
        add_film(library, f"Film {number:02d}", slug=f"film-{number:02d}", publish=True)


@pytest.mark.parametrize(
    ("page", "first"),
    [
        ("1", "Hvad er OS I BRANCHEN?"),
        ("2", "Film 10"),
        ("3", "Film 22"),
        ("99", "Film 22"),
        ("0", "Hvad er OS I BRANCHEN?"),
        ("-1", "Hvad er OS I BRANCHEN?"),
        ("abc", "Hvad er OS I BRANCHEN?"),
        ("1e9", "Hvad er OS I BRANCHEN?"),
        ("", "Hvad er OS I BRANCHEN?"),
    ],
)
def test_pagination_always_shows_a_real_page(client, many_films, page, first):
    response = client.get(f"/film/?page={page}")
    assert response.status_code == 200
    assert card_titles(response)[0] == first


def test_pagination_links_keep_the_filter(client, library, many_films):
    for number in range(1, 15):
        add_film(library, f"Skolefilm {number}", slug=f"skolefilm-{number}", for_schools=True)
    response = client.get("/film/?audience=schools")
    assert "15 film" in text_of(response)  # the introduction film and 14 more
    html = response.content.decode()
    assert 'href="?audience=schools&amp;page=2"' in html
    assert len(card_titles(client.get("/film/?audience=schools&page=2"))) == 3
    assert "47 film" in text_of(client.get("/film/"))


def test_filtered_and_later_pages_are_not_indexed(client, many_films):
    assert 'name="robots" content="noindex' in client.get("/film/?topic=netvaerk").content.decode()
    assert 'name="robots" content="noindex' in client.get("/film/?page=2").content.decode()
    assert 'name="robots"' not in client.get("/film/").content.decode()


def test_library_queries_do_not_grow_with_the_films_shown(client, demo_site, monkeypatch):
    monkeypatch.setattr(FilmIndexPage, "films_per_page", 50)
    topic = Topic.objects.get(slug="netvaerk")
    counts = {}
    for films in (5, 50):
        library = FilmIndexPage(title=f"Bibliotek {films}", slug=f"bibliotek-{films}")
        demo_site.add_child(instance=library)
        library.save_revision().publish()
        for number in range(films):
            add_film(library, f"F{number}", slug=f"f{number}", topics=[topic])
        counts[films] = count_queries(client, library.url)
        assert len(card_titles(client.get(library.url))) == films
    assert counts[5] == counts[50]


def test_film_page_queries_do_not_grow_with_its_topics(client, library):
    topics = list(Topic.objects.filter(locale__language_code="en"))
    few = add_film(library, "Få emner", slug="faa", topics=topics[:1])
    many = add_film(library, "Mange emner", slug="mange", topics=topics)
    assert count_queries(client, few.url) == count_queries(client, many.url)


def test_a_film_that_lost_its_video_says_so(client, page_by_slug):
    film = page_by_slug("laerlingene-tager-imod", "da")
    FilmPage.objects.filter(pk=film.pk).update(video_file=None)
    response = client.get(film.url)
    assert response.status_code == 200
    assert "Filmen er ikke tilgængelig lige nu." in text_of(response)
