"""Demo content of the resolutions register: the register page, 16 resolutions of the association's bodies
(plus ZO 2/2019, which ZO 3/2024 repeals), each with a generated PDF with a real text layer, relations and the
BIP metadata; the groups' rights on the register and the approval workflow.

Some numbers and dates are sample data ("dane przykładowe"), as the register's introduction says.
"""

import datetime

from django.utils import translation

from core.demo.files import make_pdf
from core.models import SiteSettings
from core.formatting import long_date

from .enums import FIRST_CHANGE_NOTE, RelationKind
from .models import ResolutionIndexPage, ResolutionPage, ResolutionRelation
from .permissions import ensure_register_permissions
from .signals import refresh_relation_dates

ZO, ZARZAD, KR = "zgromadzenie-ogolne", "zarzad", "komisja-rewizyjna"

# (number, body slug, adoption date, Polish subject, English subject, extra fields)
RESOLUTIONS = [
    ("2/2019", ZO, "2019-05-28", "w sprawie wyboru członków Zarządu Związku na kadencję 2019–2024",
     "on the election of the members of the Management Board for the 2019–2024 term", {}),
    ("5/2013", ZO, "2013-11-28", "w sprawie przyjęcia planu finansowego Związku na 2014 rok",
     "on the adoption of the association's financial plan for 2014", {"expires_on": "2014-12-31"}),
    ("6/2013", ZO, "2013-11-28", "w sprawie uchwalenia ramowego planu działalności Związku na 2014 rok",
     "on the adoption of the framework plan of the association's activities for 2014", {"expires_on": "2014-12-31"}),
    ("7/2013", ZO, "2013-11-28", "w sprawie ustalenia wysokości składki członkowskiej na 2014 rok",
     "on setting the membership fee for 2014", {"expires_on": "2014-12-31"}),
    ("14/2013", ZARZAD, "2013-10-15",
     ("w sprawie przystąpienia do realizacji projektu „Międzysektorowa współpraca czyli wspólnota samorządowa "
      "w innym wymiarze” w partnerstwie z Forum Organizacji Pozarządowych Subregionu Zachodniego"),
     ("on joining the project “Cross-sector cooperation: local government community in another dimension” "
      "in partnership with the Forum of NGOs of the Western Subregion"), {"status_override": "wykonana"}),
    ("1/2014", ZARZAD, "2014-01-09",
     "w sprawie przesunięć środków finansowych w strukturze zadań planu finansowego na 2014 rok",
     "on transfers of funds between the tasks of the financial plan for 2014",
     {"session": "Posiedzenie Zarządu Związku w dniu 9 stycznia 2014 r."}),
    ("2/2014", ZARZAD, "2014-01-09", "w sprawie zwołania Zgromadzenia Ogólnego Związku",
     "on convening the General Assembly of the association",
     {"status_override": "wykonana", "session": "Posiedzenie Zarządu Związku w dniu 9 stycznia 2014 r."}),
    ("1/2014", ZO, "2014-05-27", "w sprawie przyjęcia sprawozdania z działalności Związku za 2013 rok",
     "on accepting the report on the association's activities in 2013", {}),
    ("2/2014", ZO, "2014-05-27", "w sprawie udzielenia absolutorium Zarządowi Związku za 2013 rok",
     "on granting the Management Board discharge for 2013", {}),
    ("3/2014", ZO, "2014-05-27", "w sprawie zmiany planu finansowego Związku na 2014 rok",
     "on amending the association's financial plan for 2014", {}),
    ("9/2016", ZARZAD, "2016-06-14",
     "w sprawie powołania Rady Konsultacyjnej ds. Regionalnych Inwestycji Terytorialnych",
     "on appointing the Consultative Council for Regional Territorial Investments", {}),
    ("10/2016", ZARZAD, "2016-09-20",
     "w sprawie zmiany uchwały nr 9/2016 w sprawie powołania Rady Konsultacyjnej ds. RIT",
     "amending resolution No. 9/2016 on appointing the Consultative Council for RIT", {}),
    ("4/2017", ZO, "2017-06-06",
     ("w sprawie poparcia apelu przedstawicieli środowisk samorządowych dotyczącego obrony samorządności "
      "terytorialnej w Polsce oraz przyjęcia Karty Samorządności"),
     ("on supporting the appeal of local government representatives for the defence of territorial "
      "self-government in Poland and adopting the Self-Government Charter"), {}),
    ("1/2024", ZO, "2024-01-23",
     "w sprawie przyjęcia Strategii Terytorialnej Subregionu Zachodniego Województwa Śląskiego na lata 2021-2027",
     "on adopting the Territorial Strategy of the Western Subregion of the Silesian Voivodeship for 2021-2027",
     {"session": "Nadzwyczajne Zgromadzenie Ogólne w dniu 23 stycznia 2024 r."}),
    ("3/2024", ZO, "2024-05-21", "w sprawie wyboru członków Zarządu Związku na kadencję 2024–2029",
     "on the election of the members of the Management Board for the 2024–2029 term",
     {"session": "Nadzwyczajne Zgromadzenie Ogólne w dniu 21 maja 2024 r., Galeria Sztuka Rzeczna, Rybnik"}),
    ("4/2024", ZO, "2024-05-21", "w sprawie wyboru członków Komisji Rewizyjnej Związku",
     "on the election of the members of the Audit Committee",
     {"session": "Nadzwyczajne Zgromadzenie Ogólne w dniu 21 maja 2024 r., Galeria Sztuka Rzeczna, Rybnik"}),
    ("1/2014", KR, "2014-05-12",
     "w sprawie oceny wykonania planu finansowego za 2013 rok i wniosku w sprawie absolutorium",
     "on assessing the execution of the financial plan for 2013 and the motion for discharge", {}),
]

