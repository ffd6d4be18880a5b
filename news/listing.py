"""Which news posts a visitor sees, in one place for the news index, its topic pages,
the home page, related posts and the feed."""

from django.db.models import Exists, OuterRef
from wagtail.models import Locale

from home.listings import attach_topics, paginate, topic_list, visible_pages, with_card_data
from home.locales import untranslated_copy_q
from home.models import Topic
from home.models.snippets import incomplete_translations
from home.per_request import remembered
from news.models import NewsIndexPage, NewsPage, NewsPageTopic

NEWEST_FIRST = ("-date", "-first_published_at", "-pk")


def posts_visible_to(request, parent=None, locale=None):
    """The posts the visitor may see (home.listings.visible_pages), newest first."""
    return visible_pages(NewsPage, request, parent=parent, locale=locale).order_by(*NEWEST_FIRST)


def live_news_indexes(locale_id):
    """The live news indexes of a language (the public one, the partners'), in tree
    order: read once per request for the feed link, the home page's news and a post's
    topic links."""
    return remembered(
        ("live_news_indexes", locale_id),
        lambda: list(NewsIndexPage.objects.live().filter(locale_id=locale_id).order_by("path")),
    )


def news_index_of(post):
    """The news index a post belongs to (its parent), as a NewsIndexPage."""
    parent_path = post.path[: -NewsIndexPage.steplen]
    for index in live_news_indexes(post.locale_id):
        if index.path == parent_path:
            return index
    return post.get_parent().specific


def public_posts(parent):
    """For the feed, which anyone may read: live, public posts of the index's language."""
    return (
        NewsPage.objects.live()
        .public()
        .child_of(parent)
        .filter(locale_id=parent.locale_id)
        .exclude(untranslated_copy_q())
        .order_by(*NEWEST_FIRST)
    )


def cards(posts):
    return with_card_data(posts.defer_streamfields(), "main_image", NewsPageTopic)


def topic_by_slug(slug, locale):
    """The topic a topic page's address names, in the page's language; a topic not
    translated yet is found by its default-language address."""
    topic = (
        Topic.objects.filter(locale=locale, slug=slug)
        .exclude(translation_key__in=incomplete_translations(Topic, locale))
        .first()
    )
    if topic is not None:
        return topic
    default = Locale.get_default()
    fallback = Topic.objects.filter(locale=default, slug=slug).first()
    if fallback is None or locale.pk == default.pk:
        return None
    shown = Topic.for_visitor([fallback], locale)[0]
    return fallback if shown.pk == fallback.pk else None


def topics_of(index, locale):
    """The topics the index's live posts are about, in the visitor's language, by name.
    (Asked of the topic links and the page tree only: filtering by everything the listing
    filters by would cost a scan of every post on each view.)"""
    # One EXISTS per topic (there are few), each stopping at its first post.
    used = NewsPageTopic.objects.filter(
        topic=OuterRef("pk"),
        page__path__startswith=index.path,
        page__depth=index.depth + 1,
        page__live=True,
    )
    return topic_list(Topic.objects.filter(Exists(used)).order_by(), locale)


def listing_context(index, request, topic):
    posts = posts_visible_to(request, parent=index, locale=index.locale_id)
    all_topics = topics_of(index, index.locale)
    if topic is not None:
        posts = posts.filter(pk__in=NewsPageTopic.pages_about([topic.translation_key]))
    page, other_parameters = paginate(request, cards(posts), index.posts_per_page)
    attach_topics(page.object_list, index.locale)
    if topic is not None:
        topic = Topic.for_visitor([topic], index.locale)[0]
    return {
        "posts": page,
        "topic": topic,
        "other_parameters": other_parameters,
        "news_index": index,  # topics on the cards link to their pages
        "all_topics": all_topics,
    }


def latest_posts(request, locale, count=3):
    posts = list(cards(posts_visible_to(request, locale=locale))[:count])
    attach_topics(posts, locale)
    return posts


def related_posts(post, request, count=3):
    """Newer or older posts about the same topics, the most recent first (the post's
    `shown_topics`, from home.listings.attach_topics, name them)."""
    keys = [topic.translation_key for topic in post.shown_topics]
    if not keys:
        return []
    posts = (
        posts_visible_to(request, parent=post.get_parent(), locale=post.locale_id)
        .filter(pk__in=NewsPageTopic.pages_about(keys))
        .exclude(pk=post.pk)
    )
    posts = list(cards(posts)[:count])
    attach_topics(posts, post.locale)
    return posts


def topic_page_versions(index, topic, versions):
    """The language switcher's and hreflang's entries for a topic page: each language's
    topic page when the topic and the news index exist in it, else that language's news
    index, marked as a fallback (not offered as hreflang)."""
    indexes = {
        page.locale.language_code: page.specific
        for page in NewsIndexPage.objects.filter(translation_key=index.translation_key)
        .live()
        .select_related("locale")
    }
    locales = {code: page.locale for code, page in indexes.items()}
    found = []
    for version in versions:
        other = indexes.get(version["code"])
        if other is None:
            found.append(version)
            continue
        shown = Topic.for_visitor([topic], locales[version["code"]])[0]
        if version["code"] != index.locale.language_code and shown.fallback_language:
            found.append({**version, "is_fallback": True, "full_url": None})
            continue
        subpath = other.topic_subpath(shown)
        found.append(
            {
                **version,
                "url": version["url"] + subpath if not version["is_fallback"] else version["url"],
                "full_url": version["full_url"] + subpath if version["full_url"] else None,
            }
        )
    return found
