"""Reading a rendered page the way a browser would: its pictures (with their sources)
and the stylesheets and scripts it loads."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit


class PageResources(HTMLParser):
    """Collects, in document order, each image (`<img>` with the `<source>`s of its
    `<picture>`), each stylesheet link and each script."""

    def __init__(self):
        super().__init__()
        self.images = []
        self.stylesheets = []
        self.scripts = []
        self.styles = []
        self._sources = None
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._sources = []
        elif tag == "source" and self._sources is not None:
            self._sources.append(attrs)
        elif tag == "img":
            self.images.append({**attrs, "sources": self._sources or []})
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs)
        elif tag == "link" and attrs.get("rel") in ("preload", "modulepreload"):
            self.stylesheets.append(attrs)  # loaded all the same
        elif tag == "script":
            self.scripts.append(attrs)
        elif tag == "style":
            self._in_style = True

    def handle_endtag(self, tag):
        if tag == "picture":
            self._sources = None
        elif tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def page_resources(response):
    parser = PageResources()
    parser.feed(response.content.decode())
    return parser


def srcset_widths(srcset):
    """The widths a srcset offers: "a.jpg 400w, b.jpg 800w" -> [400, 800]."""
    return [int(width) for width in re.findall(r"\s(\d+)w(?:,|$)", srcset or "")]


def is_same_origin(url):
    """A URL on the page's own origin: a path, not another host (nor `//host/`)."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc
