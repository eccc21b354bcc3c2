"""Demo content of the home app: the two home pages, the menu sections, site settings and the legal pages.

Facts come from ``shared/domain.md`` and the seed page; invented details are marked "dane przykładowe".
"""

import datetime

from wagtail.models import Page, Site

from .demo_files import make_pdf
from .models import (
    AssociationPage,
    HistoryEvent,
    HistoryPage,
    HomePage,
    OfficeFormField,
    OfficeHours,
    OfficePage,
    OfficeStaff,
    RecommendedLink,
    RegionPage,
    SiteSettings,
    StandardPage,
    StatutePage,
    WorkingGroup,
    WorkingGroupsPage,
)

SAMPLE = "(dane przykładowe)"

# The main menu, in the order of the association's real site: (slug, Polish title, English slug, English title, intro).
SECTIONS = [
    ("o-regionie", "O regionie", "region", "The region",
     "Subregion Zachodni Województwa Śląskiego: 28 gmin i powiatów, ponad 600 tysięcy mieszkańców."),
    ("zwiazek", "Związek", "association", "The association",
     "Stowarzyszenie gmin i powiatów Subregionu Zachodniego z siedzibą w Rybniku: statut, historia i działalność."),
    ("czlonkowie", "Członkowie", "members", "Members",
     "Gminy i powiaty, które tworzą Związek."),
    ("wladze", "Władze", "authorities", "Authorities",
     "Zgromadzenie Ogólne, Zarząd Związku i Komisja Rewizyjna."),
    ("uchwaly", "Uchwały", "resolutions", "Resolutions",
     "Rejestr uchwał organów Związku."),
    ("biuro", "Biuro", "office", "Office",
     "Biuro Związku: kontakt, godziny pracy i pracownicy."),
    ("projekty", "Projekty", "projects", "Projects",
     "Projekty realizowane przez Związek, także współfinansowane ze środków Unii Europejskiej."),
]

SECTION_TITLES_EN_INTRO = {
    "o-regionie": "The Western Subregion of the Silesian Voivodeship: 28 municipalities and counties, over 600,000 inhabitants.",
    "zwiazek": "The association of municipalities and counties of the Western Subregion, based in Rybnik: statute, history and activities.",
    "czlonkowie": "The municipalities and counties that make up the association.",
    "wladze": "The General Assembly, the Management Board and the Audit Committee.",
    "uchwaly": "The register of resolutions of the association's bodies.",
    "biuro": "The association's office: contact, opening hours and staff.",
    "projekty": "Projects run by the association, including those co-financed by the European Union.",
}


# Sections whose own page type lives in this app; the other sections switch type in their app's demo step.
SECTION_TYPES = {"o-regionie": RegionPage, "zwiazek": AssociationPage, "biuro": OfficePage}

# Sample official numbers with valid checksums (dane przykładowe); the first release used numbers that fail them.
SAMPLE_NIP = "6422889772"
SAMPLE_REGON = "276828386"
INVALID_OLD_SAMPLES = {"nip": "6422889750", "regon": "276828389"}
SAMPLE_IBAN = "PL78 1020 2498 0000 6102 0123 4567"  # dane przykładowe (valid mod-97 checksum)


def load(loader):
    home = _home_pages(loader)
    _site_settings(loader)
    for slug, title, slug_en, title_en, intro in SECTIONS:
        pl, en = {"title": title, "intro": intro}, {"title": title_en, "slug": slug_en, "intro": SECTION_TITLES_EN_INTRO[slug]}
        if slug == "o-regionie":
            pl.update(_region_content(loader))
            en.update(_region_content_en(loader))
        if slug == "biuro":
            pl.update(_office_content(loader))
            en.update(_office_content_en(loader))
        loader.ensure_pair(home, SECTION_TYPES.get(slug, StandardPage), slug, pl=pl, en=en, show_in_menus=True)
    _association_pages(loader)
    _legal_pages(loader, home)
    _link_office_to_rodo_clause(loader)


