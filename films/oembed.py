"""Asking YouTube and Vimeo (through oEmbed) whether a video exists and may be embedded.

The editor's form asks once, when an address is new, and gets a clear message when the
provider refuses or cannot be reached. The answer is kept in Wagtail's embed table, so
rendering a saved film never waits for a provider. Only when that record is missing (a
translation that points at another video, an emptied table) does a page view ask, with a
short timeout; a provider that fails is then left alone for a few minutes, so an outage
costs one slow request rather than every page view, and the page shows a plain link to
the film meanwhile.
"""

import json
import logging
import threading
import time

import requests
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from films.video_sources import is_provider_address, parse_video_url

logger = logging.getLogger(__name__)


class VideoCheckFailed(Exception):
    """The provider answered, and the answer is no (private, deleted, not embeddable)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class ProviderUnavailable(VideoCheckFailed):
    """The provider did not answer usefully (timeout, network, server error)."""


# Each question to a provider runs in a thread of its own, so that the wait can be cut off
# as a whole (a provider that trickles its answer a byte at a time never trips a
# per-read timeout) and a provider that hangs cannot use up a pool that others need.
MAX_ANSWER = 256 * 1024


def _ask(endpoint, video, timeout, answer):
    deadline = time.monotonic() + timeout
    try:
        response = requests.get(
            endpoint,
            params={"url": video.watch_url, "format": "json"},
            headers={"User-Agent": "OS I BRANCHEN website (oEmbed)"},
            timeout=(timeout, timeout),
            allow_redirects=False,
            stream=True,
        )
        with response:
            body = bytearray()
            for chunk in response.iter_content(chunk_size=4096):
                body += chunk
                if len(body) > MAX_ANSWER or time.monotonic() > deadline:
                    break  # the caller has given up by now; stop reading
            answer["result"] = (response.status_code, bytes(body))
    except requests.RequestException as error:
        answer["error"] = error


def _ask_within(endpoint, video, timeout):
    answer = {}
    worker = threading.Thread(
        target=_ask, args=(endpoint, video, timeout, answer), daemon=True, name="oembed"
    )
    worker.start()
    worker.join(timeout)
    if "result" in answer:
        return answer["result"]
    if isinstance(answer.get("error"), requests.Timeout) or worker.is_alive():
        raise requests.Timeout
    raise answer.get("error") or requests.ConnectionError()


def fetch_oembed(video):
    endpoint = settings.FILMS_OEMBED_ENDPOINTS[video.provider]
    timeout = settings.FILMS_OEMBED_TIMEOUT
    names = {"provider": video.provider_name, "seconds": f"{timeout:g}"}
    try:
        status, body = _ask_within(endpoint, video, timeout)
    except requests.Timeout:
        raise ProviderUnavailable(
            _(
                "%(provider)s did not answer within %(seconds)s seconds, so the video could "
                "not be checked. Try saving again in a moment."
            )
            % names
        ) from None
    except requests.RequestException:
        raise ProviderUnavailable(
            _(
                "%(provider)s could not be reached, so the video could not be checked. "
                "Try saving again in a moment."
            )
            % names
        ) from None

    if status in (401, 403):
        raise VideoCheckFailed(
            _(
                "%(provider)s does not allow this video to be shown on other websites (it "
                "is private, or its owner has turned embedding off). Choose another video, "
                "or ask its owner to allow embedding."
            )
            % names
        )
    if status == 404:
        raise VideoCheckFailed(
            _(
                "%(provider)s does not know this video: it may have been deleted or made "
                "private. Check the address."
            )
            % names
        )
    if status != 200:
        raise ProviderUnavailable(
            _(
                "%(provider)s answered with an error (%(status)s), so the video could not "
                "be checked. Try saving again in a moment."
            )
            % {**names, "status": status}
        )
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("type") != "video":
        raise ProviderUnavailable(
            _("%(provider)s sent an answer that is not a video description.") % names
        )
    return data


def store_embed(video, data):
    """Remember the provider's answer in Wagtail's embed table, keyed by the video's
    canonical address (so every way of writing the address shares one record)."""
    embed, _created = Embed.objects.update_or_create(
        hash=get_embed_hash(video.watch_url),
        defaults={
            "url": video.watch_url,
            "type": "video",
            # The provider's own player HTML is never used: the site builds the
            # privacy-friendly player itself.
            "html": "",
            "title": str(data.get("title") or "")[:1000],
            "author_name": str(data.get("author_name") or "")[:1000],
            "provider_name": video.provider_name,
            "thumbnail_url": str(data.get("thumbnail_url") or "")[:2000],
            "width": _integer(data.get("width")),
            "height": _integer(data.get("height")),
        },
    )
    return embed


def _integer(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def stored_embed(video):
    return Embed.objects.filter(hash=get_embed_hash(video.watch_url)).first()


def validate_video_url(url):
    """For the editor: raise a ValidationError that says what is wrong, or return the
    video. An address checked before is not asked about again, so saving a film while
    the provider is down only fails for a new address."""
    video = parse_video_url(url)
    if video is None and is_provider_address(url):
        raise ValidationError(
            _(
                "This address does not point at a single video. Open the video itself and "
                "copy its address, for example https://www.youtube.com/watch?v=… or "
                "https://vimeo.com/123456789."
            ),
            code="not_one_video",
        )
    if video is None:
        raise ValidationError(
            _(
                "Only YouTube and Vimeo addresses can be used, for example "
                "https://www.youtube.com/watch?v=… or https://vimeo.com/123456789. "
                "Upload other films as a video file instead."
            ),
            code="unsupported",
        )
    if stored_embed(video) is not None:
        return video
    try:
        store_embed(video, fetch_oembed(video))
    except VideoCheckFailed as error:
        raise ValidationError(error.message, code="provider") from None
    return video


def _outage_key(video):
    return f"films:oembed-outage:{video.provider}"


def _refused_key(video):
    return f"films:oembed-refused:{get_embed_hash(video.watch_url)}"


def embed_for_page_view(video):
    """The stored record of an external video, asking the provider only when there is
    none and it has not failed lately. None means: show a link instead of a player."""
    embed = stored_embed(video)
    if embed is not None:
        return embed
    if cache.get(_outage_key(video)) or cache.get(_refused_key(video)):
        return None
    try:
        return store_embed(video, fetch_oembed(video))
    except ProviderUnavailable:
        logger.warning(
            "oEmbed: %s did not answer usefully about %s", video.provider_name, video.watch_url
        )
        cache.set(_outage_key(video), True, settings.FILMS_OEMBED_OUTAGE_PAUSE)
    except VideoCheckFailed:
        logger.warning("oEmbed: %s refused %s", video.provider_name, video.watch_url)
        cache.set(_refused_key(video), True, settings.FILMS_OEMBED_REFUSED_PAUSE)
    return None
