"""Making news posts for tests, the way an editor would."""

import datetime

from news.models import NewsPage, NewsPageTopic


def add_post(index, title, when, slug=None, topics=(), publish=True, **fields):
    post = NewsPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        date=when if isinstance(when, datetime.date) else datetime.date.fromisoformat(when),
        intro=fields.pop("intro", f"About {title}"),
        **fields,
    )
    post.topic_links = [NewsPageTopic(topic=topic) for topic in topics]
    post.live = publish  # a page that is never published is a draft
    index.add_child(instance=post)
    if publish:
        post.save_revision().publish()
    return post
