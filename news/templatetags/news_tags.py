from django import template

from home.locales import active_locale, is_public, private_q
from news.listing import latest_posts
from news.models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, count=3):
    """The newest posts in the visitor's language, for the home page."""
    return latest_posts(context["request"], active_locale(), count)


@register.simple_tag
def news_feed_for(page):
    """The news index whose feed a page's head links to: the page itself when it is a
    news index, else the first public news index in the page's language."""
    if isinstance(page, NewsIndexPage) and page.live and is_public(page):
        return page
    return (
        NewsIndexPage.objects.live()
        .exclude(private_q())
        .filter(locale_id=page.locale_id)
        .order_by("path")
        .first()
    )


@register.filter
def topic_subpath(topic, news_index):
    """The topic page's address below the news index, in the index's language."""
    return news_index.topic_subpath(topic)
