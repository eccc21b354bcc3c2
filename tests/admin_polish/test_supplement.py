"""The Polish supplement to Wagtail's, wagtail-localize's and Django's catalogues (``site/admin_translations``):
well-formed, still matching the installed packages, and in effect for the admin's Python and JavaScript strings.
The detector the browser test relies on is checked here too, on texts seen in the admin."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

from tests.admin_polish.detector import SUPPLEMENT_DIR, admin_detector, catalogues

SUPPLEMENTS = sorted(SUPPLEMENT_DIR.glob("*.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|%[sd]|\{\w*\}")


def forms(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_both_domains_are_supplemented_and_found_by_django():
    assert [path.name for path in SUPPLEMENTS] == ["django.po", "djangojs.po"]
    locale_paths = [Path(path) for path in settings.LOCALE_PATHS]
    assert SUPPLEMENT_DIR.parents[1] in locale_paths
    # makemessages writes the strings of files outside any locale/ folder into the first of LOCALE_PATHS
    # (and would drop this catalogue's entries as obsolete there)
    assert locale_paths[0] != SUPPLEMENT_DIR.parents[1]


@pytest.mark.parametrize("path", SUPPLEMENTS, ids=lambda path: path.name)
def test_every_entry_is_an_installed_packages_msgid(path):
    """After an upgrade, entries whose msgid the packages dropped show up here, to be removed or redone."""
    installed = {entry.msgid for en in catalogues("en") if en.name == path.name for entry in polib.pofile(str(en))}
    stale = [entry.msgid for entry in polib.pofile(str(path)) if entry.msgid not in installed]
    assert not stale, f"{len(stale)} msgids no installed package has any more: {stale[:10]}"


@pytest.mark.parametrize("path", SUPPLEMENTS, ids=lambda path: path.name)
def test_entries_are_translated_with_all_four_polish_plural_forms(path):
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=4;")
    for entry in catalogue:
        assert all(forms(entry)), f"{entry.msgid!r} lacks a translation"
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1, 2, 3], f"{entry.msgid!r} needs four plural forms"


@pytest.mark.parametrize("path", SUPPLEMENTS, ids=lambda path: path.name)
def test_translations_use_only_their_msgids_placeholders(path):
    """A placeholder the code does not pass would break the page; leaving one out (a date that would be in
    English) is allowed."""
    for entry in polib.pofile(str(path)):
        known = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        for form in forms(entry):
            unknown = set(PLACEHOLDER.findall(form)) - known
            assert not unknown, f"{entry.msgid!r}: {form!r} uses {unknown}"


@pytest.mark.parametrize("path", SUPPLEMENTS, ids=lambda path: path.name)
def test_catalogues_are_compiled(path):
    compiled = path.with_suffix(".mo")
    assert compiled.exists() and compiled.stat().st_mtime >= path.stat().st_mtime, (
        f"{compiled.name} is missing or older than {path.name}: run `manage.py compile_translations`"
    )


def test_the_admin_speaks_the_supplement():
    with translation.override("pl"):
        assert gettext("Saved") == "Zapisano"  # missing in Wagtail's Polish
        assert gettext("Add %(model_name)s") % {"model_name": "osoba"} == "Dodaj: osoba"
        assert gettext("Enter your %(username_field_name)s") % {"username_field_name": "nazwa użytkownika"} == (
            "Wpisz: nazwa użytkownika"
        )
        counts = [ngettext("%(num_parent_objects)d page", "%(num_parent_objects)d pages", n) % {
            "num_parent_objects": n} for n in (1, 3, 5, 22)]
        assert counts == ["1 stronę", "3 strony", "5 stron", "22 strony"]
        assert gettext("Password") == "Hasło"  # Django's and Wagtail's own translations still apply
    with translation.override("en"):
        assert gettext("Saved") == "Saved"


@pytest.mark.django_db
def test_the_admin_scripts_get_the_supplement(client, django_user_model):
    """Both script catalogues (Wagtail's and wagtail-localize's editor) merge LOCALE_PATHS."""
    client.force_login(django_user_model.objects.create_superuser("tlumacz", "tlumacz@example.invalid", "haslo-123"))
    wagtail_catalogue = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert '"Complex": "Trudna"' in wagtail_catalogue
    localize_catalogue = client.get("/admin/localize/jsi18n/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert '"Publish in ": "Opublikuj wersj\\u0119: "' in localize_catalogue


@pytest.fixture(scope="module")
def polish_detector():
    return admin_detector()


@pytest.mark.parametrize("text", [
    "Password", "Profile", "Use server language: polski", "Checks", "Toggle checks", "Compare", "Layout",
    "22 Documents", "1-11 of 11 strony", "Drop down", "Moderators approval", "Polski to English translation",
    "Opublikuj wEnglish", "Opublikuj wersję: English", "2 December 2026", "Przetłumaczono ręcznie dnia 2 December 2026",
    "Dodaj strona", "Dodaj osoba", "Dodaj Załącznik", "Wpisz nazwa użytkownika", "16 osoby", "2 workflowy",
    "Zweryfikuj tą wersję", "Tekst opisu wyświetlany pod nagłówkiem w wynikach wyszukiawania.",
    "Ten uchwała został przywołany 2 razy.", "Nowy: Osoba",
    "Strona \"Strona\" została pomyślnie przesłana do tłumaczenia na język English.",
])
def test_the_detector_flags_english_and_wrong_polish(polish_detector, text):
    assert polish_detector.why(text), text


@pytest.mark.parametrize("text", [
    "Hasło", "Profil", "Status", "Tag", "ID", "Dodaj: strona", "Dodaj stronę podrzędną", "Dodaj komentarz",
    "Osoby: 16", "16 osób", "2 osoby", "1 osoba", "Numer", "Pole formularza", "Podgląd", "Nowy element: Osoba",
    "Wpisz: nazwa użytkownika", "2 grudnia 2026 06:22", "Opublikuj wersję: angielski",
])
def test_the_detector_accepts_polish(polish_detector, text):
    assert polish_detector.why(text) is None, polish_detector.why(text)


def test_the_approval_workflow_speaks_of_acceptance_everywhere():
    """The office's workflow is *Akceptacja uchwał*: its button, statuses and messages say "akceptacja", not
    Wagtail's "moderacja" in some places and "akceptacja" in others, and the button reads as Polish
    ("Wyślij do: Akceptacja uchwał", not "Wyślij do Akceptacja uchwał")."""
    with translation.override("pl"):
        moderation = sorted({
            entry.msgid for path in catalogues("pl") if path.name == "django.po"
            for entry in polib.pofile(str(path)) if "moderac" in entry.msgstr.lower() and not entry.msgid_plural
        })
        assert moderation, "Wagtail's Polish catalogue should still say 'moderacja' somewhere for this to check"
        still = [(msgid, gettext(msgid)) for msgid in moderation if "moderac" in gettext(msgid).lower()]
        assert not still, still
        assert gettext("Submit to %(workflow_name)s") % {"workflow_name": "Akceptacja uchwał"} == \
            "Wyślij do: Akceptacja uchwał"
        assert gettext("In Moderation") == "Czeka na akceptację"