# (source, kind, target), numbers as (body slug, number)
RELATIONS = [
    ((ZO, "3/2014"), RelationKind.AMENDS, (ZO, "5/2013")),
    ((ZARZAD, "10/2016"), RelationKind.AMENDS, (ZARZAD, "9/2016")),
    ((ZO, "3/2024"), RelationKind.REPEALS, (ZO, "2/2019")),
]

LEGAL_BASIS = {
    ZO: "§ 14 Statutu Związku Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku",
    ZARZAD: "§ 21 Statutu Związku Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku",
    KR: "§ 25 Statutu Związku Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku",
}
FILE_SUFFIX = {ZO: "ZO", ZARZAD: "Zarzadu", KR: "KR"}


def load(loader):
    from members.models import StatutoryBody

    index = loader.ensure_pair(
        loader.home, ResolutionIndexPage, "uchwaly",
        pl={"title": "Uchwały", "intro": "<p>Rejestr uchwał Zgromadzenia Ogólnego, Zarządu Związku i Komisji "
            "Rewizyjnej. Numery i daty części uchwał to dane przykładowe.</p>"},
        en={"title": "Resolutions", "slug": "resolutions",
            "intro": "<p>The register of resolutions of the General Assembly, the Management Board and the "
            "Audit Committee. Some numbers and dates are sample data.</p>"},
        show_in_menus=True,
    )
    for page in [index, *index.get_translations()]:
        ensure_register_permissions(page)
    settings = SiteSettings.load()
    if settings.resolutions_page_id is None:
        settings.resolutions_page = index
        settings.save(update_fields=["resolutions_page"])
    bodies = {body.slug: body for body in StatutoryBody.objects.filter(locale=loader.pl)}
    collection = loader.collection("Uchwały")
    pages = {}
    created = 0
    for number, body_slug, adopted, title, _title_en, extra in RESOLUTIONS:
        body = bodies[body_slug]
        seq, year = (int(part) for part in number.split("/"))
        slug = f"{body_slug}-{year}-{seq}"
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            pages[(body_slug, number)] = existing.specific
            continue
        heading = f"Uchwała nr {number} {body.name_genitive or body.name} z dnia {_polish_date(adopted)}"
        pdf = make_pdf(heading, [
            title[0].upper() + title[1:] + ".",
            f"Na podstawie {LEGAL_BASIS[body_slug]} {body.name} uchwala, co następuje:",
            f"§ 1. Postanawia się podjąć rozstrzygnięcie {title}.",
            "§ 2. Wykonanie uchwały powierza się Dyrektorowi Biura Związku.",
            "§ 3. Uchwała wchodzi w życie z dniem podjęcia.",
            "(dane przykładowe)",
        ])
        filename = f"Uchwala_nr_{seq}_{year}_{FILE_SUFFIX[body_slug]}.pdf"
        document = loader.document(f"Uchwała nr {number} – {body.name}", filename, pdf, collection=collection)
        fields = {
            "title": title,
            "number": number,
            "body": body,
            "adopted_on": datetime.date.fromisoformat(adopted),
            "legal_basis": LEGAL_BASIS[body_slug],
            "summary": f"<p>{body.name} postanawia podjąć uchwałę {title}. Pełna treść w dokumencie PDF (dane przykładowe).</p>",
            "document": document,
            "produced_by": "Dyrektor Biura Związku",
            "responsible": "Dyrektor Biura Związku",
            "entered_by": "redaktor BIP",
            "change_note": FIRST_CHANGE_NOTE,
        }
        for name, value in extra.items():
            fields[name] = datetime.date.fromisoformat(value) if name.endswith("_on") else value
        fields["relations"] = [  # targets come earlier in RESOLUTIONS, so they exist already
            ResolutionRelation(kind=kind, target=pages[target])
            for source, kind, target in RELATIONS if source == (body_slug, number)
        ]
        page = loader.ensure_page(index, ResolutionPage, slug, **fields)
        pages[(body_slug, number)] = page
        created += 1
    english = {(body_slug, number): title_en for number, body_slug, _, _, title_en, _ in RESOLUTIONS}
    for key, page in pages.items():
        loader.ensure_translation(page, title=english[key])
    refresh_relation_dates()
    loader.log(f"  resolutions: {created} created, {len(pages)} in the register")


def _polish_date(iso):
    """"9 stycznia 2014 r.", for the headings of the generated PDFs."""
    with translation.override("pl"):
        return long_date(datetime.date.fromisoformat(iso))
