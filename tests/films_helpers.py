"""Making films for tests, the way the admin or the demo would."""

from datetime import timedelta

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from films.models import FilmPage
from films.video_sources import parse_video_url

from .helpers import add_page_with_topics

WEBM = b"\x1a\x45\xdf\xa3" + b"\x00" * 60
VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\n{text}\n"


def document(name, data):
    doc = get_document_model()(title=name)
    doc.file = ContentFile(data, name=name)
    doc._set_document_file_metadata()
    doc.save()
    return doc


def remember_embed(url):
    """What the admin stores after the provider said yes."""
    video = parse_video_url(url)
    Embed.objects.update_or_create(
        hash=get_embed_hash(video.watch_url),
        defaults={"url": video.watch_url, "type": "video", "html": "", "title": "t"},
    )


def add_film(library, title, slug=None, topics=(), publish=True, **fields):
    fields.setdefault("description", f"About {title}")
    fields.setdefault("duration", timedelta(minutes=3, seconds=25))
    if not fields.get("video_url") and not fields.get("video_file"):
        fields["video_file"] = document(f"{slug or title}.webm", WEBM)
    film = FilmPage(title=title, slug=slug or title.lower().replace(" ", "-"), **fields)
    return add_page_with_topics(library, film, topics, publish)
