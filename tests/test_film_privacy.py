"""Partner-only films (the tutorial films under the partner schools' restriction) reach
no one else by any path: the film page in either language, its video and caption files,
the public library, a film block on a public page, or the sitemap."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from films.models import FilmPage
from resources.groups import PARTNER_GROUP

from .helpers import text_of

pytestmark = pytest.mark.django_db

TUTORIAL = {"da": "velkomstdagen-trin-for-trin", "en": "the-welcome-day-step-by-step"}


def make_user(username, partner=False, active=True):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "x-Password-2026", is_active=active
    )
    if partner:
        user.groups.add(Group.objects.get(name=PARTNER_GROUP))
    return user


@pytest.fixture(params=["anonymous", "non-partner", "deactivated partner", "partner"])
def visitor(request, client, db):
    who = request.param
    if who == "non-partner":
        client.force_login(make_user("visitor"))
    elif who == "deactivated partner":
        client.force_login(make_user("former", partner=True, active=False))
    elif who == "partner":
        client.force_login(make_user("teacher", partner=True))
    return who


def tutorial(lang):
    return FilmPage.objects.get(slug=TUTORIAL[lang])


def allowed(who):
    return who == "partner"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_tutorial_film_page(client, visitor, lang):
    film = tutorial(lang)
    response = client.get(film.url)
    if allowed(visitor):
        assert response.status_code == 200
        assert film.title in text_of(response)
    else:
        assert response.status_code in (302, 403, 404)
        assert film.title not in response.content.decode()


@pytest.mark.parametrize("part", ["video", "da-captions", "en-captions"])
def test_tutorial_film_files(client, visitor, part):
    film = tutorial("da")
    document = (
        film.video_file
        if part == "video"
        else next(
            track.value["file"] for track in film.captions if track.value["language"] == part[:2]
        )
    )
    response = client.get(document.url)
    if allowed(visitor):
        assert response.status_code == 200
        assert b"".join(response.streaming_content)
        assert response["Cache-Control"] == "private, no-cache"  # never in a shared cache
    else:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"].startswith("/konto/log-ind/")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_public_library_never_lists_tutorial_films(client, visitor, lang):
    library = "/film/" if lang == "da" else "/en/films/"
    html = client.get(library).content.decode()
    assert tutorial(lang).title not in html


def test_tutorial_library_lists_them_for_partners_only(client, visitor):
    response = client.get("/partner/instruktionsfilm/")
    if allowed(visitor):
        assert "Velkomstdagen trin for trin" in text_of(response)
        assert "4 film" in text_of(response)
    else:
        assert "Velkomstdagen trin for trin" not in response.content.decode()


def test_film_block_on_a_public_page_hides_a_partner_film(client, visitor, demo_site):
    film = tutorial("da")
    demo_site.body = [{"type": "film", "value": {"film": film.pk, "heading": "Se filmen"}}]
    demo_site.save_revision().publish()
    html = client.get("/").content.decode()
    if allowed(visitor):
        assert film.title in html
    else:
        assert film.title not in html and film.video_file.url not in html
        assert "Se filmen" not in html


def test_sitemap_leaves_partner_films_out(client, visitor):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/film/hvad-er-os-i-branchen/" in xml
    for lang in ("da", "en"):
        assert TUTORIAL[lang] not in xml
    assert "instruktionsfilm" not in xml


def test_editors_can_check_partner_films_files(client):
    client.force_login(get_user_model().objects.get(username="editor"))
    assert client.get(tutorial("da").video_file.url).status_code == 200


def test_a_file_used_by_a_public_film_too_stays_public(client):
    public = FilmPage.objects.get(slug="hvad-er-os-i-branchen")
    film = tutorial("da")
    film.video_file = public.video_file
    film.save_revision().publish()
    assert client.get(public.video_file.url).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "media/{file}",
        "media/images/../{file}",
        "media/images/..%2f{file}",
        "media/original_images/%2e%2e/{file}",
    ],
)
def test_development_server_never_serves_document_files(rf, path):
    from urllib.parse import unquote

    from django.http import Http404
    from django.urls import Resolver404, URLResolver
    from django.urls.resolvers import RegexPattern
    from osib_site.urls import public_media_urlpatterns

    resolver = URLResolver(RegexPattern(r"^/"), public_media_urlpatterns())
    url = "/" + unquote(path.format(file=tutorial("da").video_file.file.name))
    try:
        match = resolver.resolve(url)
    except Resolver404:
        return
    with pytest.raises(Http404):
        match.func(rf.get(url), **match.kwargs)


def test_development_server_serves_images(client, rf):
    from django.urls import URLResolver
    from django.urls.resolvers import RegexPattern
    from osib_site.urls import public_media_urlpatterns

    image = FilmPage.objects.get(slug="hvad-er-os-i-branchen").poster
    resolver = URLResolver(RegexPattern(r"^/"), public_media_urlpatterns())
    url = f"/media/{image.file.name}"
    match = resolver.resolve(url)
    assert match.func(rf.get(url), **match.kwargs).status_code == 200


def test_an_unpublished_public_copy_does_not_make_partner_files_public(client, demo_site):
    film = tutorial("da")
    library = FilmPage.objects.get(slug="hvad-er-os-i-branchen").get_parent()
    copy = film.copy(to=library, update_attrs={"slug": "kopi"}, keep_live=False)
    assert not copy.live and not copy.get_view_restrictions().exists()
    assert client.get(film.video_file.url).status_code == 302


def test_public_films_files_may_be_cached_by_anyone(client):
    public = FilmPage.objects.get(slug="hvad-er-os-i-branchen")
    assert "private" not in client.get(public.video_file.url).get("Cache-Control", "")


def test_partner_files_stay_private_when_the_partner_film_is_deleted(client, visitor):
    files = [tutorial("da").video_file, *(track.value["file"] for track in tutorial("da").captions)]
    tutorial("da").delete()
    tutorial("en").delete()
    for document in files:
        response = client.get(document.url)
        if allowed(visitor):
            assert response.status_code == 200
            assert response["Cache-Control"] == "private, no-cache"
        else:
            assert response.status_code in (302, 403)
