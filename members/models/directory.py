"""The directory of members ("Członkowie"): the gminy and powiaty of the association and their figures.

- ``MemberPage`` reads a member's representatives from the authorities data (``Membership``), so nothing is
  typed twice.
- ``member_totals()`` gives the region's figures (population, area, gminy, powiaty, members) to other sections.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.layout_cache import section_page
from core.localization import default_locale, localized_pages
from core.models import BasePage, IntroBodyPage
from core.response_cache import kept

from .. import map as member_map
from ..enums import HeadTitle, MapArea, MemberType
from .authorities import AuthoritiesPage, Membership, localized_seats

# Counting rules used by member_totals() and the directory:
# - a city with county rights (miasto na prawach powiatu) is a gmina that also does a powiat's tasks, so it
#   counts once as a gmina AND once as a powiat;
# - a powiat ziemski counts as a powiat only; gminy miejskie, miejsko-wiejskie and wiejskie count as gminy;
# - population and area are summed over the territory once: a gmina inside a member powiat is already in
#   the powiat's figures, so only members that lie in no other (live) member count.
GMINA_TYPES = [MemberType.CITY_COUNTY, MemberType.URBAN, MemberType.URBAN_RURAL, MemberType.RURAL]
POWIAT_TYPES = [MemberType.CITY_COUNTY, MemberType.POWIAT]


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


class MemberIndexPage(IntroBodyPage):
    """The directory of members ("Członkowie"): grouped by county, filtered by type, with totals."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania pod tytułem strony."))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MemberPage"]
    max_count_per_parent = 1

    TYPE_PARAM = "typ"
    AREA_PARAM = "powiat"  # a county on the map: the county or city itself and the gminy in it

    class Meta:
        verbose_name = _("katalog członków")
        verbose_name_plural = _("katalogi członków")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = request.GET.get(self.TYPE_PARAM, "")
        invalid_type = chosen not in MemberType.values and chosen != ""
        chosen_area = request.GET.get(self.AREA_PARAM, "")
        invalid_area = chosen_area not in MapArea.values and chosen_area != ""
        # The same for every visitor (the filters below are applied to it): read once per generation.
        members = kept(f"members:directory:{self.pk}", self._members)
        all_members = members
        if invalid_type or invalid_area:
            members = []
        if chosen:
            members = [member for member in members if member.member_type == chosen]
        if chosen_area:
            members = [member for member in members if member.map_area_key == chosen_area]
        url = self.get_url(request)
        for member in all_members:
            member.card_url = f"{url}{member.slug}/"  # a child's address, without Wagtail's lookup per card
        map_areas = self._map_areas(url, all_members, chosen_area)
        context.update({
            "groups": self._groups(members, all_members),
            "members": members,
            "member_types": MemberType.choices,
            "chosen_type": chosen,
            "chosen_type_label": MemberType(chosen).label if chosen and not invalid_type else "",
            "invalid_type": invalid_type,
            "chosen_area": chosen_area,
            "chosen_area_name": next((area.name for area in map_areas if area.current), ""),
            "invalid_area": invalid_area,
            "map": member_map.map_data(),
            "map_areas": map_areas,
            "totals": self._totals(members),
            "people_url": AuthoritiesPage.people_url_for(request),
        })
        return context

    ARMS_RENDITION = "max-64x64"  # the cards' arms (members/member_index_page.html)

    def _members(self):
        """The live members, with their county, head and arms (and the arms' rendition for the cards, so the kept
        list carries it and a card never creates it again)."""
        members = list(
            MemberPage.objects.child_of(self).live()
            .select_related("county", "coat_of_arms", "head_person")
            .prefetch_related("coat_of_arms__renditions")
            .order_by("title")
        )
        for member in members:
            if member.coat_of_arms is not None:
                member.coat_of_arms.get_rendition(self.ARMS_RENDITION)
        return members

    def _map_areas(self, url, all_members, chosen_area):
        """Each county on the map named after its member page in this language and linked to the directory
        (at ``url``) filtered to it (the county and the gminy in it); a county with no member page is drawn
        without a link."""
        names = {member.map_area: member.title for member in all_members if member.map_area}
        urls = {key: f"{url}?{self.AREA_PARAM}={key}" for key in names}
        return member_map.areas(names, urls, current=chosen_area)

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


