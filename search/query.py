"""A visitor's query as the search backend reads it: words with their Polish forms, years, resolution numbers.

- Each word matches any of its alternatives (``core.search_text.query_alternatives``); all words must match.
- A year ("plan finansowy 2014") narrows without excluding: pages that also hold the year rank higher, the
  others still come.
- A resolution number ("5/2013", "nr 5/2013", "uchwały nr 9/2016 zarządu") is looked up by number, not by
  words (``NUMBER``), and the rest of the query orders the resolutions that carry it.
- A few words that every page holds ("w", "nr", "the") are left out, unless nothing else is left.
"""

import re
from dataclasses import dataclass, field

from modelsearch.query import And, Or, PlainText

from core.search_text import fold, query_alternatives, words

NUMBER = re.compile(r"\b(\d{1,4})\s*/\s*((?:19|20)\d\d)\b")
YEAR = re.compile(r"^(?:19|20)\d\d$")
STOP_WORDS = {
    "pl": {"a", "i", "o", "u", "w", "z", "we", "ze", "na", "do", "od", "po", "za", "dla", "oraz", "lub", "czy",
           "jak", "że", "się", "nr", "numer", "to", "jest"},
    "en": {"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "no", "is", "by", "with", "at"},
}


@dataclass
class ParsedQuery:
    words: list = field(default_factory=list)
    years: list = field(default_factory=list)
    numbers: list = field(default_factory=list)  # [(number in the year, year)]
    language: str = "pl"

    def folded_words(self):
        """Every alternative of the words, without diacritics: to compare with other names (a body's)."""
        return {fold(alt) for word in self.words for alt in query_alternatives(word, self.language)}


def parse(text, language="pl"):
    language = "en" if language.startswith("en") else "pl"
    numbers = [(int(seq), int(year)) for seq, year in NUMBER.findall(text)]
    rest = NUMBER.sub(" ", text)
    found = words(rest)
    stop = STOP_WORDS[language]
    kept = [word for word in found if fold(word) not in stop and word.lower() not in stop] or (
        [] if numbers else found
    )
    return ParsedQuery(
        words=[word for word in kept if not YEAR.match(word)],
        years=[word for word in kept if YEAR.match(word)],
        numbers=numbers,
        language=language,
    )


def _matching(word, language):
    alternatives = [PlainText(alternative) for alternative in query_alternatives(word, language)]
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def _all(queries):
    return queries[0] if len(queries) == 1 else And(queries)


def backend_query(parsed):
    """The modelsearch query of ``parsed``, or None when nothing is left to search by words."""
    required = [_matching(word, parsed.language) for word in parsed.words]
    years = [PlainText(year) for year in parsed.years]
    if not required:
        return _all(years) if years else None
    if not years:
        return _all(required)
    return Or([_all(required + years), _all(required)])
