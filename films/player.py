"""What a film's player shows, decided once per film and rendered by
templates/films/components/player.html."""

from django.utils import translation

from films.oembed import embed_for_page_view


def caption_tracks(film, language):
    """The film's caption tracks, the one in `language` first (browsers show the first
    default track), each with the document it plays."""
    tracks = [
        {"language": track.value["language"], "document": track.value["file"]}
        for track in film.captions
        if track.value.get("file") is not None
    ]
    tracks.sort(key=lambda track: track["language"] != language)
    return tracks


def dom_id(film, request):
    """film-<id>, or film-<id>-2 for the same film shown a second time on the page."""
    if request is None:
        return f"film-{film.pk}"
    shown = request.__dict__.setdefault("_films_shown", {})
    shown[film.pk] = shown.get(film.pk, 0) + 1
    return f"film-{film.pk}" if shown[film.pk] == 1 else f"film-{film.pk}-{shown[film.pk]}"


def player_context(film, request):
    language = translation.get_language()
    context = {"film": film, "dom_id": dom_id(film, request), "language": language}
    video = film.external_video
    if video is not None:
        context["video"] = video
        if embed_for_page_view(video) is None:
            # The provider refuses or cannot be reached: a plain link still works.
            context["kind"] = "link"
        else:
            context["kind"] = "external"
            context["player_url"] = video.player_url(language)
            # Without JavaScript the play button submits ?play=<player id>: the
            # visitor's consent to load the provider's player, for that one player.
            context["play_now"] = (
                request is not None and request.GET.get("play") == context["dom_id"]
            )
    elif film.video_file is not None:
        context["kind"] = "file"
        context["file"] = film.video_file
        context["tracks"] = caption_tracks(film, language)
    else:
        context["kind"] = "missing"
    return context
