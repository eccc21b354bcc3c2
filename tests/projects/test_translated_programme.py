"""The funding programme is a translatable snippet: the English project page shows the English row's name,
notice and mark strip description, the Polish page the Polish ones; the mark strip itself stays the Polish row's."""

import pytest
from wagtail.models import Locale


@pytest.mark.django_db
def test_the_project_page_shows_the_english_programme_notice(client, seed_project, seed_project_en):
    programme_en = seed_project.programme.get_translation(Locale.objects.get(language_code="en"))
    programme_en.notice = "Co-financed by the EU (English notice of the programme)."
    programme_en.mark_strip_alt = "English description of the marks"
    programme_en.save()
    html = client.get(seed_project_en.url).content.decode()
    assert "Co-financed by the EU (English notice of the programme)." in html
    assert 'alt="English description of the marks"' in html and programme_en.name in html
    polish = client.get(seed_project.url).content.decode()
    assert seed_project.programme.notice in polish and "English notice" not in polish
