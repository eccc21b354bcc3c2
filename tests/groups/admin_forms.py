"""Admin form data and checks the group tests share: the forms are posted as the browser would post them."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import SiteSettings
from home.models import NewsIndexPage, OfficePage
from resolutions.models import ResolutionPage


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def action_urls(page):
    """The admin URLs of what only publishers may do with a resolution, by action."""
    return {
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
    }


def assert_refused(response, back_to="/admin/"):
    """Wagtail refuses with 403, or with a redirect (to the dashboard, or a listing) and its "no permission"
    message; the tests check as well that nothing changed."""
    if response.status_code == 302:
        assert response["Location"] == back_to, response["Location"]
    else:
        assert response.status_code == 403, response.status_code


def resolution_form(bodies, document=None, **overrides):
    data = {
        "title": "w sprawie zakupu sprzętu dla Biura",
        "slug": "",
        "number": "3/2032",
        "body": bodies["zarzad"].pk,
        "adopted_on": "2032-02-10",
        "summary": rich_text("<p>Zarząd postanawia kupić sprzęt.</p>"),
        "document": document.pk if document else "",
        "status_override": "",
        "change_note": "Utworzenie dokumentu",
        "produced_by": "Dyrektor Biura Związku",
        "responsible": "Dyrektor Biura Związku",
        "entered_by": "",
        "attachments": inline_formset([]),
        "relations": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def office():
    return OfficePage.objects.get(locale__language_code="pl")


def office_form(page, hours, **overrides):
    """The Biuro edit form with ``hours`` as its opening-hours rows and the staff kept as they are."""
    staff = [
        {"id": row.pk, "name": row.name, "position": row.position, "phone": row.phone, "email": row.email}
        for row in page.staff.all()
    ]
    data = {
        "title": page.title, "slug": page.slug, "intro": page.intro, "bank_name": page.bank_name,
        "bank_account": page.bank_account, "directions": rich_text(page.directions), "form_intro": rich_text(""),
        "thank_you_text": rich_text(""), "rodo_summary": rich_text(""), "rodo_clause_page": "", "consent_label": "", "submission_retention_months": "12",
        "from_address": "", "to_address": "biuro@subregion.pl", "subject": "",
        "opening_hours": inline_formset(hours), "staff": inline_formset(staff, initial=len(staff)),
        "form_fields": inline_formset([]), "seo_title": "", "search_description": "", "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def settings_url():
    return reverse("wagtailsettings:edit", args=["core", "sitesettings", SiteSettings.load().pk])


def settings_form(**overrides):
    settings = SiteSettings.load()
    links = [{"id": link.pk, "title": link.title, "url": link.url} for link in settings.recommended_links.all()]
    data = {
        "organisation_name": settings.organisation_name, "short_name": settings.short_name,
        "address": settings.address, "phone": settings.phone, "email": settings.email, "epuap": settings.epuap,
        "nip": settings.nip, "regon": settings.regon, "bip_url": settings.bip_url,
        "footer_credits": settings.footer_credits, "notice_level": settings.notice_level,
        "accessibility_page": settings.accessibility_page_id or "", "privacy_page": settings.privacy_page_id or "",
        "news_page": settings.news_page_id or "", "resolutions_page": settings.resolutions_page_id or "",
        "recommended_links": inline_formset(links, initial=len(links)),
    }
    data.update(overrides)
    return nested_form_data(data)


def news_index():
    return NewsIndexPage.objects.get(locale__language_code="pl")


def news_form(**overrides):
    data = {
        "title": "Nowe godziny pracy Biura", "slug": "nowe-godziny-pracy-biura", "date": "2026-03-02",
        "lead": "Od marca Biuro przyjmuje interesantów dłużej.", "image": "", "image_alt": "",
        "body": streamfield([("paragraph", rich_text("<p>Szczegóły na stronie Biura.</p>"))]),
        "related_pages": inline_formset([]), "comments": inline_formset([]),
        "seo_title": "", "search_description": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def a_live_resolution():
    return ResolutionPage.objects.live().filter(locale__language_code="pl").order_by("pk").first()


def polish(model, **filters):
    return model.objects.get(locale__language_code="pl", **filters)


def english_of(page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="en").specific