class MemberPage(BasePage):
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
    map_area = models.CharField(
        _("obszar na mapie"), max_length=40, choices=MapArea.choices, blank=True,
        help_text=_(
            "Tylko dla powiatu i miasta na prawach powiatu: jego obszar na mapie członków. Gminy są pokazywane "
            "w obszarze swojego powiatu."
        ),
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

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("official_name"), FieldRowPanel([FieldPanel("member_type"), FieldPanel("county")]),
             FieldPanel("map_area"), FieldPanel("joined_on")],
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
    # A person's name and the office's contact data are the same in every language: wagtail-localize copies
    # them from the Polish page on every sync instead of offering them for translation.
    override_translatable_fields = [
        SynchronizedField("head_person"),
        SynchronizedField("head_name"),
        SynchronizedField("phone"),
        SynchronizedField("address"),
        SynchronizedField("map_area"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("official_name"), index.SearchField("head_name"), index.SearchField("address"),
        index.RelatedFields("head_person", [index.SearchField("first_name"), index.SearchField("last_name")]),
        index.SearchField("get_head_title_display"), index.SearchField("office_name"),
        index.RelatedFields("county", [index.SearchField("title")]),
        index.FilterField("member_type"),
    ]

    parent_page_types = ["members.MemberIndexPage"]
    serve_select_related = ["coat_of_arms", "head_person", "county"]  # core.routing: read with the page
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
        if self.map_area and self.member_type not in POWIAT_TYPES:
            raise ValidationError({"map_area": _("Gmina leży w obszarze swojego powiatu: zostaw to pole puste.")})
        if self.head_person_id and self.head_name.strip():
            raise ValidationError({"head_name": _(
                "Wybrano osobę (%(person)s): imię i nazwisko pochodzą z jej karty. Wyczyść to pole albo usuń wybór osoby."
            ) % {"person": self.head_person}})

    @property
    def map_area_key(self):
        """The county this member is drawn in on the map: its own area, or its county's (read with the page)."""
        if self.map_area:
            return self.map_area
        return self.county.map_area if self.county_id and self.county else ""

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
        """This member's seats in the bodies (all terms), from the authorities data, in the visitor's language:
        the default-locale rows in one query, their translations in two more (none in the default language)."""
        return localized_seats(
            Membership.objects.filter(member__translation_key=self.translation_key, person__live=True,
                                      locale=default_locale())
            .select_related("person", "term__body")
            .order_by("-term__start_date", "term__body__sort_order", "role", "sort_order")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        # the same for every visitor until a seat, term, person or page changes: kept under the generation
        seats = kept(f"members:seats:{self.pk}:{translation.get_language()}", self.representations, request=request)
        context["current_seats"] = [seat for seat in seats if seat.is_active(today)]
        context["past_seats"] = [seat for seat in seats if not seat.is_active(today) and seat.term.start_date <= today]
        county = self.county
        if county is not None and county.locale_id != self.locale_id:
            county = localized_pages([county]).get(county.translation_key, county)
        context["county_page"] = county
        area = self.map_area_key
        if area:
            directory = section_page(request, MemberIndexPage)
            context["map"] = member_map.map_data()
            context["map_areas"] = member_map.areas({area: (county or self).title}, current=area)
            context["map_area_name"] = (county or self).title
            if directory is not None:
                context["map_area_url"] = f"{directory.get_url(request)}?{MemberIndexPage.AREA_PARAM}={area}"
        context["people_url"] = AuthoritiesPage.people_url_for(request)
        return context
