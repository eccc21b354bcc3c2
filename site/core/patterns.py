"""The pattern library (``/wzorce/``): every shared component of the public site rendered alone with sample
data, named and with its template's path, so an editor or a designer can see the parts without hunting for a
page that happens to use them.

Only people who may open the admin reach it (``require_admin_access``: anonymous visitors are sent to the admin's
login). It is a page of its own, not one built on ``base.html``: the header and footer appear once, as the
components under review, so landmarks and ids stay unique. The contrast and text-size switches are the site's
own (``portal.js``), so both contrast modes can be checked here.

Every template in ``site/templates/includes/`` must be shown here or listed in ``NOT_SHOWN`` with a reason
(tests/design/test_pattern_library.py checks it), so a new component arrives in the library with its template.
"""

from dataclasses import dataclass, field
from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.templatetags.static import static
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site, get_page_models

from .blocks import AccessibleTableBlock, CalloutBlock, HeadingBlock, QuoteBlock
from .layout_cache import layout as cached_layout
from .models.forms import ConsentEmailFormPage

# Includes that belong in <head> and draw nothing: reviewed with the page source, not here.
NOT_SHOWN = {
    "includes/language_alternates.html": _("odnośniki hreflang w <head>"),
    "includes/share_meta.html": _("znaczniki Open Graph i Twitter w <head>"),
    "includes/a11y_tools.html": _("przełączniki czcionki i kontrastu: u góry tej strony"),
}


@dataclass
class Pattern:
    name: str
    template: str
    html: str
    note: str = ""
    variants: list = field(default_factory=list)
    frame: str = ""  # a class for the example's box: "site-header" shows header parts on the header's colours
    also: tuple = ()  # the component's other templates, drawn inside this example (a summary list's rows)

    @property
    def slug(self):
        """The address of the component alone: ``/wzorce/summary_list/`` for ``includes/summary_list.html``."""
        return self.template.rsplit("/", 1)[-1].split(".", 1)[0].replace("-", "_")


