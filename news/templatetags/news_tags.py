from django import template

from home.locales import active_locale, is_public
from news import listing
from news.listing import latest_posts, live_news_indexes
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
    return next((index for index in live_news_indexes(page.locale_id) if is_public(index)), None)


@register.simple_tag
def news_index_of(post):
    """The news index a post belongs to (its parent), as a NewsIndexPage."""
    return listing.news_index_of(post)


@register.filter
def topic_subpath(topic, news_index):
    """The topic page's address below the news index, in the index's language."""
    return news_index.topic_subpath(topic)
