"""An RSS feed per news index (so per language): live, public posts of that language,
with absolute addresses."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from news.listing import public_posts

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} · OS I BRANCHEN"

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return index.intro or index.title

    def feed_url(self, index):
        return index.get_full_url(self.request) + index.feed_subpath

    def items(self, index):
        return public_posts(index).defer_streamfields().select_related("locale")[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.intro

    def item_link(self, post):
        return post.get_full_url(self.request)

    def item_guid(self, post):
        return post.get_full_url(self.request)

    def item_pubdate(self, post):
        # The editor's publication date, at the time of day the post first went live.
        published = timezone.localtime(post.first_published_at) if post.first_published_at else None
        moment = published.time() if published and published.date() == post.date else time(8)
        return timezone.make_aware(datetime.combine(post.date, moment))

    def item_updateddate(self, post):
        return post.last_published_at