class SampleForm(forms.Form):
    """Fields of every kind the public forms use. Sample data here is content, in Polish, not interface text."""

    name = forms.CharField(label="Imię i nazwisko", help_text="Tak, jak w dowodzie osobistym.")
    email = forms.EmailField(label="Adres e-mail")
    municipality = forms.ChoiceField(
        label="Gmina", widget=forms.RadioSelect,
        choices=[("rybnik", "Rybnik"), ("zory", "Żory"), ("wodzislaw", "Wodzisław Śląski")],
    )
    message = forms.CharField(label="Wiadomość", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    agree = forms.BooleanField(label="Chcę otrzymywać informacje o naborach.", required=False)


def _render(template, request, **context):
    return mark_safe(render_to_string(template, context, request=request))


def _block(block_class, request, value=None):
    """A StreamField block rendered with ``value``, or with the preview value editors see in the admin."""
    block = block_class()
    value = block.get_preview_value() if value is None else block.to_python(value)
    return mark_safe(block.render(value, context={"request": request}))


def _sample_news():
    """Three news items for the collection list; the first with the first picture editors uploaded (if any), the
    others without one, as most news items are."""
    image = get_image_model().objects.order_by("pk").first()
    return [
        {"title": "Posiedzenie Zgromadzenia Związku", "url": "#posiedzenie", "date": date(2026, 3, 12),
         "lead": "Zgromadzenie przyjęło sprawozdanie z wykonania budżetu i plan pracy na kolejny rok.",
         "image": image, "image_alt": "Sala obrad z członkami Zgromadzenia"},
        {"title": "Nabór do projektu szkoleniowego", "url": "#nabor", "date": date(2026, 2, 20),
         "lead": "Pracownicy urzędów gmin mogą zgłaszać się na szkolenia z obsługi e-usług do końca marca."},
        {"title": "Nowa mapa tras rowerowych subregionu", "url": "#trasy", "date": date(2026, 1, 15),
         "lead": "Gminy uzgodniły wspólne oznakowanie tras rowerowych łączących Rybnik, Żory i Wodzisław Śląski."},
    ]


def _consent_form(request):
    """The consent form of the first live form page of any type (its fields are the editors'), or ''."""
    for model in get_page_models():
        if issubclass(model, ConsentEmailFormPage) and not model._meta.abstract:
            page = model.objects.live().first()
            if page is not None:
                form = page.get_form(page=page, user=request.user, auto_id="wzor-zgoda-%s")
                return _render("includes/consent_form.html", request, form=form, page=page, action="#",
                               submit_label="Wyślij zgłoszenie")
    return ""


def patterns(request):
    """The components in the order a page shows them, each rendered with sample data."""
    layout = cached_layout(request)
    site = Site.find_for_request(request)
    home = site.root_page if site else Page.objects.filter(depth=2).first()
    sample_notice = {"notice_text": "Biuro będzie nieczynne 2 maja; sprawy pilne: sekretariat@przykład.pl.",
                     "notice_link": "#"}
    error_form = SampleForm({"name": "", "email": "zły-adres", "municipality": ""}, auto_id="wzor-bledy-%s")
    error_form.is_valid()
    form = SampleForm(auto_id="wzor-pole-%s")
    crumbs = [{"url": "#", "depth": 2, "title": ""}, {"url": "#", "depth": 3, "title": "Związek"}]
    document = get_document_model().objects.order_by("pk").first()
    items = [
        Pattern(_("Komunikat dla wszystkich stron"), "includes/site_notice.html", "", variants=[
            _render("includes/site_notice.html", request, notice={**sample_notice, "notice_level": "info"}),
            _render("includes/site_notice.html", request, notice={**sample_notice, "notice_level": "warning"}),
        ]),
        Pattern(_("Nagłówek i nawigacja serwisu"), "includes/header.html",
                _render("includes/header.html", request, layout=layout, identity={
                    "apple": layout.icons.get("apple") or static("img/mark.svg"), "mourning": True}),
                note=_("Górny pasek (BIP i dostępność), wybór języka, wyszukiwarka i menu główne; na wąskim ekranie "
                       "wyszukiwarka i menu chowają się za przyciskami „Szukaj” i „Menu”. Czarna wstęga w prawym "
                       "górnym rogu: żałoba, gdy włączono ją w ustawieniach strony."),
                also=("includes/top_bar.html", "includes/language_switcher.html", "includes/main_menu.html",
                      "includes/mourning_ribbon.html"), frame="is-mourning"),
        Pattern(_("Sekcja powitalna z najważniejszymi sprawami"), "includes/hero.html",
                _render("core/patterns/hero_sample.html", request, tasks=[
                    {"url": "#uchwaly", "text": "Uchwały", "description": "Rejestr uchwał organów Związku"},
                    {"url": "#nabory", "text": "Nabory i projekty", "description": "Trwające nabory i projekty unijne"},
                    {"url": "#biuro", "text": "Kontakt z Biurem", "description": "Adres, telefony i godziny pracy"}])),
        Pattern(_("Okruszki"), "includes/breadcrumbs.html",
                _render("includes/breadcrumbs.html", request, ancestors=crumbs, page={"title": "Statut"})),
        Pattern(_("Podstrony działu"), "includes/child_pages.html",
                _render("includes/child_pages.html", request, page=home)),
        Pattern(_("Nagłówek w treści"), "blocks/heading_block.html",
                _block(HeadingBlock, request)),
        Pattern(_("Wyróżniona informacja"), "blocks/callout_block.html", "", variants=[
            _block(CalloutBlock, request),
            _block(CalloutBlock, request, {"title": "Do wiadomości", "style": "info",
                                           "text": "<p>Zgłoszenia przyjmujemy do 15 czerwca.</p>"}),
        ]),
        Pattern(_("Cytat"), "blocks/quote_block.html", _block(QuoteBlock, request)),
        Pattern(_("Tabela"), "blocks/table_block.html", _block(AccessibleTableBlock, request, {
            "caption": "Składki członkowskie",
            "table": {"data": [["Gmina", "Liczba mieszkańców", "Składka (zł)"],
                               ["Rybnik", "132 000", "26 400,00"], ["Żory", "61 000", "12 200,00"],
                               ["Wodzisław Śląski", "47 000", "9 400,00"]]},
        })),
        Pattern(_("Karta i plakietka"), "includes/card.html", _render("core/patterns/card_sample.html", request)),
        Pattern(_("Lista aktualności"), "includes/collection_list.html",
                _render("core/patterns/collection_list_sample.html", request, items=_sample_news()),
                note=_("Zdjęcie tylko wtedy, gdy redakcja je dodała; bez niego wpis jest samym tekstem."),
                also=("includes/collection_item.html",)),
        Pattern(_("Zakładki"), "includes/tabs.html",
                _render("includes/tabs.html", request, label="Zakładki projektu", tabs=[
                    {"key": "opis", "url": "#opis", "label": "Opis projektu", "selected": True},
                    {"key": "nabor", "url": "#nabor", "label": "Nabór do projektu"},
                    {"key": "pliki", "url": "#pliki", "label": "Pliki do pobrania"}])),
        Pattern(_("Lista etykieta – wartość"), "includes/summary_list.html",
                _render("core/patterns/summary_list_sample.html", request), also=("includes/summary_row.html",)),
        Pattern(_("Tabela składana na wąskim ekranie"), "includes/stacked_table.html",
                _render("core/patterns/stacked_table_sample.html", request)),
        Pattern(_("Dokument do pobrania"), "includes/document_link.html",
                _render("includes/document_link.html", request, document=document) if document else ""),
        Pattern(_("Stronicowanie"), "includes/pagination.html",
                _render("includes/pagination.html", request, page_obj=Paginator(range(120), 10).page(5))),
        Pattern(_("Pole formularza"), "includes/form_field.html", "", variants=[
            mark_safe("".join(_render("includes/form_field.html", request, field=bound) for bound in form)),
            mark_safe("".join(_render("includes/form_field.html", request, field=error_form[name])
                              for name in ("name", "email", "municipality"))),
        ]),
        Pattern(_("Formularz ze zgodą RODO"), "includes/consent_form.html", _consent_form(request)),
        Pattern(_("Stopka"), "includes/footer.html", _render("includes/footer.html", request, layout=layout)),
    ]
    return items


@require_admin_access
def pattern_library(request):
    return render(request, "core/pattern_library.html", {"patterns": patterns(request), "not_shown": NOT_SHOWN})


@require_admin_access
def pattern_alone(request, slug):
    """One component alone on a page (``/wzorce/<slug>/``): what its browser test looks at, at any width."""
    for pattern in patterns(request):
        if pattern.slug == slug:
            return render(request, "core/pattern_library.html", {"patterns": [pattern], "alone": pattern})
    raise Http404(slug)
