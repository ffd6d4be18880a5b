"""Making news posts for tests, the way an editor would."""

import datetime

from news.models import NewsPage

from .helpers import add_page_with_topics


def add_post(index, title, when, slug=None, topics=(), publish=True, **fields):
    post = NewsPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        date=when if isinstance(when, datetime.date) else datetime.date.fromisoformat(when),
        intro=fields.pop("intro", f"About {title}"),
        **fields,
    )
    return add_page_with_topics(index, post, topics, publish)
