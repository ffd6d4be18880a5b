"""Search on PostgreSQL that understands Danish (and English) inflections.

One backend and one index table serve both languages: each object is indexed with the
normal forms (search.analysis) of its own language, under PostgreSQL's `simple`
configuration (which only splits and lowercases what it is given), and each word of a
query matches either language's normal form. Only the index's text and the query's
words are replaced; ranking, filters and the index's upkeep on publish, move and delete
are Wagtail's (modelsearch's)."""

from functools import reduce

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres import postgres as upstream
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.analysis import normalize_text, query_forms

DEFAULT_LANGUAGE = "da"


def either(a, b):
    return a | b


def both(a, b):
    return a & b


class NormalFormIndexer(upstream.ObjectIndexer):
    """Each searchable field's text as normal forms of the object's language.
    Autocomplete fields keep the words as typed: they match what is being typed by prefix."""

    def __init__(self, obj, backend, language):
        super().__init__(obj, backend)
        self.language = language

    def prepare_field(self, obj, field):
        for current_field, weight, value in super().prepare_field(obj, field):
            if isinstance(current_field, SearchField):
                value = normalize_text(value, self.language)
            yield current_field, weight, value


class NormalFormIndex(upstream.PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        from wagtail.models import Locale

        languages = dict(Locale.objects.values_list("pk", "language_code"))
        content_type_pk = get_content_type_pk(model)
        entries = []
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None), DEFAULT_LANGUAGE)
            indexer = NormalFormIndexer(obj, self.backend, language)
            entries.append(
                upstream.IndexEntry(
                    content_type_id=content_type_pk,
                    object_id=indexer.id,
                    title=indexer.title,
                    autocomplete=indexer.autocomplete,
                    body=indexer.body,
                    title_norm=1.0,
                    title_text=indexer.title_text,
                    body_text=indexer.body_text,
                )
            )
        # One upsert for the batch, as modelsearch's own index does it.
        upstream.IndexEntry._default_manager.using(self.write_connection.alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=[
                "title",
                "autocomplete",
                "body",
                "title_norm",
                "title_text",
                "body_text",
            ],
        )
        self._refresh_title_norms()


class NormalFormQueryCompiler(upstream.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, (PlainText, Phrase)):
            return super().build_tsquery_content(query, config=config, invert=invert)
        words = query_forms(query.query_string)
        if not words:
            return None
        # A word matches any of its forms; all words must match ("or": any word). Inverted
        # (under Not), both swap (De Morgan).
        join_forms = both if invert else either
        join_words = either if getattr(query, "operator", "and") == "or" else both
        if invert:
            join_words = both if join_words is either else either
        lexemes = reduce(
            join_words,
            (reduce(join_forms, (Lexeme(f, invert=invert) for f in forms)) for forms in words),
        )
        return SearchQuery(lexemes, search_type="raw", config=config)


class InflectionSearchBackend(upstream.PostgresSearchBackend):
    query_compiler_class = NormalFormQueryCompiler
    index_class = NormalFormIndex

    def __init__(self, params):
        super().__init__(params)
        self.config = "simple"  # the words arrive in their normal forms already
