"""Words as the search compares them, worked out in Python so that it needs nothing on
the database server (a managed PostgreSQL cannot take dictionary files).

Each word is reduced to its lemma (simplemma's dictionaries for Danish and English, in
the package) and the lemma to its Snowball stem. The lemma joins forms the stemmer alone
keeps apart: PostgreSQL's Danish stemmer makes "virksom" of "virksomhed" but
"virksomhed" of "virksomhederne"; through the lemma both become "virksom", and
"skolernes" meets "skole". Pages are indexed in their own language; a query is reduced
in both languages (a visitor may type either), and each word may match either form."""

import re
import unicodedata
from functools import lru_cache

import simplemma
import snowballstemmer

# A word: letters and digits, with apostrophes inside ("school's", "don't").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
POSSESSIVE = re.compile(r"['’]s$")
# Invisible characters that would split or disguise a word (zero-width spaces, joiners,
# direction marks, soft hyphens, byte-order marks).
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
STEMMERS = {"da": "danish", "en": "english"}
LANGUAGES = tuple(STEMMERS)
# A query is cut to this many characters and words, so that no query is slow.
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12


def words(text):
    """The words of a text in one spelling: composed letters (a decomposed "å" is "å"),
    case folded, the possessive "'s" dropped and other apostrophes left out."""
    text = unicodedata.normalize("NFKC", INVISIBLE.sub("", text)).casefold()
    return [
        POSSESSIVE.sub("", word).replace("'", "").replace("’", "") for word in WORD.findall(text)
    ]


@lru_cache(maxsize=8)
def stemmer(language):
    return snowballstemmer.stemmer(STEMMERS[language])


@lru_cache(maxsize=200_000)
def normal_form(word, language):
    """'virksomhederne' -> 'virksom' (Danish); 'schools' -> 'school' (English)."""
    if language not in STEMMERS:
        return word
    if not word.isalpha():
        return word  # numbers and codes ("gf2") as they are
    lemma = simplemma.lemmatize(word, lang=language).casefold()
    return stemmer(language).stemWord(lemma)


def normalize_text(text, language):
    """The text as the index holds it: one normal form per word."""
    return " ".join(normal_form(word, language) for word in words(text))


def query_words(query_string):
    """The words of a query, bounded in length and number."""
    return words(query_string[:MAX_QUERY_LENGTH])[:MAX_QUERY_WORDS]


def query_forms(query_string):
    """For each word of the query, the forms it may match (one per language)."""
    return [
        sorted({normal_form(word, language) for language in LANGUAGES})
        for word in query_words(query_string)
    ]
