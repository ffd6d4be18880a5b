"""What a video or caption file must look like. Free of model imports, so that blocks
and models can use it while Django is still loading."""

import io
import re

import webvtt
from django.utils.translation import gettext_lazy as _

VIDEO_EXTENSIONS = {"mp4", "m4v", "webm"}
CAPTION_EXTENSIONS = {"vtt"}
MAX_CAPTION_SIZE = 2 * 1024 * 1024  # hours of captions are a few hundred kilobytes


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in (name or "") else ""


# The `ftyp` brands of MP4 video that browsers play; HEIC photos, QuickTime (.mov) and
# 3GP files also start with an `ftyp` box but are not MP4 films.
MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash"}
MP4_BRANDS |= {b"M4V ", b"M4VH", b"M4VP", b"mmp4", b"MSNV", b"NDAS", b"f4v "}
CUE_TIMING = re.compile(
    r"^(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}(?:\s.*)?$"
)


def looks_like_video(head, extension):
    """MP4 files start with an `ftyp` box of a video brand; WebM files with the EBML
    signature."""
    if extension in {"mp4", "m4v"}:
        return head[4:8] == b"ftyp" and head[8:12] in MP4_BRANDS
    if extension == "webm":
        return head[:4] == b"\x1a\x45\xdf\xa3"
    return False


def caption_problem(data):
    """What is wrong with a WebVTT file, in words an editor can act on; None if fine."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _("it is not saved as UTF-8 text. Save it again as UTF-8 and upload it.")
    try:
        captions = webvtt.from_buffer(io.StringIO(text), strict=True).captions
    except webvtt.errors.MalformedFileError:
        return _("it does not start with the line “WEBVTT”.")
    except webvtt.errors.MalformedCaptionError:
        line = next(
            (
                line.strip()
                for line in text.splitlines()
                if "-->" in line and not CUE_TIMING.match(line.strip())
            ),
            "",
        )
        return _(
            "the cue time “%(line)s” cannot be read; write it like 00:01.000 --> 00:04.000."
        ) % {"line": line[:80]}
    if not captions:
        return _("it holds no captions.")
    for number, caption in enumerate(captions, start=1):
        if caption.end_in_seconds <= caption.start_in_seconds:
            return _("caption %(number)s (%(start)s) ends before it starts.") % {
                "number": number,
                "start": caption.start,
            }
    return None
