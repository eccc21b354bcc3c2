"""The translation catalogues are complete: every string has its English translation and every
Polish plural its four forms, so no visitor sees a half-translated page."""

from pathlib import Path

import polib
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    path for path in PROJECT_DIR.glob("**/locale/*/LC_MESSAGES/django.po") if ".venv" not in path.parts
)


def test_every_app_with_strings_has_both_catalogues():
    folders = {path.parents[2] for path in CATALOGUES}
    for folder in folders:
        assert (folder / "pl/LC_MESSAGES/django.po").exists(), folder
        assert (folder / "en/LC_MESSAGES/django.po").exists(), folder
    assert {folder.parent.name for folder in folders} >= {"main", "home", "projects", "members", "resolutions"} - {"main"}


@pytest.mark.parametrize("path", [p for p in CATALOGUES if "/en/" in str(p)], ids=lambda p: str(p.relative_to(PROJECT_DIR)))
def test_english_catalogue_translates_every_string(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue if not entry.translated() and not entry.obsolete]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:10]}"


@pytest.mark.parametrize("path", [p for p in CATALOGUES if "/pl/" in str(p)], ids=lambda p: str(p.relative_to(PROJECT_DIR)))
def test_polish_plurals_have_all_four_forms(path):
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=4;")
    for entry in catalogue:
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(index, "") for index in range(4)]
            assert all(forms), f"{entry.msgid!r} lacks Polish plural forms: {forms}"
