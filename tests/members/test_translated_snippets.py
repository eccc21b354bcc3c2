"""Bodies, terms, public offices and funding programmes are translatable snippets: the English pages show the
English rows (found in bulk by translation key), the Polish pages the Polish ones, and the migration that
dropped the ``*_en`` columns turned what they held into English rows."""

import datetime
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings
from wagtail.models import Locale

from members.models import Membership, StatutoryBody, Term
from resolutions.models import ResolutionPage

ROOT = Path(__file__).resolve().parents[2]


def english():
    return Locale.objects.get(language_code="en")


@pytest.mark.django_db
def test_the_english_translation_of_a_body_term_and_office_shows_on_the_english_authorities_page(client):
    body = StatutoryBody.objects.get(slug="zarzad", locale__language_code="pl")
    body_en = body.get_translation(english())
    body_en.name = "Board of the Association"
    body_en.save()
    term_en = Term.objects.current().get(body=body, locale=english())
    term_en.description = "Elected in Rybnik (English text)"
    term_en.save()
    seat_en = Membership.objects.filter(term=term_en, person__last_name="Kuczera").order_by("pk").last()
    seat_en.public_office = "Mayor of the City of Rybnik"
    seat_en.save()

    html = client.get("/en/authorities/").content.decode()
    assert "Board of the Association" in html and "Zarząd Związku" not in html
    assert "Elected in Rybnik (English text)" in html and "Mayor of the City of Rybnik" in html
    assert 'href="#zarzad"' in html  # the English body keeps the slug (anchors, ?organ=zarzad)
    polish = client.get("/wladze/").content.decode()
    assert "Zarząd Związku" in polish and "Prezydent Miasta Rybnika" in polish
    assert "Board of the Association" not in polish and "Mayor of the City of Rybnik" not in polish


@pytest.mark.django_db
def test_a_body_without_english_translation_falls_back_to_polish(client):
    body = StatutoryBody.objects.get(slug="komisja-rewizyjna", locale__language_code="pl")
    body.get_translation(english()).delete()
    assert "Komisja Rewizyjna" in client.get("/en/authorities/").content.decode()


@pytest.mark.django_db
def test_an_english_resolution_names_the_english_body(client):
    polish = ResolutionPage.objects.live().filter(locale__language_code="pl", body__slug="zarzad").first()
    page_en = polish.get_translation(english())
    assert page_en.body_id == polish.body_id  # both link the default-locale body
    body_en = polish.body.get_translation(english())
    body_en.name = "Executive Board"
    body_en.save()
    html = client.get(page_en.url).content.decode()
    assert "Executive Board" in html
    assert "Zarząd Związku" in client.get(polish.url).content.decode()
    register = client.get("/en/resolutions/?organ=zarzad")
    assert register.status_code == 200 and "Executive Board" in register.content.decode()
    assert page_en.title in register.content.decode()


MIGRATION_SCRIPT = textwrap.dedent('''
    import django
    django.setup()
    from django.core.management import call_command
    from django.db.migrations.executor import MigrationExecutor
    from django.db import connection

    def state(app, name):
        return MigrationExecutor(connection).loader.project_state((app, name)).apps

    call_command("migrate", "members", "0006", verbosity=0)
    call_command("migrate", "projects", "0007", verbosity=0)
    old = state("members", "0006_translatable_snippets_bootstrap")
    Body, Term, Membership, Person = (old.get_model("members", name) for name in ("StatutoryBody", "Term", "Membership", "Person"))
    body = Body.objects.get(slug="zarzad")
    body.competences, body.competences_en = "<p>Kieruje</p>", "<p>Runs the association</p>"
    body.save()
    person = Person.objects.create(first_name="Jan", last_name="Testowy")
    term = Term.objects.create(body=body, start_date="2024-05-21", end_date="2029-05-21",
                               description="Wybrany w Rybniku", description_en="Elected in Rybnik")
    Membership.objects.create(term=term, person=person, role=1, public_office="Wójt Gminy Lyski",
                              public_office_en="Head of Lyski Municipality", sort_order=0)
    Membership.objects.create(term=term, person=person, role=3, public_office="Radny", sort_order=1)
    Programme = state("projects", "0007_programme_translatable_bootstrap").get_model("projects", "FundingProgramme")
    Programme.objects.create(name="Program Testowy", name_en="Test Programme", period="2021-2027", fund="EFS",
                             notice="Informacja", notice_en="Notice")
    call_command("migrate", "members", verbosity=0)
    call_command("migrate", "projects", verbosity=0)
    from members.models import Membership, StatutoryBody, Term
    from projects.models import FundingProgramme
    body_en = StatutoryBody.objects.get(slug="zarzad", locale__language_code="en")
    body_pl = StatutoryBody.objects.get(slug="zarzad", locale__language_code="pl")
    assert body_en.translation_key == body_pl.translation_key
    assert (body_en.name, body_en.competences) == ("Management Board", "<p>Runs the association</p>"), body_en.name
    assert body_pl.competences == "<p>Kieruje</p>"
    term_en = Term.objects.get(locale__language_code="en")
    term_pl = Term.objects.get(locale__language_code="pl")
    assert term_en.translation_key == term_pl.translation_key and term_en.body_id == body_pl.pk
    assert term_en.description == "Elected in Rybnik"
    offices = list(Membership.objects.filter(term=term_en).order_by("sort_order").values_list("public_office", "locale__language_code"))
    assert offices == [("Head of Lyski Municipality", "en"), ("Radny", "en")], offices
    keys = set(Membership.objects.filter(term=term_pl).values_list("translation_key", flat=True))
    assert keys == set(Membership.objects.filter(term=term_en).values_list("translation_key", flat=True))
    programme_en = FundingProgramme.objects.get(locale__language_code="en")
    assert (programme_en.name, programme_en.fund, programme_en.notice) == ("Test Programme", "EFS", "Notice")
    assert programme_en.translation_key == FundingProgramme.objects.get(locale__language_code="pl").translation_key
    print("MIGRATION OK")
''')


