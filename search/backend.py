"""The site's search backend (WAGTAILSEARCH_BACKENDS): Wagtail's database backend, with
words reduced to their normal forms in Python on PostgreSQL (search.postgres_backend),
and matched by the words they begin on SQLite (the default for `make run`)."""

from functools import reduce

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend_for
from modelsearch.query import Phrase, PlainText

from search.analysis import query_words


def SearchBackend(params):  # noqa: N802  (the name Wagtail looks for in a backend module)
    if connection.vendor == "postgresql":
        from search.postgres_backend import InflectionSearchBackend

        return InflectionSearchBackend(params)
    backend = database_backend_for(params)
    if backend.__class__.__name__ == "SQLiteSearchBackend":
        backend.query_compiler_class = prefix_compiler(backend.query_compiler_class)
    return backend


def prefix_compiler(base):
    """SQLite's FTS5 matches whole words; here each word of a query also matches the
    words it begins ("skole" finds "skolernes"). Every word must match."""
    from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression

    class PrefixSearchQueryCompiler(base):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, (PlainText, Phrase)):
                terms = query_words(query.query_string)
                if not terms:
                    return None
                lexemes = (Lexeme(term, prefix=True) for term in terms)
                return SearchQueryExpression(reduce(lambda a, b: a & b, lexemes), config=config)
            return super().build_search_query_content(query, config=config)

    return PrefixSearchQueryCompiler
