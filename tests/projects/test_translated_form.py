"""A project translated through wagtail-localize asks its recruitment questions in English: the form's labels,
help texts and choices are segments of the translation (they used to be copied over in Polish), and a project
copied in the admin keeps a form of its own."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from projects.models import ProjectFormField, ProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_project(open_project, admin_user):
    copy = open_project.copy(
        update_attrs={"slug": "nowy-projekt-z-formularzem", "title": "Nowy projekt z formularzem"}, user=admin_user,
    )
    copy.save_revision(user=admin_user).publish()
    return ProjectPage.objects.get(pk=copy.pk)


def test_a_copied_project_has_its_own_form_fields_in_its_language(new_project, open_project):
    copied = list(new_project.form_fields.all())
    original = list(open_project.form_fields.all())
    assert [f.label for f in copied] == [f.label for f in original]
    assert {f.locale.language_code for f in copied} == {"pl"}
    assert not {f.translation_key for f in copied} & {f.translation_key for f in original}


def test_the_english_form_asks_what_the_translator_wrote(admin_client, new_project, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[new_project.pk]), {"locales": [english.pk]}
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get_for_instance(new_project)
    translation = Translation.objects.get(source=source, target_locale=english)

    field = new_project.form_fields.order_by("sort_order").first()
    segments = {segment.string.data for segment in StringSegment.objects.filter(source=source).select_related("string")}
    assert field.label in segments, "the form's labels are segments of the translation"
    choice_field = new_project.form_fields.exclude(choices="").first()
    if choice_field is not None:
        assert any(line.strip() and line.strip() in " ".join(segments) for line in choice_field.choices.splitlines())

    segment = StringSegment.objects.get(source=source, string__data=field.label)
    StringTranslation.objects.create(
        translation_of=segment.string, locale=english, context=segment.context, data="Applicant's full name",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english_page = new_project.get_translation(english)
    english_fields = list(ProjectFormField.objects.filter(page=english_page).order_by("sort_order"))
    assert english_fields[0].label == "Applicant's full name"
    assert english_fields[0].locale == english
    assert english_fields[0].translation_key == field.translation_key
    assert new_project.form_fields.order_by("sort_order").first().label == field.label, "the Polish form is untouched"


def test_the_answers_keep_one_name_in_every_language(new_project):
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    clean_name = next(f for f in get_translatable_fields(ProjectFormField) if f.field_name == "clean_name")
    assert isinstance(clean_name, SynchronizedField), "the key answers are stored under is not a translator's text"


def test_the_demo_english_form_asks_in_english(client, open_project):
    english = open_project.get_translations().get(locale__language_code="en").specific
    html = client.get(english.get_recruitment_url()).content.decode()
    assert "Full name" in html and "Institution" in html and "municipal office employee" in html
    assert "Imię i nazwisko" not in html


def test_applications_in_both_languages_are_one_list(client, open_project, admin_user):
    from tests.projects.test_form import VALID, form_token

    english = open_project.get_translations().get(locale__language_code="en").specific
    for page, group in ((open_project, VALID["grupa"]), (english, "municipal office employee")):
        url = page.get_recruitment_url()
        answers = {**VALID, "grupa": group, "rodo_consent": "on", "submission_token": form_token(client, url)}
        client.post(url, answers)
    client.force_login(admin_user)
    html = client.get(f"/admin/forms/submissions/{open_project.pk}/").content.decode()
    assert "Język zgłoszenia" in html and "angielski" in html and "polski" in html
    assert html.count("Anna Nowak") == 2
    export = client.get(f"/admin/forms/submissions/{open_project.pk}/?export=csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].endswith("Język zgłoszenia") and len(lines) == 3
    assert {line.rsplit(";", 1)[1] for line in lines[1:]} == {"polski", "angielski"}


def test_an_english_application_is_deleted_from_the_one_list(client, open_project, admin_user):
    from tests.projects.test_form import VALID, form_token

    english = open_project.get_translations().get(locale__language_code="en").specific
    url = english.get_recruitment_url()
    client.post(url, {**VALID, "grupa": "municipal office employee", "rodo_consent": "on",
                      "submission_token": form_token(client, url)})
    submission = english.get_submission_class().objects.get(page=english)
    client.force_login(admin_user)
    delete_url = f"/admin/forms/submissions/{open_project.pk}/delete/?selected-submissions={submission.pk}"
    assert "Anna Nowak" in client.get(delete_url).content.decode() or client.get(delete_url).status_code == 200
    client.post(delete_url)
    assert not english.get_submission_class().objects.filter(pk=submission.pk).exists()
