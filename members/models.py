"""Members of the association (the directory "Członkowie") and its statutory bodies (the section "Władze").

- ``StatutoryBody`` is shared: the authorities page shows each body's terms and people, and the resolutions
  register files every resolution under the body that adopted it.
- ``Person`` is kept once (a snippet with revisions and draft state); ``Term`` (kadencja) holds the composition
  of a body as ``Membership`` rows (person, role, public office, member represented, dates). The member pages
  read their representatives from those rows, so nothing is typed twice.
- ``member_totals()`` gives the region's figures (population, area, gminy, powiaty, members) to other sections.
"""

from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Orderable, Page, RevisionMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.localization import active_text, is_english, localized_page_by_id, localized_pages
from core.models import SiteSettings


# -- statutory bodies ---------------------------------------------------------------------------------

class StatutoryBody(index.Indexed, models.Model):
    """A statutory body of the association: Zgromadzenie Ogólne, Zarząd Związku or Komisja Rewizyjna."""

    name = models.CharField(_("nazwa"), max_length=150, unique=True, help_text=_("Np. Zarząd Związku"))
    name_en = models.CharField(_("nazwa po angielsku"), max_length=150, blank=True)
    name_genitive = models.CharField(
        _("nazwa w dopełniaczu"), max_length=150, blank=True,
        help_text=_("Do nagłówków uchwał: „Uchwała nr 1/2014 Zarządu Związku”."),
    )
    slug = models.SlugField(
        _("adres"), max_length=60, unique=True,
        help_text=_("Część adresu stron, np. „zarzad” w /uchwaly/zarzad/2014/12/. Nie zmieniaj po publikacji."),
    )
    competences = RichTextField(_("kompetencje"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    competences_en = RichTextField(
        _("kompetencje po angielsku"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    composition_note = models.TextField(
        _("skład – opis"), blank=True,
        help_text=_("Pokazywany zamiast listy osób, gdy organ nie ma kadencji, np. „Wszyscy członkowie rzeczywiści Związku”."),
    )
    composition_note_en = models.TextField(_("skład – opis po angielsku"), blank=True)
    term_years = models.PositiveSmallIntegerField(
        _("długość kadencji (lata)"), default=5,
        help_text=_(
            "Statut mówi o 4 latach, prasa z 2024 r. o kadencji pięcioletniej. Służy do wyliczenia końca "
            "kadencji, gdy redakcja go nie poda."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_en"), FieldPanel("name_genitive"), FieldPanel("slug")],
                        heading=_("Nazwa")),
        FieldPanel("competences"),
        FieldPanel("competences_en"),
        FieldRowPanel([FieldPanel("composition_note"), FieldPanel("composition_note_en")]),
        FieldRowPanel([FieldPanel("term_years"), FieldPanel("sort_order")]),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("organ statutowy")
        verbose_name_plural = _("organy statutowe")

    def __str__(self):
        return self.display_name

    @property
    def name_in_heading(self):
        """The body as a resolution's heading names it: "Zarządu Związku" (genitive) in Polish, "Management Board"."""
        if translation.get_language() == "pl":
            return self.name_genitive or self.name
        return self.display_name

    @property
    def display_name(self):
        """The name in the active language (English where given, Polish otherwise)."""
        return active_text(self.name, self.name_en)

    @property
    def display_competences(self):
        return active_text(self.competences, self.competences_en)

    @property
    def display_composition_note(self):
        return active_text(self.composition_note, self.composition_note_en)


# -- people and terms ----------------------------------------------------------------------------------

class Person(DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    """A person who sits or sat in a statutory body. Kept once and linked from every term they belong to."""

    first_name = models.CharField(_("imię"), max_length=80)
    last_name = models.CharField(_("nazwisko"), max_length=120)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="person")

    panels = [FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")])]
    search_fields = [
        index.SearchField("first_name"), index.SearchField("last_name"), index.AutocompleteField("last_name"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("osoba")
        verbose_name_plural = _("osoby")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def revisions(self):
        return self._revisions


class TermQuerySet(models.QuerySet):
    """Terms by their dates: a term is current from its first day until the day before its end date."""

    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(start_date__lte=today).filter(Q(end_date__gt=today) | Q(end_date__isnull=True))

    def archived(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lte=today)


def _add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class Term(RevisionMixin, ClusterableModel):
    """A term of office (kadencja) of one statutory body and its composition.

    Current or archived is derived from the dates; the end date defaults to the start plus the body's term length.
    """

    body = models.ForeignKey(StatutoryBody, verbose_name=_("organ"), on_delete=models.PROTECT, related_name="terms")
    start_date = models.DateField(_("początek kadencji"))
    end_date = models.DateField(
        _("koniec kadencji"), blank=True, null=True,
        help_text=_("Pierwszy dzień po kadencji (zwykle dzień wyboru nowego składu). Puste: początek + długość kadencji organu."),
    )
    description = models.TextField(
        _("opis"), blank=True, help_text=_("Np. „Wybrany przez Nadzwyczajne Zgromadzenie Ogólne 21 maja 2024 r. w Rybniku”.")
    )
    description_en = models.TextField(_("opis po angielsku"), blank=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="term")

    objects = TermQuerySet.as_manager()

    panels = [
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("description"), FieldPanel("description_en")]),
        HelpPanel(content=_(
            "Skład organu: każda osoba z funkcją w organie, pełnionym urzędem i reprezentowanym członkiem. "
            "Zmiana funkcji w trakcie kadencji: zakończ wiersz datą i dodaj nowy."
        )),
        InlinePanel("memberships", heading=_("Skład"), label=_("członek organu")),
    ]

    class Meta:
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

    @property
    def display_description(self):
        return active_text(self.description, self.description_en)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            raise ValidationError({"end_date": _("Koniec kadencji musi być późniejszy niż jej początek.")})

    def save(self, *args, **kwargs):
        if self.end_date is None and self.start_date and self.body_id:
            self.end_date = _add_years(self.start_date, self.body.term_years)
        super().save(*args, **kwargs)

    def status(self, today=None):
        """"current", "archived" or "upcoming" on ``today``."""
        today = today or timezone.localdate()
        if self.start_date > today:
            return "upcoming"
        if self.end_date and self.end_date <= today:
            return "archived"
        return "current"


class Role(models.IntegerChoices):
    """A person's role in a body; the numbers give the order on the page."""

    CHAIR = 1, _("Przewodniczący")
    DEPUTY = 2, _("Zastępca Przewodniczącego")
    MEMBER = 3, _("Członek")


class Membership(Orderable):
    """One person in one term of a body: role, the public office they hold, the member they represent, dates."""

    term = ParentalKey(Term, related_name="memberships", on_delete=models.CASCADE, verbose_name=_("kadencja"))
    person = models.ForeignKey(Person, verbose_name=_("osoba"), on_delete=models.PROTECT, related_name="memberships")
    role = models.PositiveSmallIntegerField(_("funkcja w organie"), choices=Role.choices, default=Role.MEMBER)
    public_office = models.CharField(
        _("pełniony urząd"), max_length=200, blank=True, help_text=_("Np. „Prezydent Miasta Rybnika”.")
    )
    public_office_en = models.CharField(_("pełniony urząd po angielsku"), max_length=200, blank=True)
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
        FieldRowPanel([FieldPanel("public_office"), FieldPanel("public_office_en")]),
        FieldPanel("member"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("członek organu")
        verbose_name_plural = _("skład organu")

    def __str__(self):
        return f"{self.person} – {self.get_role_display()}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Data końcowa nie może być wcześniejsza niż początkowa.")})

    @property
    def display_public_office(self):
        return active_text(self.public_office, self.public_office_en)

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
        if self.term.status(today) != "current":
            return False
        return (self.start_date is None or self.start_date <= today) and (self.end_date is None or self.end_date >= today)


# -- members ----------------------------------------------------------------------------------------------

class MemberType(models.TextChoices):
    """The kinds of local government that can be members."""

    CITY_COUNTY = "miasto-na-prawach-powiatu", _("miasto na prawach powiatu")
    POWIAT = "powiat", _("powiat")
    URBAN = "gmina-miejska", _("gmina miejska")
    URBAN_RURAL = "gmina-miejsko-wiejska", _("gmina miejsko-wiejska")
    RURAL = "gmina-wiejska", _("gmina wiejska")


# Counting rules used by member_totals() and the directory:
# - a city with county rights (miasto na prawach powiatu) is a gmina that also does a powiat's tasks, so it
#   counts once as a gmina AND once as a powiat;
# - a powiat ziemski counts as a powiat only; gminy miejskie, miejsko-wiejskie and wiejskie count as gminy;
# - population and area are summed over the territory once: a gmina inside a member powiat is already in
#   the powiat's figures, so only members that lie in no other (live) member count.
GMINA_TYPES = [MemberType.CITY_COUNTY, MemberType.URBAN, MemberType.URBAN_RURAL, MemberType.RURAL]
POWIAT_TYPES = [MemberType.CITY_COUNTY, MemberType.POWIAT]


class HeadTitle(models.TextChoices):
    """The title of the head of a member's office."""

    PRESIDENT = "prezydent", _("Prezydent")
    MAYOR = "burmistrz", _("Burmistrz")
    WOJT = "wojt", _("Wójt")
    STAROSTA = "starosta", _("Starosta")


def member_totals(locale=None):
    """Figures of the association's territory from the live member pages, in one aggregate query.

    Returns ``{"population": int, "area": Decimal (km²), "gminy": int, "powiaty": int, "members": int}``.
    Counting rules (see GMINA_TYPES / POWIAT_TYPES): a city with county rights counts as one gmina and one
    powiat; population and area add up only members that lie in no other live member (a gmina's figures are
    already part of its powiat's), so the territory is not counted twice. ``locale`` defaults to Polish, where
    the figures are kept.
    """
    if locale is None:
        locale_filter = Q(locale__language_code="pl")
    else:
        locale_filter = Q(locale=locale)
    outermost = Q(county__isnull=True) | Q(county__live=False)
    result = MemberPage.objects.live().filter(locale_filter).aggregate(
        population=Sum("population", filter=outermost),
        area=Sum("area", filter=outermost),
        gminy=Count("pk", filter=Q(member_type__in=GMINA_TYPES)),
        powiaty=Count("pk", filter=Q(member_type__in=POWIAT_TYPES)),
        members=Count("pk"),
    )
    result["population"] = result["population"] or 0
    result["area"] = Decimal(result["area"] or 0).quantize(Decimal("0.01"))
    return result


class MemberIndexPage(Page):
    """The directory of members ("Członkowie"): grouped by county, filtered by type, with totals."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania pod tytułem strony."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MemberPage"]
    max_count_per_parent = 1

    TYPE_PARAM = "typ"

    class Meta:
        verbose_name = _("katalog członków")
        verbose_name_plural = _("katalogi członków")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = request.GET.get(self.TYPE_PARAM, "")
        invalid_type = chosen not in MemberType.values and chosen != ""
        members = list(
            MemberPage.objects.child_of(self).live()
            .select_related("county", "coat_of_arms", "head_person")
            .prefetch_related("coat_of_arms__renditions")
            .order_by("title")
        )
        all_members = members
        if invalid_type:
            members = []
        elif chosen:
            members = [member for member in members if member.member_type == chosen]
        context.update({
            "groups": self._groups(members, all_members),
            "members": members,
            "member_types": MemberType.choices,
            "chosen_type": chosen,
            "chosen_type_label": MemberType(chosen).label if chosen and not invalid_type else "",
            "invalid_type": invalid_type,
            "totals": self._totals(members),
            "people_url": _people_url(self.locale_id),
        })
        return context

    @staticmethod
    def _groups(members, all_members):
        """Cities with county rights first, then one group per powiat (the powiat itself, then its gminy)."""
        by_key = {member.translation_key: member for member in all_members}
        cities, counties, others = [], {}, []
        for member in members:
            if member.member_type == MemberType.CITY_COUNTY:
                cities.append(member)
            elif member.member_type == MemberType.POWIAT:
                counties.setdefault(member.translation_key, []).insert(0, member)
            elif member.county is not None:
                counties.setdefault(member.county.translation_key, []).append(member)
            else:
                others.append(member)
        groups = []
        if cities:
            groups.append({"heading": _("Miasta na prawach powiatu"), "members": cities})
        for key, items in sorted(counties.items(), key=lambda item: (by_key.get(item[0]) or item[1][0]).title):
            county = by_key.get(key)
            heading = county.title if county else items[0].county.title
            groups.append({"heading": heading, "county": county, "members": items})
        if others:
            groups.append({"heading": _("Pozostali członkowie"), "members": others})
        return groups

    @staticmethod
    def _totals(members):
        """Population and area of the listed members, each piece of territory counted once (see member_totals)."""
        listed = {member.translation_key for member in members}
        population, area = 0, Decimal("0")
        for member in members:
            if member.county is not None and member.county.translation_key in listed:
                continue
            population += member.population or 0
            area += member.area or 0
        return {"population": population, "area": area, "count": len(members)}


class MemberPage(Page):
    """One member gminy or powiat: its identity, office, figures and its representatives in the bodies."""

    official_name = models.CharField(
        _("nazwa urzędowa"), max_length=255, help_text=_("Np. „Gmina i Miasto Czerwionka-Leszczyny”.")
    )
    member_type = models.CharField(_("rodzaj"), max_length=40, choices=MemberType.choices)
    county = models.ForeignKey(
        "members.MemberPage", verbose_name=_("powiat"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="gminy", help_text=_("Dla gmin: powiat, w którym leżą. Puste dla powiatów i miast na prawach powiatu."),
    )
    coat_of_arms = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("herb"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    coat_of_arms_alt = models.CharField(
        _("tekst alternatywny herbu"), max_length=255, blank=True,
        help_text=_("Co przedstawia herb, np. „Herb Rybnika: …”. Puste: „Herb: nazwa członka”."),
    )
    head_title = models.CharField(_("tytuł włodarza"), max_length=20, choices=HeadTitle.choices, blank=True)
    head_person = models.ForeignKey(
        "members.Person", verbose_name=_("włodarz – osoba"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="headed_members",
        help_text=_(
            "Wybierz, gdy włodarz jest w osobach (Władze → Osoby): imię i nazwisko pochodzą wtedy z karty osoby "
            "i prowadzą do jej strony, a pole „imię i nazwisko włodarza” zostaw puste."
        ),
    )
    head_name = models.CharField(
        _("imię i nazwisko włodarza"), max_length=150, blank=True,
        help_text=_("Tylko gdy włodarza nie ma w osobach. Gdy wybrano osobę, pole musi być puste: liczy się osoba."),
    )
    office_name = models.CharField(_("urząd"), max_length=150, blank=True, help_text=_("Np. „Urząd Gminy Gaszowice”."))
    address = models.TextField(_("adres urzędu"), blank=True, help_text=_("Ulica i numer, w drugim wierszu kod i miejscowość."))
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("strona internetowa"), blank=True)
    population = models.PositiveIntegerField(_("liczba ludności"), null=True, blank=True)
    area = models.DecimalField(_("powierzchnia (km²)"), max_digits=8, decimal_places=2, null=True, blank=True)
    figures_date = models.DateField(_("stan danych na dzień"), null=True, blank=True)
    figures_source = models.CharField(_("źródło danych"), max_length=255, blank=True, help_text=_("Np. „GUS”."))
    joined_on = models.DateField(_("data przystąpienia do Związku"), null=True, blank=True)
    sample_data = models.BooleanField(
        _("dane przykładowe"), default=False,
        help_text=_("Zaznacz, gdy część danych nie jest jeszcze sprawdzona; strona pokaże ostrzeżenie."),
    )
    sample_data_note = models.CharField(
        _("które dane są przykładowe"), max_length=255, blank=True,
        help_text=_("Np. „telefon, e-mail, strona internetowa”. Pokazywane w ostrzeżeniu o danych przykładowych."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("opis"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("official_name"), FieldRowPanel([FieldPanel("member_type"), FieldPanel("county")]),
             FieldPanel("joined_on")],
            heading=_("Członek"),
        ),
        MultiFieldPanel([FieldPanel("coat_of_arms"), FieldPanel("coat_of_arms_alt")], heading=_("Herb")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("head_title"), FieldPanel("head_person"), FieldPanel("head_name")]),
             FieldPanel("office_name"),
             FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]), FieldPanel("website")],
            heading=_("Urząd"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("population"), FieldPanel("area")]),
             FieldRowPanel([FieldPanel("figures_date"), FieldPanel("figures_source")]),
             FieldRowPanel([FieldPanel("sample_data"), FieldPanel("sample_data_note")])],
            heading=_("Ludność i powierzchnia"),
        ),
        HelpPanel(content=_("Przedstawicieli w organach Związku wpisuje się w kadencjach (Władze), nie tutaj.")),
        FieldPanel("body"),
    ]
    # A person's name and the office's contact data are the same in every language: wagtail-localize
    # (and core.translation_sync) copy them from the Polish page instead of offering them for translation.
    override_translatable_fields = [
        SynchronizedField("head_name"),
        SynchronizedField("phone"),
        SynchronizedField("address"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("official_name"), index.SearchField("head_name"), index.SearchField("address"),
        index.RelatedFields("head_person", [index.SearchField("first_name"), index.SearchField("last_name")]),
        index.FilterField("member_type"),
    ]

    parent_page_types = ["members.MemberIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("członek")
        verbose_name_plural = _("członkowie")

    def clean(self):
        super().clean()
        if self.county_id:
            if self.member_type in POWIAT_TYPES:
                raise ValidationError({"county": _("Powiat i miasto na prawach powiatu nie leżą w innym powiecie.")})
            if self.county.member_type != MemberType.POWIAT:
                raise ValidationError({"county": _("Wybierz stronę powiatu.")})
        if self.head_person_id and self.head_name.strip():
            raise ValidationError({"head_name": _(
                "Wybrano osobę (%(person)s): imię i nazwisko pochodzą z jej karty. Wyczyść to pole albo usuń wybór osoby."
            ) % {"person": self.head_person}})

    @property
    def head_display_name(self):
        """The head's name: from the person record when one is chosen, else the free-text fallback."""
        if self.head_person_id:
            return self.head_person.full_name
        return self.head_name

    @property
    def head_linked_person(self):
        """The person to link the head's name to: only a chosen and published person (a draft stays plain text)."""
        person = self.head_person if self.head_person_id else None
        return person if person is not None and person.live else None

    @property
    def coat_of_arms_alt_text(self):
        return self.coat_of_arms_alt or _("Herb: %(name)s") % {"name": self.official_name or self.title}

    def representations(self):
        """This member's seats in the bodies (all terms), from the authorities data, in one query."""
        return list(
            Membership.objects.filter(member__translation_key=self.translation_key, person__live=True)
            .select_related("person", "term__body")
            .order_by("-term__start_date", "term__body__sort_order", "role", "sort_order")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        seats = self.representations()
        context["current_seats"] = [seat for seat in seats if seat.is_active(today)]
        context["past_seats"] = [seat for seat in seats if not seat.is_active(today) and seat.term.start_date <= today]
        county = self.county
        if county is not None and county.locale_id != self.locale_id:
            county = localized_pages([county]).get(county.translation_key, county)
        context["county_page"] = county
        context["people_url"] = _people_url(self.locale_id)
        return context


def _people_url(locale_id):
    """The start of person addresses on the live authorities page of the locale ("" without one), in one query."""
    authorities = AuthoritiesPage.objects.live().filter(locale_id=locale_id).first()
    return authorities.people_url() if authorities else ""


# -- the authorities page -----------------------------------------------------------------------------------

class AuthoritiesPage(RoutablePageMixin, Page):
    """The section "Władze": each statutory body with its competences, current term and composition; an archive."""

    intro = models.TextField(_("wstęp"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("body"),
        HelpPanel(content=_("Organy, kadencje i osoby edytuje się w menu „Władze” (fragmenty).")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

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

    def _common_context(self, request, terms, today):
        """Attach to each term the active/ended rows and the localized member pages (constant number of queries)."""
        rows = [row for term in terms for row in term.memberships.all()]
        pages = localized_pages([row.member for row in rows])
        labels = {"current": _("kadencja bieżąca"), "archived": _("kadencja zakończona"), "upcoming": _("kadencja przyszła")}
        for term in terms:
            term.status_label = labels[term.status(today)]
            term.rows, term.ended_rows, term.planned_rows = [], [], []
            current = term.status(today) == "current"
            for row in term.memberships.all():
                row.member_page = pages.get(row.member.translation_key) if row.member else None
                row.term = term  # avoid a query for row.term in row.is_active / row.until
                if current and row.end_date is not None and row.end_date < today:
                    term.ended_rows.append(row)
                elif current and row.start_date is not None and row.start_date > today:
                    term.planned_rows.append(row)
                else:
                    term.rows.append(row)
        register = localized_page_by_id(SiteSettings.load(request_or_site=request).resolutions_page_id)
        return {"register_url": register.get_url(request) if register else "", "today": today,
                "people_url": self.people_url()}

    @path("")
    def index_route(self, request):
        today = timezone.localdate()
        bodies = list(StatutoryBody.objects.all())
        terms = list(
            Term.objects.current(today).select_related("body").prefetch_related(self._memberships()).order_by("-start_date")
        )
        current = {}
        for term in terms:
            current.setdefault(term.body_id, term)
        for body in bodies:
            body.current_term = current.get(body.pk)
        context = self._common_context(request, list(current.values()), today)
        context.update({"bodies": bodies, "archive_url": self.archive_url(), "has_archive": Term.objects.archived(today).exists()})
        return self.render(request, context_overrides=context)

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
        terms = list(
            Term.objects.archived(today).select_related("body").prefetch_related(self._memberships())
            .order_by("body__sort_order", "-start_date")
        )
        context = self._common_context(request, terms, today)
        groups = []
        for term in terms:
            if not groups or groups[-1]["body"].pk != term.body_id:
                groups.append({"body": term.body, "terms": []})
            groups[-1]["terms"].append(term)
        page_url = self.get_full_url(request) or ""
        context.update({"groups": groups, "archive_url": self.archive_url(),
                        "archive_full_url": page_url + self.reverse_subpage(self._archive_route_name())})
        return self.render(request, context_overrides=context, template="members/authorities_archive.html")

    @path("osoby/<int:person_id>/", name="person")
    @path("people/<int:person_id>/", name="person_en")
    def person_route(self, request, person_id):
        """One person and every seat they hold or held, in every body and term: the person is kept once."""
        person = Person.objects.filter(pk=person_id, live=True).first()
        if person is None:
            raise Http404
        today = timezone.localdate()
        seats = list(
            person.memberships.select_related("term__body", "member")
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
        context = {"person": person, "current_seats": current, "past_seats": past, "planned_seats": planned,
                   "person_full_url": (self.get_full_url(request) or "") + self._people_prefix() + f"{person.pk}/"}
        return self.render(request, context_overrides=context, template="members/person.html")

    @staticmethod
    def _people_prefix():
        return "people/" if is_english() else "osoby/"

    def people_url(self):
        """The start of a person's address on this page; the template appends ``<pk>/``."""
        return (self.url or "") + self._people_prefix()

    @staticmethod
    def _archive_route_name():
        return "archive_en" if is_english() else "archive"

    def archive_url(self):
        name = self._archive_route_name()
        url = self.url
        if url is None:
            raise Http404
        return url + self.reverse_subpage(name)
