"""Large data sets for the benchmark, made in bulk: adding 10,000 pages one by one
through the page tree would take many minutes, so rows are written directly, the way
the tree itself stores them (materialised paths), and the parent's child count fixed."""

import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from news.models import NewsPage, NewsPageTopic

WORDS = [
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
]


def intro_of(number):
    """A few words that vary from post to post, so that searches match some posts, not all."""
    chosen = [WORDS[(number * step) % len(WORDS)] for step in (1, 3, 7)]
    return f"Benchmark opslag {number}: " + " ".join(chosen) + "."


def index_news_posts():
    """Put the generated posts in the search index, as `update_index` would."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    posts = NewsPage.get_indexed_objects().filter(slug__startswith="bench-").order_by("pk")
    batch = []
    for post in posts.iterator(chunk_size=500):
        batch.append(post)
        if len(batch) == 500:
            backend.add_bulk(NewsPage, batch)
            batch = []
    if batch:
        backend.add_bulk(NewsPage, batch)


@transaction.atomic
def add_news_posts(index, count, topics=()):
    """`count` live posts below the news index `index`, a day apart, every third about
    the first of `topics`."""
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    pages = []
    for number in range(count):
        slug = f"bench-{step + number}"
        pages.append(
            Page(
                title=f"Benchmark post {step + number}",
                draft_title=f"Benchmark post {step + number}",
                slug=slug,
                content_type=content_type,
                path=Page._get_path(index.path, index.depth + 1, step + number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    pages = Page.objects.bulk_create(pages, batch_size=1000)
    if not pages[0].pk:  # databases that do not return ids from bulk inserts
        pages = list(Page.objects.filter(path__in=[page.path for page in pages]).order_by("path"))
    start = date(2020, 1, 1)
    table = NewsPage._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (page_ptr_id, date, intro, body, contact_name, contact_role, "  # noqa: S608
            "contact_email) VALUES (%s, %s, %s, %s, '', '', '')",
            [
                (page.pk, start + timedelta(days=number % 2000), intro_of(number), "[]")
                for number, page in enumerate(pages)
            ],
        )
    if topics:
        NewsPageTopic.objects.bulk_create(
            [NewsPageTopic(page_id=page.pk, topic=topics[0], sort_order=0) for page in pages[::3]],
            batch_size=1000,
        )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would soon make
