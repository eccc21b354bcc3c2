"""Which texts of the Polish admin are English, or Polish known to read wrong.

Built from the installed packages' own catalogues, so it follows Wagtail, wagtail-localize and Django when they
are upgraded:

- English: a text that is one of their English msgids, whole or with its placeholders filled in ("22 Documents"
  from "%(total)s Documents"), unless its Polish translation is the same word ("Status", "Tag"); plus a few
  English texts no catalogue holds (data Wagtail's migrations create, strings hard-coded in scripts, dates).
- Wrong Polish: a Polish translation that the project's supplement (``site/admin_translations``) replaced
  ("Dodaj strona", "Wpisz nazwa użytkownika"), a count whose noun does not agree with it ("16 osoby"), and a
  few misspellings.
"""

import html
import re
from functools import cached_property
from pathlib import Path

import django
import polib
import taggit
import wagtail
import wagtail_localize
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation

PACKAGE_CATALOGUES = [
    (Path(wagtail.__file__).parent, "**/locale/{lang}/LC_MESSAGES/*.po"),
    (Path(wagtail_localize.__file__).parent, "**/locale/{lang}/LC_MESSAGES/*.po"),
    (Path(taggit.__file__).parent, "locale/{lang}/LC_MESSAGES/*.po"),
    *[
        (Path(django.__file__).parent / folder, "locale/{lang}/LC_MESSAGES/*.po")
        for folder in ("conf", "contrib/admin", "contrib/auth", "contrib/contenttypes", "contrib/humanize")
    ],
]
SUPPLEMENT_DIR = Path(settings.SITE_DIR) / "admin_translations" / "pl" / "LC_MESSAGES"

# English that no installed catalogue holds as an msgid.
KNOWN_ENGLISH = [
    # rows that Wagtail's own migrations create (the root page and root collection, the default groups and
    # the default workflow and its task)
    re.compile(r"Root|Editors|Moderators|Moderators approval"),
    # hard-coded in wagtail-localize's editor script
    re.compile(r"\S+ to \S+ translation|More actions"),
    # a language's English name inside a Polish text ("Opublikuj wersję: English")
    re.compile(r".*\b(English|Polish)\b.*"),
    # English month names: strftime("%B") and JavaScript default locales
    re.compile(
        r".*\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)"
        r" \d{4}\b.*"
    ),
]
# Polish misspellings and glued words seen in Wagtail's and wagtail-localize's catalogues.
KNOWN_WRONG = [
    re.compile(r".*\b(wyszukiawania|upusć|wszytkich|wszytkie|pikesli|dobrazy|użytkownikó|znajdziejsz)\b.*"),
    re.compile(r".*\btą (wersję|stronę|kolekcję|grupę|lokalizację|rewizję)\b.*"),
    re.compile(r".*\bworkflowy\b.*"),
    re.compile(r".*\bw(English|Polski)\b.*"),
    re.compile(r".*\bna język (English|Polski)\b.*"),
]

# a word that makes a text English: three letters or more, or a short word that is not also Polish ("do", "to")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3}|\b(of|in|by|at|is|it|an|as|be|if|or|up)\b")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdi]|%[sd]|\{(\w*)\}")
TAG = re.compile(r"<[^>]+>")
# placeholders that Wagtail fills with a model's verbose name, a count, or the username field's name
NOUN_PLACEHOLDERS = {
    "model_name", "label", "snippet_type_name", "snippet_plural_name", "object", "object_type", "page_type",
    "task_type", "username_field", "username_field_name", "model",
}
COUNT_PLACEHOLDERS = {
    "count", "counter", "total", "num", "usage_count", "items_count", "start_index", "end_index", "objects",
    "translation_count", "descendant_count", "num_pages", "num_parent_objects", "num_child_objects",
}


def normalise(text):
    return " ".join(text.split())


def capitalised(texts):
    """The texts as written and with a capital first letter (Wagtail capitalises verbose names in headings)."""
    return {variant for text in texts for variant in (text, text[:1].upper() + text[1:])}


def pieces(message):
    """The parts of a catalogue message that can each be one visible text: split at HTML tags and lines."""
    for part in TAG.split(html.unescape(message)):
        for line in part.split("\n"):
            line = normalise(line)
            if line:
                yield line


def catalogues(lang):
    for folder, pattern in PACKAGE_CATALOGUES:
        yield from sorted(folder.glob(pattern.format(lang=lang)))


def polish_plural_form(number):
    """Index of the Polish plural form for an integer (0: 1, 1: 2-4, 2: the rest), as in Django's catalogues."""
    if number == 1:
        return 0
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return 1
    return 2


