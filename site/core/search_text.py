"""Search text that understands Polish: the same normalisation for what is indexed and what visitors type.

Wagtail's database backend matches words as they are written (PostgreSQL's ``simple`` configuration, SQLite's
FTS5), so "absolutoria zarządowi" would not find "absolutorium Zarządowi". Every indexed object therefore adds
one more search field, ``search_terms`` (``SearchTermsMixin``): its own indexed text rewritten as

- each word without diacritics ("zarzadowi"), so a query typed without Polish letters still matches, and
- each of its lemmas, also without diacritics ("zarzad", "absolutorium"), from Morfeusz 2 (the SGJP dictionary
  ships inside its wheel: nothing is downloaded, PostgreSQL needs no dictionary on the server); English
  pages get Snowball's English stems instead.

A query word becomes the alternatives it may match (``query_alternatives``): itself, without diacritics, its
lemmas and, for a word typed without Polish letters, the lemmas of the Polish words it may stand for
("miedzysektorowa" → "międzysektorowy"). A page that holds the very word typed matches more of them (its
original field and the surface form here) and so ranks first. Both backends see the same plain ASCII tokens,
so they agree on what matches.
"""

import functools
import itertools
import re
import threading
import unicodedata

import morfeusz2
import snowballstemmer
from django.db.models import Manager
from modelsearch.index import RelatedFields, SearchField

WORD = re.compile(r"\w+")
POLISH_LETTERS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
# What a letter typed without its diacritic may stand for (ASCII letter → Polish letters).
RESTORE = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "źż"}
# Brackets ``search_terms`` in the indexed text (no tokeniser keeps it), so excerpts can leave the terms out.
TERMS_MARK = "\u2063"
TERMS = re.compile(f"{TERMS_MARK}[^{TERMS_MARK}]*(?:{TERMS_MARK}|$)")
MAX_RESTORATIONS = 1024  # spellings tried for one word typed without diacritics (about 10 ms at most)

_local = threading.local()


def _morfeusz():
    """One analyser per thread: Morfeusz objects are not shared between threads."""
    analyser = getattr(_local, "morfeusz", None)
    if analyser is None:
        analyser = _local.morfeusz = morfeusz2.Morfeusz(generate=False, expand_tags=False)
    return analyser


_english = threading.local()


def _english_stem(word):
    stemmer = getattr(_english, "stemmer", None)
    if stemmer is None:
        stemmer = _english.stemmer = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


def fold(text):
    """Lower case without diacritics: "Żory" → "zory", "Łódź" → "lodz", "café" → "cafe"."""
    text = text.lower().translate(POLISH_LETTERS)
    if text.isascii():
        return text
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def words(text):
    return WORD.findall(text)


@functools.lru_cache(maxsize=200_000)
def polish_lemmas(word):
    """The dictionary's lemmas of ``word`` (lower case, with diacritics); empty for a word it does not know."""
    lemmas = set()
    for _start, _end, (_orth, lemma, tag, _names, _quals) in _morfeusz().analyse(word):
        if tag != "ign":
            lemmas.add(lemma.split(":")[0].lower())
    return frozenset(lemmas)


@functools.lru_cache(maxsize=50_000)
def restored_lemmas(word):
    """Lemmas of the Polish words that ``word``, typed without diacritics, may stand for: "zarzadu" → {"zarząd"}."""
    word = word.lower()
    if not word.isascii() or word.isdigit():
        return frozenset()
    options = [letter + RESTORE.get(letter, "") for letter in word]
    count = 1
    for option in options:
        count *= len(option)
    if count > MAX_RESTORATIONS:
        return frozenset()
    lemmas = set()
    for spelling in itertools.product(*options):
        lemmas |= polish_lemmas("".join(spelling))
    return frozenset(lemmas)


@functools.lru_cache(maxsize=200_000)
def _index_forms(word, english):
    folded = fold(word)
    if word.isdigit():
        return (folded,)
    if english:
        stem = fold(_english_stem(word.lower()))
        return (folded,) if stem == folded else (folded, stem)
    forms = dict.fromkeys([folded, *sorted(fold(lemma) for lemma in polish_lemmas(word))])
    return tuple(forms)


def index_terms(text, language="pl"):
    """``text`` as the index keeps it in ``search_terms``: each word folded, followed by its folded lemmas."""
    english = language.startswith("en")
    return " ".join(" ".join(_index_forms(word, english)) for word in words(text))


def query_alternatives(word, language="pl"):
    """The tokens one query word may match, the word as typed first."""
    english = language.startswith("en")
    forms = [word.lower(), *_index_forms(word, english)]
    if not english and word.isascii():
        forms += sorted(fold(lemma) for lemma in restored_lemmas(word))
    return list(dict.fromkeys(forms))


def _text_values(value):
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _text_values(item)
    elif isinstance(value, dict):
        yield from _text_values(list(value.values()))
    else:
        yield str(value)


def without_terms(indexed_text):
    """The indexed text as the visitor wrote it: without the ``search_terms`` part."""
    return TERMS.sub(" ", indexed_text)


class TitleTerms(SearchField):
    """The title's folded words and lemmas, indexed as part of the title: "Rady Konsultacyjnej" then ranks as a
    title match for "rada konsultacyjna", on both backends (they weight only what is named ``title``)."""

    def __init__(self):
        super().__init__("title")

    def get_value(self, obj):
        return index_terms(obj.title, obj.search_language())


def _field_texts(obj, fields):
    for field in fields:
        if isinstance(field, TitleTerms):
            continue
        if isinstance(field, SearchField) and field.field_name != "search_terms":
            yield from _text_values(field.get_value(obj))
        elif isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related] if related is not None else []
            for item in related:
                yield from _field_texts(item, field.fields)


# Page types whose line in the search results needs their own fields (a resolution's number, body and status,
# a news item's date), with the relations to select: registered by the types themselves (``shown_in_results``).
RESULT_TYPES = {}


def shown_in_results(*select_related):
    """Class decorator: search results read pages of this type as their own type, selecting ``select_related``."""

    def register(model):
        RESULT_TYPES[model] = list(select_related)
        return model

    return register


class SearchTermsMixin:
    """Adds ``search_terms``: the object's own indexed text folded and lemmatised (see the module docstring).

    A model lists ``index.SearchField("search_terms")`` in its ``search_fields`` (pages also ``TitleTerms()``);
    the text is read from its other search fields, so there is one list of what is searchable.
    """

    def search_language(self):
        locale = getattr(self, "locale", None)
        return locale.language_code if locale is not None else "pl"

    def search_terms(self):
        text = " ".join(_field_texts(self, self.get_search_fields()))
        return f"{TERMS_MARK}{index_terms(text, self.search_language())}{TERMS_MARK}"