def _home_pages(loader):
    """The Polish home page as the site's root (replacing Wagtail's welcome page) and its English translation."""
    site = Site.objects.filter(is_default_site=True).first()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=loader.pl, depth=2).first()
    if home is None:
        loader.log("  creating the home page")
        home = HomePage(
            title="Związek Gmin i Powiatów Subregionu Zachodniego",
            slug="strona-glowna",
            locale=loader.pl,
            intro="<p>Witamy na portalu Związku Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego "
            "z siedzibą w Rybniku – wspólnoty 28 samorządów ziemi raciborskiej, rybnickiej i wodzisławskiej.</p>",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        loader.created += 1
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Subregion Zachodni")
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Subregion Zachodni"
        site.save()
        if old_root.specific_class is Page and old_root.depth == 2:
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    loader.ensure_translation(
        home,
        title="Association of Municipalities and Counties of the Western Subregion",
        slug="home",
        intro="<p>Welcome to the portal of the Association of Municipalities and Counties of the Western Subregion "
        "of the Silesian Voivodeship, based in Rybnik – a community of 28 local governments.</p>",
    )
    return home


def _site_settings(loader):
    """The association's identity and contact details; left alone once editors have saved them."""
    settings = SiteSettings.load()
    if settings.organisation_name:
        _replace_invalid_sample_numbers(loader, settings)
        return
    loader.log("  site settings: name, address, contact, Polecamy")
    settings.organisation_name = "Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku"
    settings.short_name = "Subregion Zachodni"
    settings.address = "ul. Rudzka 13C\n44-200 Rybnik"
    settings.phone = "+48 32 000 00 00"  # placeholder: no public number was found
    settings.email = "biuro@subregion.pl"
    settings.epuap = "/subregion/SkrytkaESP"  # dane przykładowe
    settings.nip = SAMPLE_NIP  # dane przykładowe (valid checksum)
    settings.regon = SAMPLE_REGON  # dane przykładowe (valid checksum)
    settings.bip_url = "https://bip.subregion.pl/"
    settings.footer_credits = "Projektowanie stron: Lioosys. Portal: oprogramowanie otwarte na Wagtail."
    settings.save()
    links = [
        ("Województwo Śląskie", "https://www.slaskie.pl/"),
        ("Fundusze Europejskie dla Śląskiego", "https://funduszeue.slaskie.pl/"),
        ("Regionalne Inwestycje Terytorialne", "https://rpo.subregion.pl/"),
        ("Biuletyn Informacji Publicznej Związku", "https://bip.subregion.pl/"),
    ]
    settings.recommended_links = [RecommendedLink(title=title, url=url, sort_order=order) for order, (title, url) in enumerate(links)]
    settings.save()  # a ParentalKey relation is written when its parent is saved


def _replace_invalid_sample_numbers(loader, settings):
    """Databases loaded before the checksum validators kept sample NIP/REGON numbers that fail them."""
    changed = False
    for field, invalid in INVALID_OLD_SAMPLES.items():
        if getattr(settings, field) == invalid:
            setattr(settings, field, {"nip": SAMPLE_NIP, "regon": SAMPLE_REGON}[field])
            changed = True
    if changed:
        loader.log("  site settings: sample NIP/REGON replaced by numbers with valid checksums")
        settings.save()


def _region_content(loader):
    """The editable text of "O regionie"; the figures under it are computed from the member directory."""
    return {
        "facts_note": "Liczba mieszkańców i powierzchnia: dane GUS, stan na 30.06.2009.",
        "body": [
            loader.heading("Położenie"),
            *loader.paragraphs(
                "Subregion Zachodni leży w południowo-zachodniej części województwa śląskiego, przy granicy z Czechami. "
                "Tworzą go trzy miasta na prawach powiatu – Rybnik, Jastrzębie-Zdrój i Żory – oraz powiaty raciborski, "
                "rybnicki i wodzisławski z ich gminami.",
                "To region dawnego przemysłu węglowego i energetyki, doliny Odry i jej dopływów, a zarazem ziemia o silnej "
                "tożsamości: raciborskiej, rybnickiej i wodzisławskiej.",
            ),
            loader.heading("Wspólne sprawy"),
            *loader.paragraphs(
                "Gminy i powiaty subregionu wspólnie planują inwestycje finansowane ze środków Unii Europejskiej: "
                "w latach 2014–2020 w ramach Regionalnych Inwestycji Terytorialnych (105,41 mln euro), "
                "a od 2021 roku w ramach Zintegrowanych Inwestycji Terytorialnych (165,7 mln euro).",
                "Najważniejsze wspólne cele to dobre połączenia drogowe (Droga Racibórz–Pszczyna, autostrada A1, "
                "Droga Główna Południowa), ochrona przeciwpowodziowa (zbiornik Racibórz Dolny), czyste powietrze "
                "i zintegrowany transport publiczny.",
            ),
        ],
    }


def _region_content_en(loader):
    return {
        "facts_note": "Population and area: Statistics Poland (GUS), as of 30 June 2009.",
        "body": [
            loader.heading("Location"),
            *loader.paragraphs(
                "The Western Subregion lies in the south-west of the Silesian Voivodeship, on the Czech border. "
                "It is made up of three cities with county rights – Rybnik, Jastrzębie-Zdrój and Żory – and the counties "
                "of Racibórz, Rybnik and Wodzisław with their municipalities.",
            ),
            loader.heading("Shared goals"),
            *loader.paragraphs(
                "The municipalities and counties plan EU-funded investments together: Regional Territorial Investments "
                "in 2014–2020 (EUR 105.41 million) and Integrated Territorial Investments since 2021 (EUR 165.7 million).",
            ),
        ],
    }


def _office_hours():
    """Mon–Fri 7:30–15:30 (placeholder hours), Saturday and Sunday closed."""
    rows = [OfficeHours(weekday=day, opens=datetime.time(7, 30), closes=datetime.time(15, 30), sort_order=day) for day in range(5)]
    return rows + [OfficeHours(weekday=day, closed=True, sort_order=day) for day in (5, 6)]


OFFICE_STAFF = [
    ("Grzegorz Wawoczny", "Dyrektor Biura", "Director of the Office", "+48 32 000 00 01", "biuro@subregion.pl"),
    ("Anna Przykładowa (dane przykładowe)", "Zastępca Dyrektora Biura", "Deputy Director", "+48 32 000 00 02", ""),
    ("Jan Przykładowy (dane przykładowe)", "Specjalista ds. ZIT", "ITI specialist", "+48 32 000 00 03", ""),
    ("Maria Przykładowa (dane przykładowe)", "Specjalista ds. finansowych", "Finance specialist", "+48 32 000 00 04", ""),
]

OFFICE_FORM_FIELDS = [
    # (Polish label, English label, field type, required)
    ("Imię i nazwisko", "Name", "singleline", True),
    ("Adres e-mail", "E-mail address", "email", True),
    ("Temat", "Subject", "singleline", False),
    ("Wiadomość", "Message", "multiline", True),
]


def _office_content(loader):
    """The office page: hours, staff, bank account (dane przykładowe), directions and the contact form."""
    return {
        "opening_hours": _office_hours(),
        "staff": [OfficeStaff(name=n, position=p, phone=t, email=e, sort_order=i) for i, (n, p, _p, t, e) in enumerate(OFFICE_STAFF)],
        "bank_name": "Bank Przykładowy S.A. (dane przykładowe)",
        "bank_account": SAMPLE_IBAN,
        "directions": (
            "<p>Biuro mieści się przy ul. Rudzkiej 13C w Rybniku. Z dworca PKP Rybnik i z placu Wolności "
            "dojedziesz autobusami komunikacji miejskiej w stronę ul. Rudzkiej (dane przykładowe).</p>"
            "<p>Przy budynku jest bezpłatny parking z miejscem dla osób z niepełnosprawnościami; wejście jest na poziomie chodnika.</p>"
        ),
        "form_intro": "<p>Napisz do nas w sprawach Związku, projektów i współpracy. Odpowiadamy zwykle w ciągu 7 dni roboczych.</p>",
        "rodo_summary": (
            "<p>Administratorem Twoich danych jest Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego "
            "z siedzibą w Rybniku. Dane przetwarzamy wyłącznie, aby odpowiedzieć na wiadomość, i przechowujemy przez 12 miesięcy.</p>"
        ),
        "thank_you_text": "<p>Dziękujemy! Wiadomość trafiła do Biura Związku; odpowiemy na podany adres e-mail.</p>",
        "to_address": "biuro@subregion.pl",
        "from_address": "portal@subregion.pl",
        "subject": "Wiadomość z formularza kontaktowego portalu",
        "form_fields": [
            OfficeFormField(label=pl, field_type=kind, required=required, sort_order=i)
            for i, (pl, _en, kind, required) in enumerate(OFFICE_FORM_FIELDS)
        ],
    }


def _link_office_to_rodo_clause(loader):
    """On a new database the clause page is created after the office: link it now (unless editors took over)."""
    office = loader.section("biuro")
    clause = loader.home.get_children().filter(slug="klauzula-informacyjna-rodo").first()
    if not isinstance(office, OfficePage) or clause is None:
        return
    for page, target in [(office, clause)] + [
        (translation.specific, clause.get_translation_or_none(translation.locale) or clause)
        for translation in office.get_translations()
    ]:
        if page.rodo_clause_page_id is None and loader._untouched_by_editors(page):
            page.rodo_clause_page = target
            page.save_revision().publish()


def _office_content_en(loader):
    return {
        "staff": [OfficeStaff(name=n, position=p, phone=t, email=e, sort_order=i) for i, (n, _p, p, t, e) in enumerate(OFFICE_STAFF)],
        "bank_name": "Sample Bank S.A. (sample data)",
        "directions": (
            "<p>The office is at ul. Rudzka 13C in Rybnik, reachable by city buses towards ul. Rudzka (sample data).</p>"
            "<p>Free parking next to the building, with a space for disabled drivers; step-free entrance.</p>"
        ),
        "form_intro": "<p>Write to us about the association, its projects and cooperation. We usually reply within 7 working days.</p>",
        "rodo_summary": (
            "<p>Your data is controlled by the association and used only to answer your message; we keep it for 12 months.</p>"
        ),
        "consent_label": "I agree to the processing of my personal data to answer my message.",
        "thank_you_text": "<p>Thank you! Your message has reached the association's office; we will reply by e-mail.</p>",
        "subject": "Message from the portal's contact form (English)",
        "form_fields": [
            OfficeFormField(label=en, field_type=kind, required=required, sort_order=i)
            for i, (_pl, en, kind, required) in enumerate(OFFICE_FORM_FIELDS)
        ],
    }


HISTORY_EVENTS = [
    ("sierpień 2000", "August 2000", "Początek rozmów o powołaniu Związku", "Talks on founding the association begin",
     "Samorządy ziemi raciborskiej, rybnickiej i wodzisławskiej rozpoczynają rozmowy o wspólnym stowarzyszeniu. "
     "Nazwa „z siedzibą w Rybniku” jest kompromisem, który zastąpił propozycję „aglomeracja rybnicka”.",
     "The local governments of the Racibórz, Rybnik and Wodzisław areas start talks on a joint association. "
     "The name “based in Rybnik” was a compromise that replaced “the Rybnik agglomeration”."),
    ("2001", "2001", "Ustalenie składek członkowskich", "Membership fees agreed",
     "Proponowane składki: od 4 do 16 tysięcy zł rocznie dla gmin, zależnie od liczby mieszkańców, i 8 tysięcy zł dla powiatów ziemskich.",
     "Proposed fees: 4 to 16 thousand zloty a year for municipalities, by population, and 8 thousand for counties."),
    ("2007–2013", "2007–2013", "Program Rozwoju Subregionu", "Subregion Development Programme",
     "Związek koordynuje subregionalny program, z którego członkowie otrzymują ponad 230 mln zł.",
     "The association coordinates a subregional programme worth over PLN 230 million to its members."),
    ("2014–2020", "2014–2020", "Regionalne Inwestycje Terytorialne", "Regional Territorial Investments",
     "Strategia RIT i alokacja 105,41 mln euro; 14 czerwca 2016 r. Zarząd powołuje Radę Konsultacyjną ds. RIT.",
     "The RIT strategy and an allocation of EUR 105.41 million; on 14 June 2016 the Board sets up the RIT Consultative Council."),
    ("6 czerwca 2017", "6 June 2017", "15-lecie Związku", "The association's 15th anniversary",
     "Jubileusz uczczono podczas Zgromadzenia Ogólnego w Brennej.",
     "Marked at the General Assembly in Brenna."),
    ("23 stycznia 2024", "23 January 2024", "Strategia Terytorialna na lata 2021–2027", "Territorial Strategy 2021–2027",
     "Nadzwyczajne Zgromadzenie Ogólne przyjmuje Strategię Terytorialną Subregionu Zachodniego; alokacja ZIT wynosi 165,7 mln euro.",
     "An extraordinary General Assembly adopts the subregion's Territorial Strategy; the ITI allocation is EUR 165.7 million."),
    ("21 maja 2024", "21 May 2024", "Nowe władze Związku", "New authorities",
     "Zgromadzenie Ogólne wybiera Zarząd Związku na kadencję 2024–2029.",
     "The General Assembly elects the Management Board for the 2024–2029 term."),
]

WORKING_GROUPS = [
    ("Zespół roboczy ds. RPO 2014–2020", "Working group on the Regional Operational Programme 2014–2020",
     "Przygotowanie i wybór projektów Regionalnych Inwestycji Terytorialnych.",
     "Preparing and selecting projects of the Regional Territorial Investments."),
    ("Zespół roboczy ds. niskiej emisji", "Working group on low emissions",
     "Wspólne działania na rzecz czystego powietrza, w tym program dopłat do pomp ciepła.",
     "Joint work for clean air, including the heat-pump subsidy programme."),
    ("Zespół roboczy ds. gospodarki odpadami", "Working group on waste management",
     "Współpraca gmin w gospodarce odpadami komunalnymi.", "Cooperation of municipalities on municipal waste."),
    ("Zespół roboczy ds. edukacji", "Working group on education",
     "Wymiana doświadczeń i wspólne projekty edukacyjne.", "Sharing experience and joint education projects."),
    ("Zespół roboczy ds. transportu publicznego", "Working group on public transport",
     "Zintegrowany system transportu publicznego w subregionie.", "An integrated public-transport system for the subregion."),
    ("Rada Konsultacyjna ds. RIT", "RIT Consultative Council",
     "Powołana uchwałą Zarządu z 14 czerwca 2016 r.; opiniuje realizację Regionalnych Inwestycji Terytorialnych.",
     "Appointed by a Board resolution of 14 June 2016; gives opinions on the Regional Territorial Investments."),
]


def _association_pages(loader):
    """Sub-pages of "Związek": statute (with its document), history (timeline), activities and working groups."""
    association = loader.section("zwiazek")
    if association is None or not isinstance(association, AssociationPage):
        return  # edited by a person as a plain page: leave it alone
    statute_pdf = loader.document(
        "Statut Związku (tekst przykładowy)",
        "statut-zwiazku.pdf",
        make_pdf(
            "Statut Związku Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku (dane przykładowe)",
            [
                "Rozdział I. Postanowienia ogólne. Związek jest stowarzyszeniem gmin i powiatów Subregionu Zachodniego "
                "Województwa Śląskiego. Siedzibą Związku jest miasto Rybnik.",
                "Rozdział II. Członkowie. Członkami rzeczywistymi są gminy i powiaty subregionu; przystąpienie wymaga uchwały "
                "rady gminy lub rady powiatu. Członkami wspierającymi mogą być osoby fizyczne i prawne opłacające składkę.",
                "Rozdział III. Organy Związku: Zgromadzenie Ogólne, Zarząd Związku i Komisja Rewizyjna.",
                "Ten plik jest tekstem przykładowym portalu demonstracyjnego, a nie urzędowym tekstem statutu.",
            ],
        ),
    )
    loader.ensure_pair(
        association, StatutePage, "statut",
        pl={"title": "Statut", "intro": "Statut Związku określa jego cele, członków, organy i zasady finansowania.",
            "document": statute_pdf,
            "body": loader.paragraphs(
                "Związek jest stowarzyszeniem gmin i powiatów Subregionu Zachodniego Województwa Śląskiego. "
                "Członkami rzeczywistymi są gminy i powiaty subregionu; przystąpienie wymaga uchwały rady gminy lub powiatu.",
                "Członkami wspierającymi mogą być osoby fizyczne i prawne opłacające składkę, a członkami honorowymi osoby szczególnie zasłużone.",
                "Organami Związku są Zgromadzenie Ogólne, Zarząd Związku i Komisja Rewizyjna.")},
        en={"title": "Statute", "slug": "statute", "intro": "The statute sets out the association's aims, members, bodies and funding.",
            "body": loader.paragraphs(
                "Full members are the municipalities and counties of the subregion; joining needs a resolution of the council.",
                "The association's bodies are the General Assembly, the Management Board and the Audit Committee.")},
    )
    loader.ensure_pair(
        association, HistoryPage, "historia",
        pl={"title": "Historia", "intro": "Od rozmów w sierpniu 2000 roku do Zintegrowanych Inwestycji Terytorialnych.",
            "events": [HistoryEvent(when=w, title=t, description=d, sort_order=i)
                       for i, (w, _w, t, _t, d, _d) in enumerate(HISTORY_EVENTS)]},
        en={"title": "History", "slug": "history", "intro": "From the first talks in August 2000 to Integrated Territorial Investments.",
            "events": [HistoryEvent(when=w, title=t, description=d, sort_order=i)
                       for i, (_w, w, _t, t, _d, d) in enumerate(HISTORY_EVENTS)]},
    )
    loader.ensure_pair(
        association, StandardPage, "dzialalnosc",
        pl={"title": "Działalność", "intro": "Wspólne inwestycje, opinie i stanowiska, projekty unijne i współpraca z organizacjami pozarządowymi.",
            "body": loader.paragraphs(
                "Związek zabiega o kluczowe inwestycje regionu: Drogę Racibórz–Pszczyna, autostradę A1, Drogę Główną Południową i zbiornik Racibórz Dolny.",
                "Wydaje opinie i stanowiska w sprawach ważnych dla subregionu, promuje turystykę (marka „Kraina Górnej Odry”) "
                "i prowadzi szkolenia dla pracowników samorządów.",
                "Realizuje projekty unijne i współpracuje z organizacjami pozarządowymi, m.in. z Forum Organizacji Pozarządowych Subregionu Zachodniego.")},
        en={"title": "Activities", "slug": "activities", "intro": "Joint investments, opinions, EU projects and cooperation with NGOs.",
            "body": loader.paragraphs(
                "The association lobbies for the region's key investments: the Racibórz–Pszczyna road, the A1 motorway and the Racibórz Dolny flood reservoir.",
                "It runs EU projects and works with NGOs, including the NGO Forum of the Western Subregion.")},
    )
    loader.ensure_pair(
        association, WorkingGroupsPage, "zespoly-robocze",
        pl={"title": "Zespoły robocze", "intro": "Zespoły powołane uchwałami Zarządu Związku do wspólnej pracy nad sprawami subregionu.",
            "groups": [WorkingGroup(name=n, scope=s, sort_order=i) for i, (n, _n, s, _s) in enumerate(WORKING_GROUPS)],
            "body": loader.paragraphs("Pracami zespołów kieruje lider wybrany spośród członków zespołu; prace koordynuje Dyrektor Biura Związku.")},
        en={"title": "Working groups", "slug": "working-groups", "intro": "Groups set up by the Management Board to work together on the subregion's matters.",
            "groups": [WorkingGroup(name=n, scope=s, sort_order=i) for i, (_n, n, _s, s) in enumerate(WORKING_GROUPS)],
            "body": loader.paragraphs("Each group is led by a leader chosen from its members; the Director of the Office coordinates their work.")},
    )


def _legal_pages(loader, home):
    """Pages every public body must have: the accessibility statement, privacy policy and the RODO clause."""
    accessibility = loader.ensure_pair(
        home, StandardPage, "deklaracja-dostepnosci",
        pl={"title": "Deklaracja dostępności", "intro": (
                "Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku zobowiązuje się "
                "zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności "
                "cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych."),
            "body": [
                loader.heading("Daty"),
                *loader.paragraphs(
                    "Data publikacji strony internetowej: 2024-01-01. Data ostatniej istotnej aktualizacji: 2026-11-27.",
                ),
                loader.heading("Status pod względem zgodności z ustawą"),
                *loader.paragraphs(
                    "Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej z powodu niezgodności lub wyłączeń wymienionych poniżej.",
                    "Treści niedostępne: część archiwalnych dokumentów PDF to skany bez warstwy tekstowej. "
                    "Wyłączenia: dokumenty opublikowane przed 23 września 2018 r., które nie są niezbędne do realizacji bieżących zadań.",
                ),
                loader.heading("Przygotowanie deklaracji"),
                *loader.paragraphs(
                    "Deklarację sporządzono dnia 2024-01-01 na podstawie samooceny. Data ostatniego przeglądu deklaracji: 2026-11-27.",
                    "Na stronie można powiększyć czcionkę i włączyć wysoki kontrast (przyciski „Czcionki” i „Kontrast” w nagłówku), "
                    "a odnośnik „Przejdź do treści” pozwala pominąć menu.",
                ),
                loader.heading("Informacje zwrotne i dane kontaktowe"),
                *loader.paragraphs(
                    "Za rozpatrywanie uwag i wniosków odpowiada Koordynator ds. dostępności, e-mail biuro@subregion.pl, tel. +48 32 000 00 00 (dane przykładowe).",
                ),
                loader.heading("Procedura wnioskowo-skargowa"),
                *loader.paragraphs(
                    "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony lub jej elementu albo zapewnienia dostępu alternatywnego. "
                    "Żądanie zawiera dane osoby zgłaszającej, wskazanie strony lub elementu oraz sposób kontaktu.",
                    "Związek realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni; jeśli to niemożliwe, informuje o terminie, "
                    "nie dłuższym niż 2 miesiące. Po odmowie można złożyć skargę, a następnie wniosek do Rzecznika Praw Obywatelskich.",
                ),
                loader.heading("Dostępność architektoniczna"),
                *loader.paragraphs(
                    "Biuro Związku mieści się przy ul. Rudzkiej 13C w Rybniku. Do budynku można wejść z psem asystującym; "
                    "na miejscu można skorzystać z tłumacza polskiego języka migowego po wcześniejszym zgłoszeniu (dane przykładowe).",
                ),
            ]},
        en={"title": "Accessibility statement", "slug": "accessibility-statement",
            "intro": "The association is committed to making its website accessible under the Polish Act of 4 April 2019 on digital accessibility."},
    )
    privacy = loader.ensure_pair(
        home, StandardPage, "polityka-prywatnosci",
        pl={"title": "Polityka prywatności", "intro": "Jak portal przetwarza dane osobowe i jakich plików cookie używa.",
            "body": loader.paragraphs(
                "Portal nie używa plików cookie do śledzenia ani analityki. Zapamiętuje w przeglądarce tylko wybrany rozmiar czcionki i kontrast.",
                "Dane podane w formularzach są przetwarzane wyłącznie w celu, o którym informuje klauzula przy formularzu.",
                "Administratorem danych jest Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku, ul. Rudzka 13C, 44-200 Rybnik.")},
        en={"title": "Privacy policy", "slug": "privacy-policy", "intro": "How the portal processes personal data and which cookies it uses."},
    )
    loader.ensure_pair(
        home, StandardPage, "klauzula-informacyjna-rodo",
        pl={"title": "Klauzula informacyjna RODO", "intro": "Informacja o przetwarzaniu danych osobowych podanych w formularzach portalu (art. 13 RODO).",
            "body": loader.paragraphs(
                "Administratorem danych osobowych jest Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku, "
                "ul. Rudzka 13C, 44-200 Rybnik, e-mail biuro@subregion.pl.",
                "Kontakt z inspektorem ochrony danych: iod@subregion.pl (dane przykładowe).",
                "Dane przetwarzamy w celu obsługi zgłoszenia (rekrutacji do projektu lub kontaktu z Biurem) na podstawie zgody (art. 6 ust. 1 lit. a RODO), "
                "a w projektach współfinansowanych ze środków UE także na podstawie przepisów o realizacji programów operacyjnych (art. 6 ust. 1 lit. c RODO). "
                "W projektach PO KL administratorem danych uczestników był minister właściwy do spraw rozwoju regionalnego, a Związek przetwarzał je jako podmiot przetwarzający.",
                "Odbiorcami danych mogą być instytucje pośredniczące i kontrolne programu. Dane nie są przekazywane do państw trzecich.",
                "Dane przechowujemy przez okres realizacji i trwałości projektu oraz archiwizacji dokumentacji, a dane z formularza kontaktowego przez 12 miesięcy.",
                "Masz prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, wniesienia sprzeciwu i przenoszenia danych, "
                "a także prawo do cofnięcia zgody w dowolnym momencie bez wpływu na zgodność z prawem przetwarzania przed jej cofnięciem.",
                "Przysługuje Ci prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
                "Podanie danych jest dobrowolne, ale niezbędne do rozpatrzenia zgłoszenia. Dane nie służą do zautomatyzowanego podejmowania decyzji ani profilowania.")},
        en={"title": "Personal data notice (GDPR)", "slug": "gdpr-notice",
            "intro": "How personal data given in the portal's forms is processed (Article 13 GDPR)."},
    )
    settings = SiteSettings.load()
    if settings.accessibility_page_id is None or settings.privacy_page_id is None:
        settings.accessibility_page = settings.accessibility_page or accessibility
        settings.privacy_page = settings.privacy_page or privacy
        settings.save()
