"""A checker of the accessibility statement's structure, as an automated monitor reads it.

It follows the ministry's technical conditions (v2.0, 31 July 2024) the way the public validators do: the
elements are found by their ``id``, dates must be ``YYYY-MM-DD`` in ``<time datetime>``, the status must be one
of the three statutory words, the contact's e-mail a ``mailto:`` link, the address an absolute link, and every
page must name its statement in ``<meta name="deklaracja-dostępności">``. Only Python's ``html.parser``.
"""

import re
from html.parser import HTMLParser

REQUIRED_IDS = [
    "a11y-wstep", "a11y-podmiot", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-status",
    "a11y-ocena", "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon",
    "a11y-procedura", "a11y-architektura", "a11y-aplikacje",
]
DATE_IDS = ["a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie", "a11y-data-przeglad"]
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
STATUS_WORDS = {
    "pl": ("częściowo zgodna", "niezgodna", "zgodna"),
    "en": ("partially compliant", "not compliant", "fully compliant"),
}
VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "track"}


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = {}  # id -> {"tag", "attrs", "text", "count"}
        self.metas = []
        self.stack = []  # open elements carrying an id: (tag, id)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.metas.append(attrs)
        element_id = attrs.get("id")
        if element_id and element_id.startswith("a11y-"):
            entry = self.elements.setdefault(element_id, {"tag": tag, "attrs": attrs, "text": "", "count": 0})
            entry["count"] += 1
            if tag not in VOID:
                self.stack.append((tag, element_id))
        elif tag not in VOID:
            self.stack.append((tag, None))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        for _tag, element_id in self.stack:
            if element_id:
                self.elements[element_id]["text"] += data


def parse(html):
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser


def statement_meta(html):
    """The ``content`` of the page's ``<meta name="deklaracja-dostępności">`` (None if absent or repeated)."""
    found = [meta.get("content") for meta in parse(html).metas if meta.get("name") == "deklaracja-dostępności"]
    return found[0] if len(found) == 1 else None


def check_statement(html, language="pl", audited=None):
    """The list of problems an automated checker would report on the statement's HTML (empty: valid)."""
    parsed = parse(html)
    elements = parsed.elements
    problems = []
    for element_id in REQUIRED_IDS:
        if element_id not in elements:
            problems.append(f"missing #{element_id}")
        elif not " ".join(elements[element_id]["text"].split()):
            problems.append(f"#{element_id} is empty")
    for element_id, entry in elements.items():
        if entry["count"] > 1:
            problems.append(f"#{element_id} appears {entry['count']} times")
    for element_id in DATE_IDS:
        entry = elements.get(element_id)
        if entry is None:
            continue
        text = entry["text"].strip()
        if entry["tag"] != "time":
            problems.append(f"#{element_id} is a <{entry['tag']}>, not <time>")
        if not DATE_RE.match(entry["attrs"].get("datetime") or ""):
            problems.append(f"#{element_id} datetime {entry['attrs'].get('datetime')!r} is not YYYY-MM-DD")
        if text != entry["attrs"].get("datetime"):
            problems.append(f"#{element_id} shows {text!r}, not its date")
    status = elements.get("a11y-status")
    if status is not None:
        text = " ".join(status["text"].split())
        if not any(word in text for word in STATUS_WORDS[language]):
            problems.append(f"#a11y-status says none of {STATUS_WORDS[language]}: {text!r}")
    url = elements.get("a11y-url")
    if url is not None and (url["tag"] != "a" or not re.match(r"^https?://", url["attrs"].get("href") or "")):
        problems.append("#a11y-url is not a link to an absolute address")
    email = elements.get("a11y-email")
    if email is not None and "@" not in email["text"]:
        problems.append(f"#a11y-email holds no e-mail address: {email['text']!r}")
    if audited is True and "a11y-audytor" not in elements:
        problems.append("an audit was made but #a11y-audytor is missing")
    if audited is False and "a11y-audytor" in elements:
        problems.append("#a11y-audytor present without an audit")
    meta = statement_meta(html)
    if not meta or not re.match(r"^https?://", meta):
        problems.append(f"<meta name=\"deklaracja-dostępności\"> missing or not absolute: {meta!r}")
    return problems
