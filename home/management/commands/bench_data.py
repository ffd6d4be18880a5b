"""Adds the benchmark's large data set to the database (`make bench` runs it on a
database of its own; never run it on a real site's)."""

from django.core.management.base import BaseCommand

from home.bench.data import add_large_data_set, index_new_pages


class Command(BaseCommand):
    help = "Add generated news posts, films and content pages, in both languages, for make bench."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=4000, help="news posts per language")
        parser.add_argument("--films", type=int, default=300, help="films per language")
        parser.add_argument("--pages", type=int, default=700, help="content pages per language")

    def handle(self, *args, posts, films, pages, **options):
        add_large_data_set(posts, films, pages)
        index_new_pages()
        total = 2 * (posts + films + pages)
        self.stdout.write(
            f"Added {total:,} pages: {posts:,} posts, {films:,} films and {pages:,} pages "
            "in each language."
        )
