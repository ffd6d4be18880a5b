"""The benchmark's large data set: news posts, films and content pages in both languages,
each a copy of a demo page of its type with its own title, slug and text.

Adding thousands of pages one by one through the page tree would take many minutes, so
rows are written in bulk, the way the tree itself stores them (materialised paths), with
the parent's child count fixed. A page's English version shares its Danish version's
translation key, as a translation made with wagtail-localize would."""

import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from films.models import FilmIndexPage, FilmPage, FilmPageTopic
from home.models import ContentPage, HomePage, Topic
from news.models import NewsIndexPage, NewsPage, NewsPageTopic

SLUG_PREFIX = "bench-"
LANGUAGES = ("da", "en")
WORDS = {
    "da": [
        "skolerne",
        "virksomhederne",
        "eleverne",
        "lærlinge",
        "branchen",
        "besøget",
        "værkstedet",
        "smedene",
        "uddannelsen",
        "grundforløbet",
        "netværket",
        "opgaven",
        "mentorerne",
        "koordinatoren",
        "forsøget",
    ],
    "en": [
        "schools",
        "companies",
        "students",
        "apprentices",
        "industry",
        "visit",
        "workshop",
        "smiths",
        "education",
        "foundation course",
        "network",
        "task",
        "mentors",
        "coordinator",
        "trial",
    ],
}
LABEL = {"da": "Benchmark opslag", "en": "Benchmark post"}


def words_of(number, language):
    """A few words that vary from page to page, so that searches match some, not all."""
    words = WORDS[language]
    chosen = [words[(number * step) % len(words)] for step in (1, 3, 7)]
    return f"{LABEL[language]} {number}: " + " ".join(chosen) + "."


def clone_pages(template, parent, count, fields_of, translation_keys=None):
    """`count` live copies of the specific page `template` as the last children of
    `parent`, in `parent`'s language; `fields_of(number)` gives each copy's title and
    the fields of its own type that differ from the template. Returns the new pages'
    translation keys, in order, for their translations to share."""
    model = type(template)
    assert list(model._meta.parents) == [Page], "copies only page types made directly on Page"
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    keys = translation_keys or [uuid.uuid4() for _ in range(count)]
    now = timezone.now()
    rows, pages = [], []
    for number in range(count):
        fields = fields_of(number)
        title = fields.pop("title")
        slug = f"{SLUG_PREFIX}{step + number}"
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, step + number),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale_id=parent.locale_id,
                translation_key=keys[number],
            )
        )
        rows.append(fields)
    pages = Page.objects.bulk_create(pages, batch_size=1000)
    if not pages[0].pk:  # databases that do not return ids from bulk inserts
        pages = list(Page.objects.filter(path__in=[page.path for page in pages]).order_by("path"))
    own_fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in own_fields)
    placeholders = ", ".join(["%s"] * len(own_fields))
    values = []
    for page, fields in zip(pages, rows, strict=True):
        values.append(
            [
                page.pk
                if field.name == "page_ptr"
                else field.get_db_prep_save(
                    fields.get(field.attname, getattr(template, field.attname)), connection
                )
                for field in own_fields
            ]
        )
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", values)  # noqa: S608
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    parent.numchild += count
    return keys, [page.pk for page in pages]


def in_language(model, language):
    return model.objects.filter(locale__language_code=language)


def public_in_language(model, language):
    """The public page of a type (the partner area has a news index and a film library
    of its own)."""
    return in_language(model, language).public().order_by("path").first()


def first_topic(language):
    topic = Topic.objects.filter(locale__language_code="da").order_by("pk").first()
    return topic.get_translation_or_none(Locale.objects.get(language_code=language)) or topic


def add_news_posts(count):
    """`count` posts in each language, a day apart, every third about a topic."""
    keys = None
    for language in LANGUAGES:
        index = public_in_language(NewsIndexPage, language)
        template = in_language(NewsPage, language).filter(path__startswith=index.path)
        template = template.order_by("path").first()
        topic = first_topic(language)
        start = date(2020, 1, 1)
        keys, ids = clone_pages(
            template,
            index,
            count,
            lambda number, language=language, start=start: {
                "title": f"{LABEL[language]} {number}",
                "intro": words_of(number, language),
                "date": start + timedelta(days=number % 2000),
            },
            keys,
        )
        NewsPageTopic.objects.bulk_create(
            [NewsPageTopic(page_id=pk, topic=topic, sort_order=0) for pk in ids[::3]],
            batch_size=1000,
        )


def add_films(count):
    """`count` films in each language, copies of a demo film (its own video file, so no
    provider is asked), every third about a topic."""
    keys = None
    for language in LANGUAGES:
        library = public_in_language(FilmIndexPage, language)
        template = in_language(FilmPage, language).filter(path__startswith=library.path)
        template = template.exclude(video_file=None).order_by("path").first()
        topic = first_topic(language)
        keys, ids = clone_pages(
            template,
            library,
            count,
            lambda number, language=language: {
                "title": f"Benchmark film {number}",
                "description": words_of(number, language),
                "for_students": number % 2 == 0,
                "for_companies": number % 3 == 0,
            },
            keys,
        )
        FilmPageTopic.objects.bulk_create(
            [FilmPageTopic(page_id=pk, topic=topic, sort_order=0) for pk in ids[::3]],
            batch_size=1000,
        )


def add_content_pages(count):
    """`count` content pages in each language, below a page of their own under home."""
    container_key = uuid.uuid4()
    keys = None
    for language in LANGUAGES:
        home = in_language(HomePage, language).get()
        template = public_in_language(ContentPage, language)
        container = ContentPage(
            title={"da": "Arkiv", "en": "Archive"}[language],
            slug=f"{SLUG_PREFIX}archive",
            locale=Locale.objects.get(language_code=language),
            translation_key=container_key,
            intro="",
        )
        home.add_child(instance=container)
        container.save_revision().publish()
        keys, _ids = clone_pages(
            template,
            container,
            count,
            lambda number, language=language: {
                "title": f"{LABEL[language]} {number}",
                "intro": words_of(number, language),
            },
            keys,
        )


def index_new_pages():
    """Put the generated pages in the search index, as `update_index` would."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for model in (NewsPage, FilmPage, ContentPage):
        pages = model.get_indexed_objects().filter(slug__startswith=SLUG_PREFIX).order_by("pk")
        batch = []
        for page in pages.iterator(chunk_size=500):
            batch.append(page)
            if len(batch) == 500:
                backend.add_bulk(model, batch)
                batch = []
        if batch:
            backend.add_bulk(model, batch)


@transaction.atomic
def add_large_data_set(posts, films, pages):
    add_news_posts(posts)
    add_films(films)
    add_content_pages(pages)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would soon make
