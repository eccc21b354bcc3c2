"""One resolution: its page (number, dates, documents, relations, BIP metadata) and its edit form."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageLogEntry
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.formatting import long_date
from core.localization import in_default_locale, localize_related, set_related
from core.models import BasePage
from core.page_privacy import without_restricted
from core.response_cache import kept
from core.search_text import shown_in_results

from ..enums import FIRST_CHANGE_NOTE, NUMBER_RE, RelationKind, Status, status_of
from ..pdf_text import text_layer
from ..permissions import ResolutionPermissionTester
from .relations import ResolutionRelation


class ResolutionPageForm(WagtailAdminPageForm):
    """The edit form: derives the slug from body and number, asks for a change description on publish."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "change_note" in self.fields and not self.is_bound:
            instance = self.instance
            if not instance.pk:
                self.initial["change_note"] = FIRST_CHANGE_NOTE
            elif not instance.has_unpublished_changes:
                self.initial["change_note"] = ""  # every published change gets its own description
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _("Uzupełniany automatycznie z organu, roku i numeru.")

    def clean(self):
        body = self.cleaned_data.get("body")
        match = NUMBER_RE.match(self.cleaned_data.get("number") or "")
        if body is not None and match:
            self.cleaned_data["slug"] = f"{body.slug}-{match.group(2)}-{int(match.group(1))}"
        elif not self.cleaned_data.get("slug"):
            self.cleaned_data["slug"] = "uchwala"
        cleaned_data = super().clean()
        if not self.is_deferred_validation and not (cleaned_data.get("change_note") or "").strip():
            self.add_error("change_note", _("Opisz zmianę: opis trafia do publicznego rejestru zmian."))
        return cleaned_data


