"""Topics in the search index: a film or news post is found by its topics' names as its
readers see them (an English page links to the Danish topic, whose English translation
is what the English page shows), and is reindexed when a topic is renamed."""

from django.db.models.signals import post_save
from wagtail.search.index import insert_or_update_object

from home.locales import locale_of
from home.models import Topic


class TopicNamesForSearch:
    """For page types with `topic_links`: `topic_names` for their search_fields."""

    def topic_names(self):
        # Those home.listings.attach_topics gave a page being shown, else read here.
        shown = getattr(self, "shown_topics", None)
        if shown is None:
            topics = [link.topic for link in self.topic_links.all()]
            shown = Topic.for_visitor(topics, locale_of(self))
        return [topic.name for topic in shown]


def pages_about(topic):
    """The pages linked to the topic or to any of its translations (they link to the
    default language's topic)."""
    from films.models import FilmPage
    from news.models import NewsPage

    for model in (FilmPage, NewsPage):
        yield from model.objects.filter(topic_links__topic__translation_key=topic.translation_key)


def topic_saved(sender, instance, **kwargs):
    for page in pages_about(instance):
        insert_or_update_object(page)


def connect():
    post_save.connect(topic_saved, sender=Topic)
