from django import template
from wagtail.models import Locale

from home.locales import is_public
from news.listing import latest_posts
from news.models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, count=3):
    """The newest posts in the visitor's language, for the home page."""
    return latest_posts(context["request"], Locale.get_active(), count)


@register.simple_tag
def news_feed_for(page):
    """The news index whose feed a page's head links to: the page itself when it is a
    news index, else the first public news index in the page's language."""
    if isinstance(page, NewsIndexPage) and page.live and is_public(page):
        return page
    return (
        NewsIndexPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .order_by("path")
        .first()
    )


@register.filter
def topic_subpath(topic, news_index):
    """The topic page's address below the news index, in the index's language."""
    return news_index.topic_subpath(topic)
