"""Who finds what: the pages a visitor may find in a language, the search itself, the
editors' promoted results, and what each result shows (its summary with the matching
words marked, and whether it belongs to the partner area)."""

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import F, Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.index import SearchField
from wagtail.search.utils import normalise_query_string

from home.listings import attach_topics, read_stream_fields
from home.locales import exclude_pages_visitor_may_not_view, untranslated_copy_q
from home.search_topics import TopicNamesForSearch
from search.analysis import (
    INVISIBLE,
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    WORD,
    normal_form,
    query_forms,
    query_words,
    words,
)

SUMMARY_WORDS = 30


def clean_query(raw):
    """The query as it is searched and shown: visible characters only, single-spaced, at
    most MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words. Also says whether it was
    cut (the page then says so)."""
    raw = INVISIBLE.sub("", (raw or "")[:20_000])
    typed = " ".join("".join(c if c.isprintable() else " " for c in raw).split())
    query = " ".join(typed[:MAX_QUERY_LENGTH].split()[:MAX_QUERY_WORDS])
    was_cut = len(query) < len(typed) or len(words(query)) > MAX_QUERY_WORDS
    return query, was_cut


def findable_pages(request, locale):
    """Live pages of the language (no drafts, no untranslated copies), without those under
    a restriction the visitor does not pass: the same rule as every listing."""
    pages = Page.objects.live().filter(locale=locale, depth__gt=1).exclude(untranslated_copy_q())
    return exclude_pages_visitor_may_not_view(pages, request)


def search(request, query, locale, exclude=()):
    """The matching pages, best first; None when the query has no words to look for."""
    if not query_words(query):
        return None
    # The rule is applied as a subquery on the page ids: the search backend filters only
    # on its indexed filter fields.
    findable = findable_pages(request, locale).exclude(pk__in=exclude).values("pk")
    pages = Page.objects.filter(pk__in=findable).specific()
    return pages.search(query, operator="and")


def promoted(request, query, locale):
    """The editors' chosen results for this query that the visitor may open: pages in
    this language (a promotion names a page, and a page has one language) and external
    links. Looked up without recording anything: a query row per visitor's query would
    fill the table (record_hit counts only searches that found something)."""
    if not query_words(query):
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__in=findable_pages(request, locale)) | Q(page__isnull=True))
        .exclude(page__isnull=True, external_link_url="")
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        {
            "page": promotion.page.specific if promotion.page_id else None,
            "url": promotion.external_link_url,
            "text": promotion.external_link_text or promotion.external_link_url,
            "description": promotion.description,
        }
        for promotion in promotions
    ]


def record_hit(query):
    """Counts the search for Wagtail's "Popular searches" (only searches that found
    something: a record per nonsense query would fill the table). As Query.get and
    Query.add_hit, in one UPDATE when the query has been counted today already (those
    read the query and the day's count first)."""
    today = timezone.now().date()
    normalised = normalise_query_string(query)
    counted_today = QueryDailyHits.objects.filter(query__query_string=normalised, date=today)
    if counted_today.update(hits=F("hits") + 1):
        return
    _hits, created = QueryDailyHits.objects.get_or_create(
        query=Query.get(query), date=today, defaults={"hits": 1}
    )
    if not created:  # another search counted it first
        counted_today.update(hits=F("hits") + 1)


def prepare_summaries(pages, locale):
    """Read what the summaries of `pages` (results in `locale`) are made of for all of
    them at once: their searchable stream fields (with the pages, images and films they
    choose) and the topics of films and news. Each result would otherwise read its own,
    a query or more per result."""
    stream_fields = []
    with_topics = defaultdict(list)
    for page in pages:
        for field in page.get_search_fields():
            if not isinstance(field, SearchField) or field.field_name == "title":
                continue
            try:
                model_field = page._meta.get_field(field.field_name)
            except FieldDoesNotExist:
                continue
            if isinstance(model_field, StreamField):
                stream_fields.append((page, field.field_name))
        if isinstance(page, TopicNamesForSearch):
            with_topics[type(page)].append(page)
    read_stream_fields(stream_fields)
    for model, group in with_topics.items():
        links = model._meta.get_field("topic_links").related_model.objects.select_related("topic")
        prefetch_related_objects(group, Prefetch("topic_links", queryset=links))
    attach_topics([page for group in with_topics.values() for page in group], locale)


def page_text(page):
    """The page's searchable text besides its title (what the index holds), as a list
    of strings."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            value = field.get_value(page)
            if isinstance(value, (list, tuple)):
                parts.extend(str(item) for item in value)
            elif value:
                parts.append(str(value))
    return parts


def matches(word, wanted, language):
    """Whether a word of the page is one the query asked for: by its normal form on
    PostgreSQL, by its beginning on SQLite (as each backend searches)."""
    spelled = words(word)
    if not spelled:
        return False
    if connection.vendor != "postgresql":
        return any(spelled[0].startswith(prefix) for prefix in wanted)
    return normal_form(spelled[0], language) in wanted


def marked(text, wanted, language):
    """`text` escaped, with the words the query asked for in <mark>."""
    out = []
    position = 0
    for match in WORD.finditer(text):
        word = match.group(0)
        out.append(escape(text[position : match.start()]))
        if matches(word, wanted, language):
            out.append(f"<mark>{escape(word)}</mark>")
        else:
            out.append(escape(word))
        position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308  (every part is escaped above)


def wanted_forms(query):
    """The query's normal forms on PostgreSQL, its words (beginnings) on SQLite."""
    if connection.vendor != "postgresql":
        return set(query_words(query))
    return {form for forms in query_forms(query) for form in forms}


def summary(page, wanted, language):
    """About thirty words of the page around the first match, with the `wanted` words
    (wanted_forms of the query) marked."""
    text = " ".join(" ".join(part.split()) for part in page_text(page) if part and part.strip())
    tokens = text.split(" ")
    first = next(
        (index for index, token in enumerate(tokens) if matches(token, wanted, language)),
        0,
    )
    start = max(0, first - 8)
    window = tokens[start : start + SUMMARY_WORDS]
    shown = " ".join(window)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + SUMMARY_WORDS < len(tokens) else ""
    return mark_safe(escape(prefix) + marked(shown, wanted, language) + escape(suffix))  # noqa: S308


def title_marked(page, wanted, language):
    return marked(page.title, wanted, language)