def _fresh_database_url(tmp_path):
    """A new, empty database of the kind the suite runs on (SQLite file, or a new PostgreSQL database)."""
    config = settings.DATABASES["default"]
    if config["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{tmp_path / 'migration.sqlite3'}", None
    import psycopg2

    name = f"migration_check_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(dbname="postgres", user=config["USER"], password=config["PASSWORD"],
                             host=config["HOST"] or None, port=config["PORT"] or None)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    url = dj_database_url.parse(os.environ["DATABASE_URL"])
    return f"postgres://{url['USER']}:{url['PASSWORD']}@{url['HOST']}:{url['PORT'] or 5432}/{name}", (admin, name)


def test_the_migration_turns_the_english_columns_into_english_rows(tmp_path):
    """On a new database migrated to just before the columns go: rows with ``*_en`` values come out as English
    translations (same translation key, locale "en"), a term with copies of its seats."""
    url, cleanup = _fresh_database_url(tmp_path)
    try:
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
        result = subprocess.run([sys.executable, "-c", MIGRATION_SCRIPT], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=600)
        assert "MIGRATION OK" in result.stdout, result.stderr[-3000:]
    finally:
        if cleanup:
            admin, name = cleanup
            admin.cursor().execute(f"DROP DATABASE IF EXISTS {name}")
            admin.close()


@pytest.mark.django_db
def test_an_editor_translates_a_new_term_with_wagtail_localize(client, django_user_model):
    """The admin's "Translate" on a term (wagtail-localize) makes the English term with its seats."""
    from django.urls import reverse

    from members.models import Person, Role

    client.force_login(django_user_model.objects.create_superuser("admin-t", "a@example.com", "haslo-testowe-123"))
    body = StatutoryBody.objects.get(slug="komisja-rewizyjna", locale__language_code="pl")
    term = Term(body=body, start_date=datetime.date(2031, 1, 10), description="Kadencja testowa")
    term.memberships.add(Membership(person=Person.objects.create(first_name="Ewa", last_name="Nowa"), role=Role.MEMBER,
                                    public_office="Sołtys"))
    term.save()
    listing = client.get(reverse("wagtailsnippets_members_term:list")).content.decode()
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["members", "term", term.pk])
    assert submit in listing  # the listing offers "Translate" for the term without English
    response = client.post(submit, {"locales": [english().pk]})
    assert response.status_code == 302
    term_en = term.get_translation(english())
    assert term_en.body_id == body.pk  # synchronised: the link stays the default-locale body
    seats = list(term_en.memberships.all())
    assert [(seat.locale_id, seat.translation_key) for seat in seats] == [
        (english().pk, term.memberships.get().translation_key)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("url, query", [("/szukaj/", "Prezydent Miasta Rybnika"), ("/en/search/", "Mayor of Rybnik"),
                                        ("/en/search/", "Kuczera Management Board")])
def test_people_are_found_by_their_office_and_body_in_both_languages(client, url, query):
    html = client.get(url, {"q": query}).content.decode()
    assert "Piotr Kuczera" in html
