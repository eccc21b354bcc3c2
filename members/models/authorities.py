"""The association's statutory bodies (the section "Władze"): bodies, their terms and who sat in them.

- ``StatutoryBody`` is shared: the authorities page shows each body's terms and people, and the resolutions
  register files every resolution under the body that adopted it.
- ``Term`` (kadencja) holds the composition of a body as ``Membership`` rows (person, role, public office,
  member represented, dates). The member pages read their representatives from those rows, so nothing is
  typed twice.
- ``AuthoritiesPage`` shows the current terms, an archive of ended ones and a page per person.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.choice_labels import ChoiceLabelsMixin
from core.layout_cache import layout, section_page
from core.localization import (
    default_locale, in_default_locale, is_english, localized_many, localized_pages, set_related,
)
from core.models import IntroBodyPage
from core.response_cache import kept

from ..enums import Role, TermStatus
from .people import Person


class StatutoryBody(TranslatableMixin, index.Indexed, models.Model):
    """A statutory body of the association: Zgromadzenie Ogólne, Zarząd Związku or Komisja Rewizyjna.

    Translatable: each language has its own row (same ``translation_key``) with the name, competences and
    composition note in that language. The slug is synchronised, so /uchwaly/zarzad/ and ``?organ=zarzad``
    name the same body in every language; resolutions and terms point at the default-locale row.
    """

    name = models.CharField(_("nazwa"), max_length=150, help_text=_("Np. Zarząd Związku"))
    name_genitive = models.CharField(
        _("nazwa w dopełniaczu"), max_length=150, blank=True,
        help_text=_("Do nagłówków uchwał: „Uchwała nr 1/2014 Zarządu Związku”."),
    )
    slug = models.SlugField(
        _("adres"), max_length=60,
        help_text=_(
            "Część adresu stron, np. „zarzad” w /uchwaly/zarzad/2014/12/, ta sama we wszystkich językach. "
            "Nie zmieniaj po publikacji."
        ),
    )
    competences = RichTextField(_("kompetencje"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    composition_note = models.TextField(
        _("skład – opis"), blank=True,
        help_text=_("Pokazywany zamiast listy osób, gdy organ nie ma kadencji, np. „Wszyscy członkowie rzeczywiści Związku”."),
    )
    term_years = models.PositiveSmallIntegerField(
        _("długość kadencji (lata)"), default=5,
        help_text=_(
            "Statut mówi o 4 latach, prasa z 2024 r. o kadencji pięcioletniej. Służy do wyliczenia końca "
            "kadencji, gdy redakcja go nie poda."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_genitive"), FieldPanel("slug")], heading=_("Nazwa")),
        FieldPanel("competences"),
        FieldPanel("composition_note"),
        FieldRowPanel([FieldPanel("term_years"), FieldPanel("sort_order")]),
    ]
    # The slug names the body in addresses and filters of every language: copied from the source, never translated.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]
        verbose_name = _("organ statutowy")
        verbose_name_plural = _("organy statutowe")

    def __str__(self):
        return self.name

    @property
    def name_in_heading(self):
        """The body as a resolution's heading names it: the genitive in Polish ("Zarządu Związku"), the name
        itself in languages that have no cases to put it in."""
        if translation.get_language() == settings.LANGUAGE_CODE:
            return self.name_genitive or self.name
        return self.name


class TermQuerySet(models.QuerySet):
    """Terms by their dates: a term is current from its first day until the day before its end date."""

    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(start_date__lte=today).filter(Q(end_date__gt=today) | Q(end_date__isnull=True))

    def archived(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lte=today)


def _add_years(day, years):
    """``day`` the same date ``years`` later, for a term's default end; 29 February falls back to the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class Term(TranslatableMixin, RevisionMixin, ClusterableModel):
    """A term of office (kadencja) of one statutory body and its composition.

    Current or archived is derived from the dates; the end date defaults to the start plus the body's term length.
    Translatable with its composition (``Membership`` rows follow the term's locale): a translation carries the
    description and the public offices in its language, while the body, people, roles, members and dates are
    synchronised from the default-locale term, which the public pages list and localise in bulk.
    """

    body = models.ForeignKey(
        StatutoryBody, verbose_name=_("organ"), on_delete=models.PROTECT, related_name="terms",
        limit_choices_to=in_default_locale,
    )
    start_date = models.DateField(_("początek kadencji"))
    end_date = models.DateField(
        _("koniec kadencji"), blank=True, null=True,
        help_text=_("Pierwszy dzień po kadencji (zwykle dzień wyboru nowego składu). Puste: początek + długość kadencji organu."),
    )
    description = models.TextField(
        _("opis"), blank=True, help_text=_("Np. „Wybrany przez Nadzwyczajne Zgromadzenie Ogólne 21 maja 2024 r. w Rybniku”.")
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="term")

    objects = TermQuerySet.as_manager()

    panels = [
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("description"),
        HelpPanel(content=_(
            "Skład organu: każda osoba z funkcją w organie, pełnionym urzędem i reprezentowanym członkiem. "
            "Zmiana funkcji w trakcie kadencji: zakończ wiersz datą i dodaj nowy."
        )),
        InlinePanel("memberships", heading=_("Skład"), label=_("członek organu")),
    ]

    # The body stays the default-locale row in every language (the pages localise it when they show it).
    override_translatable_fields = [SynchronizedField("body", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["body__sort_order", "-start_date"]
        verbose_name = _("kadencja")
        verbose_name_plural = _("kadencje")

    def __str__(self):
        return f"{self.body}, {_('kadencja')} {self.years_label}"

    @property
    def revisions(self):
        return self._revisions

    @property
    def years_label(self):
        if self.end_date:
            return f"{self.start_date.year}–{self.end_date.year}"
        return f"{self.start_date.year}–"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            raise ValidationError({"end_date": _("Koniec kadencji musi być późniejszy niż jej początek.")})

    def save(self, *args, **kwargs):
        if self.end_date is None and self.start_date and self.body_id:
            self.end_date = _add_years(self.start_date, self.body.term_years)
        super().save(*args, **kwargs)

    def status(self, today=None):
        """The ``TermStatus`` of this term on ``today``."""
        today = today or timezone.localdate()
        if self.start_date > today:
            return TermStatus.UPCOMING
        if self.end_date and self.end_date <= today:
            return TermStatus.ARCHIVED
        return TermStatus.CURRENT


class Membership(ChoiceLabelsMixin, TranslatableMixin, Orderable):
    """One person in one term of a body: role, the public office they hold, the member they represent, dates.

    Translatable because its term is: the row takes its term's locale, and a translation of the term has a
    copy of each row (same ``translation_key``) with the public office and note in its language.
    """

    term = ParentalKey(Term, related_name="memberships", on_delete=models.CASCADE, verbose_name=_("kadencja"))
    person = models.ForeignKey(Person, verbose_name=_("osoba"), on_delete=models.PROTECT, related_name="memberships")
    role = models.PositiveSmallIntegerField(_("funkcja w organie"), choices=Role.choices, default=Role.MEMBER)
    public_office = models.CharField(
        _("pełniony urząd"), max_length=200, blank=True, help_text=_("Np. „Prezydent Miasta Rybnika”.")
    )
    member = models.ForeignKey(
        "members.MemberPage", verbose_name=_("reprezentowany członek"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="memberships",
    )
    start_date = models.DateField(_("od"), null=True, blank=True, help_text=_("Puste: od początku kadencji."))
    end_date = models.DateField(_("do"), null=True, blank=True, help_text=_("Puste: do końca kadencji."))
    note = models.CharField(_("uwagi"), max_length=255, blank=True)

    panels = [
        FieldPanel("person"),
        FieldPanel("role"),
        FieldPanel("public_office"),
        FieldPanel("member"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("członek organu")
        verbose_name_plural = _("członkowie organu")

    def __str__(self):
        return f"{self.person} – {self.get_role_display()}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Data końcowa nie może być wcześniejsza niż początkowa.")})

    @property
    def since(self):
        return self.start_date or self.term.start_date

    @property
    def until(self):
        """The end of this seat: its own end date, else the end of the term."""
        return self.end_date or self.term.end_date

    def is_active(self, today=None):
        """In office on ``today``: within its own dates and in a current term."""
        today = today or timezone.localdate()
        if self.term.status(today) != TermStatus.CURRENT:
            return False
        return (self.start_date is None or self.start_date <= today) and (self.end_date is None or self.end_date >= today)


def localized_seats(seats):
    """Default-locale ``Membership`` rows (``term__body`` loaded) in the active language: the office held and
    the body's name from their translations (one query for any number of seats, none in the default language).
    For the person pages and the member pages, which list someone's seats across terms."""
    seats = list(seats)
    shown, bodies = localized_many([seats, [seat.term.body for seat in seats]])
    for seat, body in zip(shown, bodies):
        set_related(seat.term, "body", body)
    return shown


class AuthoritiesPage(RoutablePageMixin, IntroBodyPage):
    """The section "Władze": each statutory body with its competences, current term and composition; an archive."""

    intro = models.TextField(_("wstęp"), blank=True)  # no help text, unlike IntroBodyPage's

    content_panels = IntroBodyPage.content_panels + [
        HelpPanel(content=_("Organy, kadencje i osoby edytuje się w menu „Władze” (fragmenty).")),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []  # the archive is a route of this page (archiwum/), not a child page
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("władze")
        verbose_name_plural = _("strony władz")

    def _memberships(self):
        return models.Prefetch(
            "memberships",
            queryset=Membership.objects.filter(person__live=True).select_related("person", "member")
            .order_by("role", "sort_order", "person__last_name"),
        )

    def _show_terms(self, terms, today, bodies=()):
        """The default-locale ``terms`` (body and memberships loaded) and ``bodies`` as the visitor sees them:
        their text in the active language (``localized_many``: one query for bodies, terms and seats together,
        none in the default language), each term's seats sorted into ``rows``, ``ended_rows`` and
        ``planned_rows``, member pages localised. Returns (shown terms, shown bodies)."""
        rows = [row for term in terms for row in term.memberships.all()]
        term_bodies = [term.body for term in terms]
        shown_terms, shown_rows, shown_bodies, shown_term_bodies = localized_many([terms, rows, bodies, term_bodies])
        shown_rows = iter(shown_rows)
        pages = localized_pages([row.member for row in rows])
        for term, shown, body in zip(terms, shown_terms, shown_term_bodies):
            set_related(shown, "body", body)
            status = term.status(today)
            shown.status_label = status.label
            shown.rows, shown.ended_rows, shown.planned_rows = [], [], []
            current = status == TermStatus.CURRENT
            for _row in term.memberships.all():
                row = next(shown_rows)
                row.member_page = pages.get(row.member.translation_key) if row.member else None
                set_related(row, "term", shown)  # no query for row.term in row.is_active / row.until
                if current and row.end_date is not None and row.end_date < today:
                    shown.ended_rows.append(row)
                elif current and row.start_date is not None and row.start_date > today:
                    shown.planned_rows.append(row)
                else:
                    shown.rows.append(row)
        return shown_terms, shown_bodies

    def _common_context(self, request, today):
        return {"register_url": layout(request).chosen.get("resolutions", ""), "today": today,
                "people_url": self.people_url()}

    @path("")
    def index_route(self, request):
        today = timezone.localdate()
        bodies = kept(self._kept_name("bodies", today), lambda: self._current_bodies(today), clock=True)
        context = self._common_context(request, today)
        context.update({"bodies": bodies, "archive_url": self.archive_url(), "has_archive": any(body.has_archive for body in bodies)})
        return self.render(request, context_overrides=context)

    def _kept_name(self, what, today, *more):
        """What the page's routes show is the same for every visitor on one day, in one language, until something
        visible changes: it is kept (``core.response_cache.kept``) under that name, until the next midnight or
        other moment the clock changes a page (a term ends, a seat starts)."""
        return ":".join(map(str, ("authorities", what, self.pk, translation.get_language(), today, *more)))

    def _current_bodies(self, today):
        """The statutory bodies, each with its current term (``current_term``) and ``has_archive``."""
        source = list(
            StatutoryBody.objects.filter(locale=default_locale())
            .annotate(has_archive=Exists(Term.objects.archived(today).filter(body=OuterRef("pk"))))
        )
        terms = list(
            Term.objects.current(today).filter(locale=default_locale()).select_related("body")
            .prefetch_related(self._memberships()).order_by("-start_date")
        )
        current = {}
        for term in terms:
            current.setdefault(term.body_id, term)
        shown_terms, bodies = self._show_terms(list(current.values()), today, bodies=source)
        by_body = dict(zip(current, shown_terms))
        for body in bodies:
            body.current_term = by_body.get(body.pk)
        return bodies

    def localized_route_url(self, translation_url, language_code, request):
        """The same view on this page's translation (for the language switcher): ``archiwum/`` ↔ ``archive/``,
        ``osoby/<id>/`` ↔ ``people/<id>/``."""
        match = request.routable_resolver_match
        base_name = match.url_name.removesuffix("_en") if match.url_name else ""
        if base_name not in {"archive", "person"}:
            return translation_url
        name = f"{base_name}_en" if language_code == "en" else base_name
        return translation_url + self.reverse_subpage(name, kwargs=match.kwargs)

    @path("archiwum/", name="archive")
    @path("archive/", name="archive_en")
    def archive_route(self, request):
        today = timezone.localdate()
        context = self._common_context(request, today)
        page_url = self.get_full_url(request) or ""
        context.update({"groups": kept(self._kept_name("archive", today), lambda: self._archived_groups(today), clock=True),
                        "archive_url": self.archive_url(),
                        "archive_full_url": page_url + self.reverse_subpage(self._archive_route_name())})
        return self.render(request, context_overrides=context, template="members/authorities_archive.html")

    def _archived_groups(self, today):
        """The ended terms, grouped by body: ``[{"body_id", "body", "terms"}]``."""
        terms = list(
            Term.objects.archived(today).filter(locale=default_locale()).select_related("body")
            .prefetch_related(self._memberships()).order_by("body__sort_order", "-start_date")
        )
        groups = []
        for term, shown in zip(terms, self._show_terms(terms, today)[0]):
            if not groups or groups[-1]["body_id"] != term.body_id:
                groups.append({"body_id": term.body_id, "body": shown.body, "terms": []})
            groups[-1]["terms"].append(shown)
        return groups

    @path("osoby/<int:person_id>/", name="person")
    @path("people/<int:person_id>/", name="person_en")
    def person_route(self, request, person_id):
        """One person and every seat they hold or held, in every body and term: the person is kept once."""
        today = timezone.localdate()
        context = kept(self._kept_name("person", today, person_id), lambda: self._person(person_id, today), clock=True)
        context = {**context, "person_full_url": (self.get_full_url(request) or "") + self._people_prefix() + f"{person_id}/"}
        return self.render(request, context_overrides=context, template="members/person.html")

    def _person(self, person_id, today):
        """The person (a 404 unless live) and their current, past and planned seats (only found persons are kept)."""
        person = Person.objects.filter(pk=person_id, live=True).first()
        if person is None:
            raise Http404
        seats = localized_seats(
            person.memberships.filter(locale=default_locale()).select_related("term__body", "member")
            .order_by("-term__start_date", "term__body__sort_order", "role")
        )
        pages = localized_pages([seat.member for seat in seats])
        current, past, planned = [], [], []
        for seat in seats:
            seat.member_page = pages.get(seat.member.translation_key) if seat.member else None
            if seat.is_active(today):
                current.append(seat)
            elif seat.since > today:
                planned.append(seat)
            else:
                past.append(seat)
        return {"person": person, "current_seats": current, "past_seats": past, "planned_seats": planned}

    @staticmethod
    def _people_prefix():
        return "people/" if is_english() else "osoby/"

    def people_url(self):
        """The start of a person's address on this page; the template appends ``<pk>/``."""
        return (self.url or "") + self._people_prefix()

    @classmethod
    def people_url_for(cls, request):
        """``people_url()`` of this language's authorities page ("" without one), from the cached layout.

        For the member pages, which link their representatives and heads to the person pages.
        """
        page = section_page(request, cls)
        url = page.get_url(request) if page else None
        return url + cls._people_prefix() if url else ""

    @staticmethod
    def _archive_route_name():
        return "archive_en" if is_english() else "archive"

    def archive_url(self):
        name = self._archive_route_name()
        url = self.url
        if url is None:
            raise Http404
        return url + self.reverse_subpage(name)
