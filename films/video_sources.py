"""Which external videos a film may point at, and the privacy-friendly player addresses
for them. Only YouTube and Vimeo are accepted: both have a mode that sets no tracking
cookies before the visitor plays (YouTube's no-cookie domain, Vimeo's do-not-track)."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_ID = r"[A-Za-z0-9_-]{11}"
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com"}
YOUTUBE_HOSTS |= {"www.youtube-nocookie.com", "music.youtube.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


@dataclass(frozen=True)
class ExternalVideo:
    provider: str  # "youtube" or "vimeo"
    video_id: str
    # Unlisted Vimeo videos need their private hash to be played.
    vimeo_hash: str = ""

    @property
    def provider_name(self):
        return {"youtube": "YouTube", "vimeo": "Vimeo"}[self.provider]

    @property
    def watch_url(self):
        """The canonical address of the video on the provider's own site."""
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        suffix = f"/{self.vimeo_hash}" if self.vimeo_hash else ""
        return f"https://vimeo.com/{self.video_id}{suffix}"

    def player_url(self, language):
        """Loaded only after the visitor asks to play (film-player.js builds the same
        address from the player's data attributes)."""
        if self.provider == "youtube":
            query = urlencode({"autoplay": 1, "rel": 0, "hl": language})
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?{query}"
        params = {"dnt": 1, "autoplay": 1}
        if self.vimeo_hash:
            params["h"] = self.vimeo_hash
        return f"https://player.vimeo.com/video/{self.video_id}?{urlencode(params)}"


def parse_video_url(url):
    """The YouTube or Vimeo video an address points at, or None for anything else."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"}:
        return None
    host = (parts.hostname or "").lower()
    segments = [segment for segment in parts.path.split("/") if segment]

    if host in YOUTUBE_HOSTS:
        video_id = None
        if parts.path == "/watch":
            video_id = (parse_qs(parts.query).get("v") or [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
            video_id = segments[1]
        if video_id and re.fullmatch(YOUTUBE_ID, video_id):
            return ExternalVideo("youtube", video_id)
        return None
    if host == "youtu.be":
        if segments and re.fullmatch(YOUTUBE_ID, segments[0]):
            return ExternalVideo("youtube", segments[0])
        return None
    if host in VIMEO_HOSTS:
        return _vimeo_video(host, segments, parts.query)
    return None


def _vimeo_video(host, segments, query):
    """Only addresses that name one video: vimeo.com/<id>, vimeo.com/<id>/<hash>
    (unlisted), vimeo.com/channels/<name>/<id>, vimeo.com/groups/<name>/videos/<id> and
    player.vimeo.com/video/<id>. Showcases, albums and user pages hold several videos
    (or none) and are refused rather than guessed at."""
    hash_in_query = (parse_qs(query).get("h") or [""])[0]
    if host == "player.vimeo.com":
        if len(segments) == 2 and segments[0] == "video" and _number(segments[1]):
            return ExternalVideo("vimeo", segments[1], _clean_hash(hash_in_query))
        return None
    if len(segments) in (1, 2) and _number(segments[0]):
        vimeo_hash = segments[1] if len(segments) == 2 else hash_in_query
        if len(segments) == 2 and not _clean_hash(vimeo_hash):
            return None
        return ExternalVideo("vimeo", segments[0], _clean_hash(vimeo_hash))
    if len(segments) == 3 and segments[0] == "channels" and _number(segments[2]):
        return ExternalVideo("vimeo", segments[2])
    if (
        len(segments) == 4
        and segments[0] == "groups"
        and segments[2] == "videos"
        and (_number(segments[3]))
    ):
        return ExternalVideo("vimeo", segments[3])
    return None


def is_provider_address(url):
    """Whether an address is on YouTube or Vimeo at all (a channel, a showcase...)."""
    try:
        parts = urlsplit((url or "").strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and host in YOUTUBE_HOSTS | VIMEO_HOSTS | {"youtu.be"}


def _number(value):
    """Digits 0-9 only (str.isdigit also takes superscripts and Arabic digits)."""
    return bool(re.fullmatch(r"[0-9]+", value or ""))


def _clean_hash(value):
    return value if re.fullmatch(r"[0-9a-f]{6,20}", value or "") else ""