class Detector:
    """``problems(texts)`` lists the texts that are English or wrong Polish, each with the reason."""

    def __init__(self, noun_forms, plural_nouns):
        # noun_forms: the Polish verbose names (singular and plural) Wagtail may put into a sentence;
        # plural_nouns: {verbose_name_plural: verbose_name} for the count agreement check
        self.noun_forms = sorted(capitalised(noun_forms), key=len, reverse=True)
        self.plural_nouns = {plural.lower(): singular for plural, singular in plural_nouns.items()}

    @cached_property
    def supplement(self):
        entries = {}
        for path in sorted(SUPPLEMENT_DIR.glob("*.po")):
            for entry in polib.pofile(str(path)):
                entries[entry.msgid] = entry
        return entries

    @cached_property
    def installed_polish(self):
        entries = {}
        for path in catalogues("pl"):
            for entry in polib.pofile(str(path)):
                if entry.translated():
                    entries.setdefault(entry.msgid, []).append(entry)
        return entries

    def effective_polish(self, msgid):
        """The Polish translations the admin uses for an msgid: the supplement's, otherwise the packages'."""
        entries = [self.supplement[msgid]] if msgid in self.supplement else self.installed_polish.get(msgid, [])
        return [form for entry in entries for form in translations(entry)]

    @cached_property
    def all_effective_polish(self):
        msgids = set(self.installed_polish) | set(self.supplement)
        return capitalised(
            piece for msgid in msgids for form in self.effective_polish(msgid) for piece in pieces(form)
        )

    @cached_property
    def project_polish(self):
        """The project's own interface strings: written in Polish, they are its catalogues' msgids."""
        project = Path(settings.PROJECT_DIR)
        return capitalised(
            piece
            for path in project.glob("**/locale/pl/LC_MESSAGES/django.po") if ".venv" not in path.parts
            for entry in polib.pofile(str(path))
            for piece in pieces(entry.msgid)
        )

    @cached_property
    def english(self):
        """(set of plain English texts, one regex for English texts with placeholders filled in)."""
        plain, templates = set(), set()
        for path in catalogues("en"):
            for entry in polib.pofile(str(path)):
                if entry.obsolete:
                    continue
                polish = {normalise(form) for form in self.effective_polish(entry.msgid)}
                for message in filter(None, [entry.msgid, entry.msgid_plural]):
                    for piece in pieces(message):
                        if piece in polish:  # the Polish word is the English one ("Status", "Tag", "ID")
                            continue
                        if not ENGLISH_WORD.search(PLACEHOLDER.sub(" ", piece)):
                            continue
                        if PLACEHOLDER.search(piece):
                            templates.add(template_regex(piece, lambda name: ".+?"))
                        else:
                            plain.add(piece)
        return plain, re.compile("|".join(f"(?:{regex})" for regex in sorted(templates)))

    @cached_property
    def replaced_polish(self):
        """One regex for the Polish texts the supplement replaced, with verbose names and counts filled in."""
        nouns = "|".join(re.escape(noun) for noun in self.noun_forms) or "(?!)"
        fill = {**{name: f"(?:{nouns})" for name in NOUN_PLACEHOLDERS},
                **{name: r"\d[\d\s]*" for name in COUNT_PLACEHOLDERS}}
        regexes = set()
        for msgid, entry in self.supplement.items():
            new = {piece for form in translations(entry) for piece in pieces(form)}
            for old_entry in self.installed_polish.get(msgid, []):
                for form in translations(old_entry):
                    for piece in pieces(form):
                        if piece in new or piece in self.all_effective_polish:
                            continue
                        names = [a or b for a, b in PLACEHOLDER.findall(piece)]
                        if any(name not in fill for name in names):
                            continue  # a title or a user name could be anything: too loose to match on
                        if not re.search(r"\w{3}", PLACEHOLDER.sub(" ", piece)):
                            continue
                        regexes.add(template_regex(piece, fill.get))
        return re.compile("|".join(f"(?:{regex})" for regex in sorted(regexes)))

    def why(self, text):
        """The reason a text is wrong, or None."""
        plain, templates = self.english
        for candidate in {text, text.rstrip(":").strip()}:
            if candidate in plain:
                return "English msgid"
        if templates.fullmatch(text):
            return "English msgid with its placeholders filled in"
        if any(pattern.fullmatch(text) for pattern in KNOWN_ENGLISH):
            return "English"
        correct = text in self.all_effective_polish or text in self.project_polish
        if not correct and self.replaced_polish.fullmatch(text):
            return "Polish that the supplement replaced (its catalogue is not in effect here)"
        if any(pattern.fullmatch(text) for pattern in KNOWN_WRONG):
            return "misspelt or glued Polish"
        count = re.fullmatch(r"(\d+) (.+)", text)
        if count:
            number, noun = int(count.group(1)), count.group(2).lower()
            if noun in self.plural_nouns and polish_plural_form(number) == 2:
                return f"the noun does not agree with {number} (nominative plural)"
            if number != 1 and noun in {singular.lower() for singular in self.plural_nouns.values()}:
                return f"the noun does not agree with {number} (singular)"
        return None

    def problems(self, texts):
        found = []
        for text in texts:
            reason = self.why(text)
            if reason:
                found.append((text, reason))
        return found


def translations(entry):
    if entry.msgid_plural:
        return [form for _, form in sorted(entry.msgstr_plural.items()) if form]
    return [entry.msgstr] if entry.msgstr else []


def template_regex(piece, fill):
    """A regex for a message with placeholders; ``fill(name)`` gives each placeholder's regex."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(piece):
        parts.append(re.escape(piece[position:match.start()]))
        parts.append(fill(match.group(1) or match.group(2) or "") or ".+?")
        position = match.end()
    parts.append(re.escape(piece[position:]))
    return "".join(parts)


def read_allowed(path):
    """``text | reason`` lines of the allow-list (``#`` starts a comment): {text: reason}."""
    allowed = {}
    for number, line in enumerate(Path(path).read_text().splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, separator, reason = (part.strip() for part in line.partition(" | "))
        if not separator or not reason:
            raise ValueError(f"{path}:{number}: every entry needs ' | ' and a reason: {line!r}")
        allowed[normalise(text)] = reason
    return allowed


def admin_detector():
    """A detector that knows the verbose names Wagtail puts into its sentences, and the username field's."""
    with translation.override("pl"):
        nouns, plurals = set(), {}
        for model in apps.get_models():
            singular, plural = str(model._meta.verbose_name), str(model._meta.verbose_name_plural)
            nouns |= {singular, plural}
            plurals[plural] = singular
        user = get_user_model()
        nouns.add(str(user._meta.get_field(user.USERNAME_FIELD).verbose_name))
    return Detector(nouns, plurals)
