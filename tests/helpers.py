import re
from html.parser import HTMLParser


class HeadLinks(HTMLParser):
    """Collects <html lang>, <link rel=canonical|alternate> and the language switcher."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.canonical = None
        self.alternates = {}
        self.switcher = {}
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "nav" and "language-switcher" in (attrs.get("class") or ""):
            self._in_switcher = True
        elif tag == "a" and self._in_switcher:
            self.switcher[attrs.get("hreflang")] = attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False


def head_links(response):
    parser = HeadLinks()
    parser.feed(response.content.decode())
    return parser


def text_of(response):
    """The visible text of a page, whitespace folded."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def count_queries(client, url):
    """The SQL queries of a second view of `url` (the first warms per-process caches and
    makes image renditions), for asserting that a page's cost does not grow."""
    from django.db import connection

    client.get(url)
    count = 0

    def counter(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        response = client.get(url)
    assert response.status_code == 200, url
    return count


def add_page_with_topics(parent, page, topics=(), publish=True):
    """Add `page` (a film or a news post) below `parent` with links to `topics`, and
    publish it, as an editor would; unpublished, it stays a draft."""
    link_model = page._meta.get_field("topic_links").related_model
    page.topic_links = [link_model(topic=topic) for topic in topics]
    page.live = publish
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page
