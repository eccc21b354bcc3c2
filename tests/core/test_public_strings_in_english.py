"""Every sentence the public templates translate reads in English on the English site.

A catalogue rewrite once dropped the search page's title, heading, label and result count from the English
catalogue, and /en/ showed them in Polish with no test noticing. This reads each ``{% translate %}`` and each
``{% blocktranslate %}`` of the public templates (not the admin's, not the pattern library's) and asks Django
for its English: only the words that are the same in both languages may come back unchanged.
"""

import re
from pathlib import Path

from django.utils import translation

PROJECT_DIR = Path(__file__).resolve().parents[2]
SAME_IN_ENGLISH = {"E-mail", "e-mail", "e-mail:", "ePUAP:", "BIP", "Menu", "Status", "status:", "REGON"}
TRANSLATE = re.compile(r"""\{%\s*(?:translate|trans)\s+(["'])(.+?)\1(?:\s+context\s+(["'])(.+?)\3)?(?:\s+as\s+\w+)?\s*%\}""")
BLOCK = re.compile(r"\{%\s*blocktranslate(?P<args>[^%]*)%\}(?P<body>.*?)"
                   r"(?:\{%\s*plural\s*%\}(?P<plural>.*?))?\{%\s*endblocktranslate\s*%\}", re.S)
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def public_templates():
    for path in sorted(PROJECT_DIR.glob("**/templates/**/*.html")):
        parts = set(path.relative_to(PROJECT_DIR).parts)
        if not parts & {".venv", "node_modules", "var", "admin", "wagtailadmin"} and "pattern" not in path.name:
            yield path


def untranslated(path):
    source = path.read_text()
    for match in TRANSLATE.finditer(source):
        msgid, context = match.group(2), match.group(4)
        english = translation.pgettext(context, msgid) if context else translation.gettext(msgid)
        if english == msgid and msgid not in SAME_IN_ENGLISH:
            yield msgid
    for match in BLOCK.finditer(source):
        if "trimmed" in match.group("args"):
            continue
        msgid = VARIABLE.sub(r"%(\1)s", match.group("body"))
        if match.group("plural") is None:
            if translation.gettext(msgid) == msgid:
                yield msgid
        else:
            plural = VARIABLE.sub(r"%(\1)s", match.group("plural"))
            if translation.ngettext(msgid, plural, 3) == plural:
                yield plural


def test_every_public_sentence_has_its_english():
    templates = list(public_templates())
    assert len(templates) > 40
    with translation.override("en"):
        missing = {str(path.relative_to(PROJECT_DIR)): found for path in templates if (found := list(untranslated(path)))}
    assert not missing, missing