@shown_in_results("body")
class ResolutionPage(BasePage):
    """One resolution of a statutory body, with its document, relations to other resolutions and BIP metadata."""

    number = models.CharField(
        _("numer"), max_length=12,
        validators=[RegexValidator(NUMBER_RE, _("Podaj numer w postaci N/RRRR, np. 12/2014."))],
        help_text=_("W postaci N/RRRR, np. 12/2014. Numeracja jest ciągła w roku dla każdego organu."),
    )
    seq = models.PositiveIntegerField(_("numer w roku"), default=0, editable=False)
    year = models.PositiveSmallIntegerField(_("rok"), default=0, editable=False)
    body = models.ForeignKey(
        "members.StatutoryBody", verbose_name=_("organ"), on_delete=models.PROTECT, related_name="resolutions",
        limit_choices_to=in_default_locale,
    )
    adopted_on = models.DateField(_("data podjęcia"))
    in_force_from = models.DateField(
        _("data wejścia w życie"), null=True, blank=True,
        help_text=_("Puste pole oznacza: z dniem podjęcia."),
    )
    expires_on = models.DateField(
        _("obowiązuje do"), null=True, blank=True,
        help_text=_("Np. 31 grudnia dla planu na dany rok. Po tej dacie uchwała ma status „wygasła”."),
    )
    session = models.CharField(
        _("posiedzenie lub sesja"), max_length=200, blank=True,
        help_text=_("Np. Posiedzenie Zarządu w dniu 9 stycznia 2014 r."),
    )
    legal_basis = models.TextField(
        _("podstawa prawna"), blank=True, help_text=_("Np. § 15 ust. 2 Statutu Związku."),
    )
    summary = RichTextField(_("treść lub streszczenie"), blank=True, features=RICH_TEXT_FEATURES)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("dokument uchwały"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",  # deleting the file must not silently empty the register
        help_text=_("Plik PDF z tekstem uchwały (z warstwą tekstową, aby mógł go odczytać czytnik ekranu)."),
    )
    status_override = models.CharField(
        _("status ustawiony ręcznie"), max_length=20, blank=True, choices=Status.choices,
        help_text=_(
            "Zostaw puste: status wynika z opublikowanych uchwał zmieniających i uchylających oraz z dat. "
            "Ustaw np. „wykonana”, gdy nie wynika z dat ani powiązań."
        ),
    )
    # Maintained from published relations (signals.py); read by ``status`` without queries.
    repealed_on = models.DateField(_("uchylona od"), null=True, blank=True, editable=False)
    amended_on = models.DateField(_("zmieniona od"), null=True, blank=True, editable=False)

    # BIP metadata
    produced_by = models.CharField(
        _("wytworzył"), max_length=200, default="Dyrektor Biura Związku",
        help_text=_("Osoba lub stanowisko, które wytworzyło informację."),
    )
    responsible = models.CharField(
        _("odpowiada"), max_length=200, blank=True, default="Dyrektor Biura Związku",
        help_text=_("Osoba lub stanowisko odpowiedzialne za treść informacji."),
    )
    produced_on = models.DateField(
        _("data wytworzenia"), null=True, blank=True, help_text=_("Puste pole oznacza datę podjęcia."),
    )
    entered_by = models.CharField(
        _("wprowadził (gdy brak konta)"), max_length=200, blank=True, default="redaktor BIP",
        help_text=_("Używane tylko wtedy, gdy opublikowanej wersji nie wprowadził użytkownik portalu (np. import)."),
    )
    change_note = models.CharField(
        _("opis zmiany"), max_length=255, blank=True,
        help_text=_("Wymagany przy publikacji i przekazaniu do akceptacji; widoczny w publicznym rejestrze zmian."),
    )

    # The extracted text of the main document, and of the attachments (gathered from ResolutionAttachment.text).
    document_text = models.TextField(_("tekst dokumentu"), blank=True, editable=False)
    document_is_scan = models.BooleanField(_("skan bez warstwy tekstowej"), default=False, editable=False)
    document_text_of = models.PositiveIntegerField(null=True, blank=True, editable=False)
    attachments_text = models.TextField(_("tekst załączników"), blank=True, editable=False)
    has_scan = models.BooleanField(
        _("zawiera skan"), default=False, editable=False,
        help_text=_("Dokument uchwały lub któryś z załączników to skan bez warstwy tekstowej."),
    )

    base_form_class = ResolutionPageForm

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("body", widget=forms.Select)]),
                FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("in_force_from"), FieldPanel("expires_on")]),
                FieldPanel("session"),
                FieldPanel("legal_basis"),
            ],
            heading=_("Numer i daty"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                HelpPanel(template="resolutions/admin/document_text_status.html"),
                FieldPanel("document"),
                InlinePanel("attachments", label=_("załącznik"), heading=_("Załączniki")),
            ],
            heading=_("Dokumenty"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(content=_(
                    "<p>Wskaż uchwały, które ta uchwała zmienia lub uchyla. Po opublikowaniu tej uchwały "
                    "tamte same zmienią status na „zmieniona” lub „uchylona”.</p>")),
                InlinePanel("relations", label=_("powiązanie")),
                FieldPanel("status_override"),
            ],
            heading=_("Powiązania i status"),
        ),
        FieldPanel("change_note"),
    ]
    bip_panels = [
        FieldPanel("produced_by"),
        FieldPanel("responsible"),
        FieldPanel("produced_on"),
        FieldPanel("entered_by"),
    ]
    content_tab_heading = _("Uchwała")
    extra_tabs = [(_("Metryka BIP"), bip_panels)]

    search_fields = BasePage.search_fields + [
        index.SearchField("number"),
        index.SearchField("session"),
        index.SearchField("summary"),
        index.SearchField("legal_basis"),
        index.SearchField("document_text"),
        index.SearchField("attachments_text"),
        index.FilterField("body"),
        index.FilterField("year"),
        index.FilterField("adopted_on"),
        index.RelatedFields("body", [index.SearchField("name"), index.SearchField("name_genitive")]),
        index.SearchField("body_names"),
        index.AutocompleteField("number"),
        index.AutocompleteField("admin_search_label"),
    ]

    parent_page_types = ["resolutions.ResolutionIndexPage"]
    subpage_types = []
    # Every language version links the default-locale body (pages show its translation, ``localize_related``).
    override_translatable_fields = [SynchronizedField("body", overridable=False)]
    url_select_related = ["body"]  # get_url_parts builds the address from the body (the sitemap reads it once)

    class Meta:
        verbose_name = _("uchwała")
        verbose_name_plural = _("uchwały")
        indexes = [
            models.Index(fields=["-adopted_on", "seq"], name="resolution_order_idx"),
            models.Index(fields=["body", "year", "seq"], name="resolution_number_idx"),
            models.Index(fields=["year"], name="resolution_year_idx"),
            models.Index(fields=["repealed_on", "amended_on", "expires_on"], name="resolution_status_idx"),
        ]

    # -- numbers, URLs ---------------------------------------------------------------------------
    @property
    def display_number(self):
        """The number as people write it: "12/2014"."""
        return f"{self.seq}/{self.year}" if self.seq else self.number

    @property
    def register_path(self):
        """The path under the register: "zarzad/2014/12/" (needs ``body`` loaded)."""
        return f"{self.body.slug}/{self.year}/{self.seq}/"

    def get_url_parts(self, request=None):
        """Serve at ``<register>/<body>/<year>/<number>/`` instead of the slug path."""
        parts = super().get_url_parts(request)
        if parts is None or not self.seq or not self.body_id:
            return parts
        site_id, root_url, page_path = parts
        suffix = f"{self.slug}/"
        if page_path and page_path.endswith(suffix):
            page_path = page_path[: -len(suffix)] + self.register_path
        return site_id, root_url, page_path

    def get_admin_display_title(self):
        """"Uchwała nr 5/2013 Zarządu Związku z 12.03.2013 w sprawie …" in choosers, listings and admin search.

        Number, body and date tell apart resolutions with similar titles and two bodies' resolutions with the
        same number.
        """
        title = super().get_admin_display_title()
        if not self.body_id or not self.adopted_on:
            return f"{self.display_number} · {title}" if self.number else title
        return gettext("Uchwała nr %(number)s %(body)s z %(date)s %(title)s") % {
            "number": self.display_number,
            "body": self.body.name_in_heading,
            "date": self.adopted_on.strftime("%d.%m.%Y"),
            "title": title,
        }

    def body_names(self):
        """The body's name in this page's language (its translation), for search: "Management Board" finds
        the English page although it links the Polish body."""
        if not self.body_id:
            return ""
        body = self.body.get_translation_or_none(self.locale_id) if self.body.locale_id != self.locale_id else None
        return body.name if body is not None else ""

    def admin_search_label(self):
        """What editors type to find a resolution in the admin: "uchwała nr 5/2013 zarządu …", "5/2013 zarząd".

        The heading names the body in the genitive ("Zarządu"); its name in the nominative is added too.
        """
        body = self.body.name if self.body_id else ""
        return f"{self.get_admin_display_title()} {body}"

    def heading(self):
        """"Uchwała nr 12/2014 Zarządu Związku z dnia 9 stycznia 2014 r." in the active language."""
        return gettext("Uchwała nr %(number)s %(body)s z dnia %(date)s") % {
            "number": self.display_number,
            "body": self.body.name_in_heading,
            "date": long_date(self.adopted_on),
        }

    # -- status ----------------------------------------------------------------------------------
    def status_on(self, today=None):
        """The derived status on ``today`` (see ``status_of``)."""
        return status_of(
            repealed_on=self.repealed_on, status_override=self.status_override,
            expires_on=self.expires_on, amended_on=self.amended_on, today=today,
        )

    @property
    def status(self):
        return self.status_on()

    @property
    def status_label(self):
        return self.status.label

    @property
    def effective_in_force_from(self):
        return self.in_force_from or self.adopted_on

    # -- validation and saving -------------------------------------------------------------------
    def _parse_number(self):
        match = NUMBER_RE.match(self.number or "")
        if match:
            self.number = f"{int(match.group(1))}/{match.group(2)}"
            self.seq, self.year = int(match.group(1)), int(match.group(2))
        return match

    def clean(self):
        super().clean()
        errors = {}
        match = self._parse_number()
        if self.number and not match:
            errors["number"] = _("Podaj numer w postaci N/RRRR, np. 12/2014.")
        elif match and self.seq == 0:
            errors["number"] = _("Numer uchwały zaczyna się od 1.")
        elif match and self.adopted_on and self.year != self.adopted_on.year:
            errors["number"] = _("Rok w numerze (%(year)s) musi być rokiem podjęcia uchwały (%(adopted)s).") % {
                "year": self.year, "adopted": self.adopted_on.year,
            }
        elif match and self.body_id:
            clash = ResolutionPage.objects.filter(body_id=self.body_id, year=self.year, seq=self.seq)
            if self.locale_id:
                clash = clash.filter(locale_id=self.locale_id)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                errors["number"] = _("Uchwała nr %(number)s tego organu już istnieje w rejestrze.") % {
                    "number": self.number
                }
        if self.in_force_from and self.adopted_on and self.in_force_from < self.adopted_on:
            errors["in_force_from"] = _("Uchwała nie może wejść w życie przed dniem podjęcia.")
        if self.expires_on and self.adopted_on and self.expires_on < self.adopted_on:
            errors["expires_on"] = _("Data wygaśnięcia nie może być wcześniejsza niż data podjęcia.")
        if errors:
            raise ValidationError(errors)
        self.refresh_document_text()

    def refresh_document_text(self, force=False):
        """Extract the text of the main document and of the attachments whose file changed (pypdf).

        Attachments are read from the page's cluster, so the ones just added in the form are included before
        they reach the database; each attachment keeps its own text, the page gathers them for the index.
        """
        if force or self.document_id != self.document_text_of:
            self.document_text, self.document_is_scan = text_layer(self.document if self.document_id else None)
            self.document_text_of = self.document_id
        attachments = list(self.attachments.all())
        for attachment in attachments:
            attachment.refresh_text()
        self.attachments_text = "\n\n".join(f"{a.title}\n{a.text}" for a in attachments if a.text)
        self.has_scan = self.document_is_scan or any(a.is_scan for a in attachments)

    @property
    def scanned_attachments(self):
        return [attachment for attachment in self.attachments.all() if attachment.is_scan]

    def save(self, *args, **kwargs):
        if not kwargs.get("update_fields"):
            self._parse_number()
            self.refresh_document_text()
        return super().save(*args, **kwargs)

    def permissions_for_user(self, user):
        return ResolutionPermissionTester(user, self)

    # -- detail page -----------------------------------------------------------------------------
    def get_template(self, request, *args, **kwargs):
        return "resolutions/resolution_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor and not dependent on the clock: read once per generation of the answers.
        shared = kept(f"resolutions:page:{self.pk}:{translation.get_language()}", self._shared_context, request=request)
        set_related(self, "body", shared.pop("body"))
        context.update(shared)
        context["entered_by_name"] = self.entered_by_name(context["change_register"])
        return context

    def _shared_context(self):
        """The attachments and relations, the bodies' names (this page's and the related ones') in the visitor's
        language, and the change register (a publication or a user's new name starts a new generation)."""
        context = {"attachments": list(self.attachments.select_related("document")), **self.relation_context()}
        related = {page.pk: page for group in context["relations"].values() for page in group}
        localize_related([self, *related.values()], "body")
        context["body"] = self.body
        context["change_register"] = self.change_register()
        return context

    def relation_context(self):
        """Both directions of the relations, as the live public pages of this page's language, in one query.

        Outgoing relations keep the editors' order; incoming ones (from any language version of this page)
        come by date and number of the resolution that amends or repeals this one.
        """
        outgoing = ResolutionRelation.objects.filter(source=self)
        incoming = ResolutionRelation.objects.filter(target__translation_key=self.translation_key, source__live=True)
        own_out = outgoing.filter(target__translation_key=OuterRef("translation_key"))
        own_in = incoming.filter(source__translation_key=OuterRef("translation_key"))
        pages = list(
            without_restricted(ResolutionPage.objects.live().filter(locale_id=self.locale_id))
            .filter(Q(translation_key__in=outgoing.values("target__translation_key"))
                    | Q(translation_key__in=incoming.values("source__translation_key")))
            .annotate(
                amends=Exists(own_out.filter(kind=RelationKind.AMENDS)),
                repeals=Exists(own_out.filter(kind=RelationKind.REPEALS)),
                amended_by=Exists(own_in.filter(kind=RelationKind.AMENDS)),
                repealed_by=Exists(own_in.filter(kind=RelationKind.REPEALS)),
                editors_order=Subquery(own_out.order_by("sort_order", "pk").values("sort_order")[:1]),
            )
            .select_related("body")
            .order_by("adopted_on", "seq")
        )
        outgoing_order = sorted(pages, key=lambda page: (page.editors_order is None, page.editors_order or 0))
        groups = {
            "amends": [page for page in outgoing_order if page.amends],
            "repeals": [page for page in outgoing_order if page.repeals],
            "amended_by": [page for page in pages if page.amended_by],
            "repealed_by": [page for page in pages if page.repealed_by],
        }
        return {"relations": groups, "has_relations": any(groups.values())}

    def change_register(self):
        """The public change register: one row per publication (date, person, description), oldest first.

        BIP names the person who entered the information, so a publication's row names the author of the
        revision that went public (whoever approved it in the workflow is not the author); a withdrawal's row
        names who withdrew it. Revisions without an account (imports) show the ``entered_by`` text.
        """
        entries = (
            PageLogEntry.objects.filter(page_id=self.pk, action__in=["wagtail.publish", "wagtail.unpublish"])
            .select_related("user", "revision__user")
            .order_by("timestamp", "pk")
        )
        rows = []
        for entry in entries:
            note = ""
            if entry.action == "wagtail.unpublish":
                note = str(_("Wycofanie z publikacji"))
                person = entry.user
            else:
                revision = entry.revision
                note = (revision.content or {}).get("change_note", "") if revision is not None else ""
                person = revision.user if revision is not None else None
            rows.append({
                "timestamp": entry.timestamp,
                "user": _user_name(person) if person is not None else self.entered_by,
                "description": note or str(_("Aktualizacja")),
            })
        return rows

    def entered_by_name(self, register=None):
        """"Wprowadził": the author of the first published version (the ``entered_by`` text for imports)."""
        register = self.change_register() if register is None else register
        return register[0]["user"] if register else self.entered_by


def _user_name(user):
    return (user.get_full_name() or user.get_username()).strip()
