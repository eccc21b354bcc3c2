"""A new page is written only when the editor saves or publishes: a refused publish leaves no draft behind.

Wagtail 7's autosave on the "new page" form created the page as a draft with the required fields deferred, so
an editor whose publish was refused (empty lead) found an unwanted draft in the news list.
"""

import re

import pytest

from home.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def _form_tag(html):
    return re.search(r'<form[^>]*data-controller="[^"]*w-unsaved[^"]*"[^>]*>', html).group(0)


def test_the_new_page_form_does_not_autosave_but_the_edit_form_does(admin_client):
    news = NewsIndexPage.objects.get(locale__language_code="pl")
    create = admin_client.get(f"/admin/pages/add/home/newspage/{news.pk}/").content.decode()
    assert "w-autosave" not in _form_tag(create)
    assert "w-unsaved" in _form_tag(create), "leaving with unsaved changes still asks first"
    existing = NewsPage.objects.filter(locale__language_code="pl").first()
    edit = admin_client.get(f"/admin/pages/{existing.pk}/edit/").content.decode()
    assert "w-autosave" in _form_tag(edit)
