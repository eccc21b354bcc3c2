"""What editors are told before and after they publish: the content checker runs the suite's WCAG rules plus
Wagtail's content rules, a publish with a link to an unpublished or deleted page or document warns, and the
reports list broken links and pages not reviewed for 12 months."""

import datetime
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.content_checks import WAGTAIL_CONTENT_RULES, PortalContentChecker
from core.models import StandardPage
from home.models import HomePage, NewsIndexPage, NewsPage
from tests.conftest import AXE_TAGS

pytestmark = pytest.mark.django_db


def axe_configuration(html):
    match = re.search(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S)
    assert match, "no axe configuration on the page"
    return json.loads(match.group(1))


def test_checker_runs_the_suites_wcag_tags_plus_wagtails_content_rules(admin_user):
    request = RequestFactory().get("/")
    request.user = admin_user
    configuration = PortalContentChecker().get_axe_configuration(request)
    assert configuration["options"]["runOnly"] == AXE_TAGS
    for rule in WAGTAIL_CONTENT_RULES:
        assert configuration["options"]["rules"][rule] == {"enabled": True}
    assert {rule["id"] for rule in configuration["spec"]["rules"]} >= {"alt-text-quality", "empty-meta-description"}
    assert configuration["messages"]["image-alt"]["error_name"] == "Obraz bez tekstu alternatywnego"


def test_the_userbar_and_the_editors_checks_panel_use_it(admin_client):
    public = axe_configuration(admin_client.get("/").content.decode())
    assert public["options"]["runOnly"] == AXE_TAGS and "heading-order" in public["options"]["rules"]
    news = NewsPage.objects.filter(locale__language_code="pl").first()
    editor = axe_configuration(admin_client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).content.decode())
    assert editor["options"]["runOnly"] == AXE_TAGS and "p-as-heading" in editor["options"]["rules"]


def _draft_page():
    home = HomePage.objects.get(locale__language_code="pl")
    draft = StandardPage(title="Szkic regulaminu", slug="szkic-regulaminu", live=False)
    home.add_child(instance=draft)
    draft.save_revision()
    return Page.objects.get(pk=draft.pk)


def _news_with_links(admin_client, html, slug="aktualnosc-z-odnosnikami"):
    news = NewsIndexPage.objects.get(locale__language_code="pl")
    data = nested_form_data({
        "title": "Aktualność z odnośnikami", "slug": slug, "date": "2032-05-01", "lead": "Zobacz regulamin.",
        "image": "", "image_alt": "", "body": streamfield([("paragraph", rich_text(html))]),
        "related_pages": inline_formset([]), "seo_title": "", "search_description": "",
        "go_live_at": "", "expire_at": "", "comments": inline_formset([]), "action-publish": "action-publish",
    })
    return admin_client.post(reverse("wagtailadmin_pages:add", args=["home", "newspage", news.pk]), data, follow=True)


def _messages(response):
    return [str(message) for message in response.context["messages"]]


def test_publishing_a_link_to_a_draft_or_a_deleted_document_warns(admin_client):
    draft = _draft_page()
    Document = get_document_model()
    document = Document(title="Stary regulamin")
    document.file.save("stary.txt", ContentFile(b"regulamin"), save=False)
    document.save()
    html = (f'<p><a linktype="page" id="{draft.pk}">regulamin</a> i '
            f'<a linktype="document" id="{document.pk}">stara wersja</a></p>')
    document_id = document.pk
    document.delete()
    response = _news_with_links(admin_client, html)
    assert NewsPage.objects.get(slug="aktualnosc-z-odnosnikami").live  # published all the same
    warnings = [text for text in _messages(response) if "zepsute odnośniki" in text]
    assert warnings, _messages(response)
    assert "„Szkic regulaminu” (strona nieopublikowana)" in warnings[0]
    assert f"usunięty dokument (nr {document_id})" in warnings[0]


def test_a_page_with_only_good_links_publishes_without_a_warning(admin_client):
    target = Page.objects.get(locale__language_code="pl", slug="biuro")
    response = _news_with_links(admin_client, f'<p><a linktype="page" id="{target.pk}">Biuro</a></p>', slug="dobra")
    assert not [text for text in _messages(response) if "zepsut" in text]


def test_broken_links_report_lists_the_page_until_the_target_is_published(admin_client):
    draft = _draft_page()
    _news_with_links(admin_client, f'<p><a linktype="page" id="{draft.pk}">regulamin</a></p>')
    report = admin_client.get(reverse("portal_broken_links")).content.decode()
    assert "Aktualność z odnośnikami" in report and "Szkic regulaminu" in report
    draft.specific.save_revision().publish()
    report = admin_client.get(reverse("portal_broken_links")).content.decode()
    assert "Aktualność z odnośnikami" not in report
    assert reverse("portal_broken_links") in admin_client.get(reverse("wagtailadmin_home")).content.decode()  # menu


def test_deleting_a_linked_page_puts_the_linking_page_in_the_report(admin_client):
    draft = _draft_page()
    draft.specific.save_revision().publish()
    _news_with_links(admin_client, f'<p><a linktype="page" id="{draft.pk}">regulamin</a></p>')
    Page.objects.get(pk=draft.pk).delete()
    report = admin_client.get(reverse("portal_broken_links")).content.decode()
    assert "Aktualność z odnośnikami" in report and f"usunięta strona (nr {draft.pk})" in report


def test_aging_pages_report_shows_pages_not_published_for_twelve_months(admin_client):
    old = NewsPage.objects.filter(locale__language_code="pl").order_by("pk").first()
    fresh = NewsPage.objects.filter(locale__language_code="pl").order_by("pk").last()
    Page.objects.filter(pk=old.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=400))
    Page.objects.filter(pk=fresh.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=300))
    html = admin_client.get(reverse("portal_aging_pages")).content.decode()
    assert "Strony bez przeglądu od 12 miesięcy" in html
    assert old.title in html and fresh.title not in html
    menu = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("portal_aging_pages") in menu
    assert reverse("wagtailadmin_reports:aging_pages") not in menu  # Wagtail's unfiltered one is replaced
