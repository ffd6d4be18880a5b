"""What every listing of pages (film library, news, home page) needs: card data in a
fixed number of queries, topics in the visitor's language, and pagination that always
shows a real page."""

import re

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

from home.locales import exclude_pages_visitor_may_not_view, untranslated_copy_q
from home.models import Topic


def visible_pages(model, request, parent=None, locale=None):
    """Live pages of `model` that really exist in the language (no untranslated
    placeholders), minus those under a view restriction the visitor does not pass: the
    one rule every listing of films and news follows."""
    pages = model.objects.live().exclude(untranslated_copy_q())
    if parent is not None:
        pages = pages.child_of(parent)
    if locale is not None:
        pages = pages.filter(locale=locale)
    return exclude_pages_visitor_may_not_view(pages, request)


def topic_list(topics, locale):
    """Topics to offer as filters: in the visitor's language, each name once, by name
    (several pages may link to topics that show under one name)."""
    shown = Topic.for_visitor(topics, locale)
    return sorted({topic.slug: topic for topic in shown}.values(), key=lambda t: t.name.lower())


def with_card_data(pages, image_field, topic_link_model):
    """Prefetch what a card shows: its image with all renditions and its topics."""
    renditions = get_image_model().get_rendition_model().objects.all()
    return pages.select_related(image_field).prefetch_related(
        Prefetch(f"{image_field}__renditions", queryset=renditions),
        Prefetch("topic_links", queryset=topic_link_model.objects.select_related("topic")),
    )


def attach_topics(pages, locale):
    """Give each page `shown_topics`: its topics in the visitor's language, in a fixed
    number of queries (their topic links prefetched, or fetched here with the topics)."""
    links_of = {page.pk: topic_links(page) for page in pages}
    links = [link for page_links in links_of.values() for link in page_links]
    shown = Topic.for_visitor((link.topic for link in links), locale)
    by_link = dict(zip((link.pk for link in links), shown, strict=True))
    for page in pages:
        page.shown_topics = [by_link[link.pk] for link in links_of[page.pk]]


def topic_links(page):
    if "topic_links" in getattr(page, "_prefetched_objects_cache", {}):
        return list(page.topic_links.all())
    return list(page.topic_links.select_related("topic"))


def read_stream_fields(fields):
    """Convert stream fields of many pages together, given as (page, field name) pairs:
    Wagtail converts each page's stream on its own, so every kind of block that chooses
    something (pages, images, films, documents) would read it once per page; here it is
    once for all the pages whose fields share a definition (BodyBlock on every type)."""
    groups = []  # [stream block, [(page, name), ...]]
    for page, name in fields:
        block = page._meta.get_field(name).stream_block
        group = next((group for group in groups if group[0] == block), None)
        if group is None:
            groups.append(group := [block, []])
        group[1].append((page, name))
    for block, members in groups:
        values = block.bulk_to_python(
            [list(getattr(page, name).raw_data) for page, name in members]
        )
        for (page, name), value in zip(members, values, strict=True):
            setattr(page, name, value)


def paginate(request, items, per_page):
    """The requested page of `items`: the first for a page number that is not a number
    or below 1, the last for one beyond the end. Its objects are a list, so that
    attributes set on them survive until the template. Also returns the other GET
    parameters, for the links to other pages."""
    paginator = Paginator(items, per_page)
    number = (request.GET.get("page") or "").strip()
    if re.fullmatch(r"-?\d+", number):
        if len(number.lstrip("-")) > 9:
            # Too long to be a page (Python refuses to read numbers of 4,300+ digits).
            number = 1 if number.startswith("-") else paginator.num_pages
        elif int(number) < 1:
            number = 1  # 0 and below: the first page (Django would show the last)
    page = paginator.get_page(number)
    page.object_list = list(page.object_list)
    # 1 2 … 7 8 [9] 10 11 … 999 1000: a thousand pages of news are not a thousand links.
    page.page_links = [
        None if link == Paginator.ELLIPSIS else link
        for link in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    ]
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()
