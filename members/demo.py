"""Demo content of the members app: the 28 members, the directory and the authorities section with its terms.

Only published facts are given as facts: names, types and counties of the 28 members; the GUS figures of
30.06.2009 for the 3 cities, the 3 powiaty and 5 towns; heads and offices where a public source names them;
both terms of the Zarząd and the Komisja Rewizyjna 2024. Everything else is invented, and the page says so
("dane przykładowe"), so nobody takes a placeholder for the association's data. A head who also sits in the
bodies is linked to the Person record (``MemberPage.head_person``), so the name is kept once; the others keep
the typed ``head_name``. No coat of arms is generated: a drawn stand-in would pretend to be the real arms, so
the pages show none until editors upload the real ones.
"""

import datetime
from decimal import Decimal

from core.demo.snippets import ensure_snippet_translation

from .enums import HeadTitle, MapArea, MemberType, Role
from .models import AuthoritiesPage, MemberIndexPage, MemberPage, Membership, Person, StatutoryBody, Term

GUS_2009 = (datetime.date(2009, 6, 30), "GUS, stan na 30.06.2009 (za: Wikipedia, „Rybnik Coal Region”)")
SAMPLE_SOURCE = "dane przykładowe"

C, P, M, MW, W = (MemberType.CITY_COUNTY, MemberType.POWIAT, MemberType.URBAN, MemberType.URBAN_RURAL, MemberType.RURAL)
PREZ, BURM, WOJT, STAR = HeadTitle.PRESIDENT, HeadTitle.MAYOR, HeadTitle.WOJT, HeadTitle.STAROSTA

# slug, title, official name, type, county slug, head title, head name (verified only), office, address,
# website (verified only), population, area, verified figures?, English title (if different)
MEMBERS = [
    ("rybnik", "Rybnik", "Miasto Rybnik", C, None, PREZ, "Piotr Kuczera", "Urząd Miasta Rybnika", "", "",
     141387, "148.36", True, None),
    ("jastrzebie-zdroj", "Jastrzębie-Zdrój", "Miasto Jastrzębie-Zdrój", C, None, PREZ, "Michał Urgoł",
     "Urząd Miasta Jastrzębie-Zdrój", "Al. J. Piłsudskiego 60\n44-335 Jastrzębie-Zdrój", "", 93455, "88.62", True, None),
    ("zory", "Żory", "Miasto Żory", C, None, PREZ, "Waldemar Socha", "Urząd Miasta Żory", "", "",
     61982, "64.59", True, None),
    ("powiat-raciborski", "Powiat raciborski", "Powiat Raciborski", P, None, STAR, "Grzegorz Swoboda",
     "Starostwo Powiatowe w Raciborzu", "", "", 110557, "543.98", True, "Racibórz County"),
    ("powiat-rybnicki", "Powiat rybnicki", "Powiat Rybnicki", P, None, STAR, "Damian Mrowiec",
     "Starostwo Powiatowe w Rybniku", "", "https://starostwo.rybnik.pl/", 74331, "224.63", True, "Rybnik County"),
    ("powiat-wodzislawski", "Powiat wodzisławski", "Powiat Wodzisławski", P, None, STAR, "Leszek Bizoń",
     "Starostwo Powiatowe w Wodzisławiu Śląskim", "", "https://www.powiatwodzislawski.pl/", 155733, "286.92", True,
     "Wodzisław County"),
    # powiat raciborski
    ("raciborz", "Racibórz", "Miasto Racibórz", M, "powiat-raciborski", PREZ, "Jacek Wojciechowicz",
     "Urząd Miasta Racibórz", "", "", 56675, "74.96", True, None),
    ("kuznia-raciborska", "Kuźnia Raciborska", "Gmina Kuźnia Raciborska", MW, "powiat-raciborski", BURM, "", "", "", "",
     12100, "123.50", False, None),
    ("krzanowice", "Krzanowice", "Gmina Krzanowice", MW, "powiat-raciborski", BURM, "", "", "", "",
     5900, "38.20", False, None),
    ("krzyzanowice", "Krzyżanowice", "Gmina Krzyżanowice", W, "powiat-raciborski", WOJT, "", "", "", "",
     11400, "70.10", False, None),
    ("kornowac", "Kornowac", "Gmina Kornowac", W, "powiat-raciborski", WOJT, "Grzegorz Niestrój", "Urząd Gminy Kornowac",
     "", "", 5100, "18.60", False, None),
    ("nedza", "Nędza", "Gmina Nędza", W, "powiat-raciborski", WOJT, "", "", "", "", 7300, "60.20", False, None),
    ("pietrowice-wielkie", "Pietrowice Wielkie", "Gmina Pietrowice Wielkie", W, "powiat-raciborski", WOJT, "", "", "", "",
     7000, "68.30", False, None),
    ("rudnik", "Rudnik", "Gmina Rudnik", W, "powiat-raciborski", WOJT, "Piotr Rybka", "Urząd Gminy Rudnik", "", "",
     5100, "80.90", False, None),
    # powiat rybnicki
    ("czerwionka-leszczyny", "Czerwionka-Leszczyny", "Gmina i Miasto Czerwionka-Leszczyny", MW, "powiat-rybnicki", BURM,
     "Wiesław Janiszewski", "Urząd Gminy i Miasta Czerwionka-Leszczyny", "ul. Parkowa 9\n44-230 Czerwionka-Leszczyny", "",
     41000, "114.50", False, None),
    ("gaszowice", "Gaszowice", "Gmina Gaszowice", W, "powiat-rybnicki", WOJT, "Paweł Bugdol", "Urząd Gminy Gaszowice",
     "ul. Rydułtowska 2\n44-293 Gaszowice", "", 9300, "22.70", False, None),
    ("jejkowice", "Jejkowice", "Gmina Jejkowice", W, "powiat-rybnicki", WOJT, "Marek Bąk", "Urząd Gminy Jejkowice", "", "",
     3900, "7.90", False, None),
    ("lyski", "Lyski", "Gmina Lyski", W, "powiat-rybnicki", WOJT, "", "", "", "", 9500, "57.30", False, None),
    ("swierklany", "Świerklany", "Gmina Świerklany", W, "powiat-rybnicki", WOJT, "", "", "", "", 11800, "20.80", False, None),
    # powiat wodzisławski
    ("wodzislaw-slaski", "Wodzisław Śląski", "Miasto Wodzisław Śląski", M, "powiat-wodzislawski", PREZ, "Mieczysław Kieca",
     "Urząd Miasta Wodzisławia Śląskiego", "", "", 49386, "49.62", True, None),
    ("pszow", "Pszów", "Miasto Pszów", M, "powiat-wodzislawski", BURM, "", "", "", "", 13753, "20.42", True, None),
    ("radlin", "Radlin", "Miasto Radlin", M, "powiat-wodzislawski", BURM, "", "", "", "", 17673, "12.53", True, None),
    ("rydultowy", "Rydułtowy", "Miasto Rydułtowy", M, "powiat-wodzislawski", BURM, "", "", "", "", 21833, "14.95", True, None),
    ("godow", "Godów", "Gmina Godów", W, "powiat-wodzislawski", WOJT, "Mariusz Adamczyk", "Urząd Gminy Godów",
     "ul. 1 Maja 53\n44-340 Godów", "", 13400, "37.40", False, None),
    ("gorzyce", "Gorzyce", "Gmina Gorzyce", W, "powiat-wodzislawski", WOJT, "Daniel Jakubczyk", "Urząd Gminy Gorzyce",
     "ul. Kościelna 15\n44-350 Gorzyce", "", 20200, "65.30", False, None),
    ("lubomia", "Lubomia", "Gmina Lubomia", W, "powiat-wodzislawski", WOJT, "Czesław Burek", "Urząd Gminy Lubomia", "", "",
     7700, "47.60", False, None),
    ("marklowice", "Marklowice", "Gmina Marklowice", W, "powiat-wodzislawski", WOJT, "", "", "", "", 5300, "13.10", False, None),
    ("mszana", "Mszana", "Gmina Mszana", W, "powiat-wodzislawski", WOJT, "", "", "", "", 7300, "21.20", False, None),
]

# last name → (first name, public office, public office in English, slug of the member represented)
PEOPLE = {
    "Kuczera": ("Piotr", "Prezydent Miasta Rybnika", "Mayor of Rybnik", "rybnik"),
    "Kieca": ("Mieczysław", "Prezydent Miasta Wodzisławia Śląskiego", "Mayor of Wodzisław Śląski", "wodzislaw-slaski"),
    "Hetman": ("Anna", "Prezydent Miasta Jastrzębie-Zdrój", "Mayor of Jastrzębie-Zdrój", "jastrzebie-zdroj"),
    "Urgoł": ("Michał", "Prezydent Miasta Jastrzębie-Zdrój", "Mayor of Jastrzębie-Zdrój", "jastrzebie-zdroj"),
    "Niestrój": ("Grzegorz", "Wójt Gminy Kornowac", "Head of Kornowac Municipality", "kornowac"),
    "Adamczyk": ("Mariusz", "Wójt Gminy Godów", "Head of Godów Municipality", "godow"),
    "Mrowiec": ("Damian", "Starosta Rybnicki", "Starost of Rybnik County", "powiat-rybnicki"),
    "Socha": ("Waldemar", "Prezydent Miasta Żory", "Mayor of Żory", "zory"),
    "Janiszewski": ("Wiesław", "Burmistrz Gminy i Miasta Czerwionka-Leszczyny", "Mayor of Czerwionka-Leszczyny",
                    "czerwionka-leszczyny"),
    "Bizoń": ("Leszek", "Starosta Wodzisławski", "Starost of Wodzisław County", "powiat-wodzislawski"),
    "Swoboda": ("Grzegorz", "Starosta Raciborski", "Starost of Racibórz County", "powiat-raciborski"),
    "Polowy": ("Dariusz", "Prezydent Miasta Racibórz", "Mayor of Racibórz", "raciborz"),
    "Wojciechowicz": ("Jacek", "Prezydent Miasta Racibórz", "Mayor of Racibórz", "raciborz"),
    "Bąk": ("Marek", "Wójt Gminy Jejkowice", "Head of Jejkowice Municipality", "jejkowice"),
    "Rybka": ("Piotr", "Wójt Gminy Rudnik", "Head of Rudnik Municipality", "rudnik"),
    "Burek": ("Czesław", "Wójt Gminy Lubomia", "Head of Lubomia Municipality", "lubomia"),
}

NEW_TERM = datetime.date(2024, 5, 21)  # Nadzwyczajne Zgromadzenie Ogólne, Galeria Sztuka Rzeczna, Rybnik
# The two chairs swap roles after two years; which of them chairs first is not published, so those rows say
# "dane przykładowe".
SWAP = datetime.date(2026, 5, 21)

# body slug, start, end, description (pl, en), rows: (last name, role, start, end, note)
TERMS = [
    ("zarzad", datetime.date(2019, 5, 28), NEW_TERM,
     ("Skład według strony Związku; dzień wyboru: dane przykładowe.",
      "Composition as published by the association; election day: sample data."),
     [("Kuczera", Role.CHAIR, None, None, ""), ("Kieca", Role.DEPUTY, None, None, "")]
     + [(name, Role.MEMBER, None, None, "") for name in (
         "Hetman", "Niestrój", "Adamczyk", "Mrowiec", "Socha", "Janiszewski", "Bizoń", "Swoboda", "Polowy")]),
    ("zarzad", NEW_TERM, None,
     ("Wybrany przez Nadzwyczajne Zgromadzenie Ogólne 21 maja 2024 r. w Galerii Sztuka Rzeczna w Rybniku. "
      "Przewodniczący i jego Zastępca zamieniają się funkcjami po dwóch latach.",
      "Elected by the Extraordinary General Assembly on 21 May 2024 in Rybnik. "
      "The Chair and the Deputy Chair swap roles after two years."),
     [("Bizoń", Role.CHAIR, NEW_TERM, SWAP - datetime.timedelta(days=1), "kolejność zamiany: dane przykładowe"),
      ("Kuczera", Role.DEPUTY, NEW_TERM, SWAP - datetime.timedelta(days=1), "kolejność zamiany: dane przykładowe"),
      ("Kuczera", Role.CHAIR, SWAP, None, "zamiana funkcji po dwóch latach"),
      ("Bizoń", Role.DEPUTY, SWAP, None, "zamiana funkcji po dwóch latach")]
     + [(name, Role.MEMBER, None, None, "") for name in (
         "Janiszewski", "Adamczyk", "Niestrój", "Urgoł", "Wojciechowicz", "Kieca", "Socha", "Swoboda", "Mrowiec")]),
    ("komisja-rewizyjna", NEW_TERM, None,
     ("Wybrana przez Nadzwyczajne Zgromadzenie Ogólne 21 maja 2024 r.", "Elected by the Extraordinary General Assembly on 21 May 2024."),
     [(name, Role.MEMBER, None, None, "") for name in ("Bąk", "Rybka", "Burek")]),
]

BODY_TEXTS = {
    "zgromadzenie-ogolne": {
        "competences": "<p>Najwyższa władza Związku. Uchwala co najmniej:</p><ul><li>plan działalności,</li>"
        "<li>plan finansowy,</li><li>sprawozdania z wykonania planu finansowego,</li>"
        "<li>absolutorium dla Zarządu.</li></ul><p>Wybiera Zarząd Związku i Komisję Rewizyjną. Obraduje na sesjach "
        "zwyczajnych i nadzwyczajnych.</p>",
        "competences_en": "<p>The highest authority of the association. By resolution it adopts at least:</p><ul>"
        "<li>the plan of activities,</li><li>the financial plan,</li><li>the reports on the financial plan,</li>"
        "<li>the discharge (absolutorium) of the Management Board.</li></ul><p>It elects the Management Board and the "
        "Audit Committee. It meets in ordinary and extraordinary sessions.</p>",
        "composition_note": "Wszyscy członkowie rzeczywiści Związku: 28 gmin i powiatów Subregionu Zachodniego.",
        "composition_note_en": "All full members of the association: the 28 municipalities and counties of the Western Subregion.",
    },
    "zarzad": {
        "competences": "<p>Kieruje działalnością Związku między Zgromadzeniami. Liczy od 8 do 11 członków wybieranych "
        "przez Zgromadzenie Ogólne w głosowaniu tajnym zwykłą większością głosów; w Zarządzie zasiada co najmniej "
        "jeden przedstawiciel powiatów ziemskich.</p><p>Zgromadzenie wybiera dwóch Przewodniczących, którzy po "
        "dwóch latach zamieniają się funkcjami (Przewodniczący i Zastępca Przewodniczącego).</p>",
        "competences_en": "<p>Runs the association between General Assemblies. It has 8 to 11 members elected by the "
        "General Assembly by secret ballot and simple majority, including at least one representative of the "
        "rural counties.</p><p>The Assembly elects two chairs who swap roles (Chair and Deputy Chair) after two years.</p>",
    },
    "komisja-rewizyjna": {
        "competences": "<p>Kontroluje działalność Związku, ocenia wykonanie planu finansowego i występuje do "
        "Zgromadzenia Ogólnego z wnioskiem w sprawie absolutorium dla Zarządu.</p>",
        "competences_en": "<p>Audits the association's activities, assesses the execution of the financial plan and "
        "files the motion on the Management Board's discharge with the General Assembly.</p>",
    },
}


def load(loader):
    index = loader.ensure_pair(
        loader.home, MemberIndexPage, "czlonkowie",
        pl={"title": "Członkowie", "intro": "Gminy i powiaty, które tworzą Związek: 3 miasta na prawach powiatu, "
            "3 powiaty i 22 gminy ziemi raciborskiej, rybnickiej i wodzisławskiej."},
        en={"title": "Members", "slug": "members", "intro": "The municipalities and counties that make up the "
            "association: 3 cities with county rights, 3 counties and 22 municipalities."},
        show_in_menus=True,
    )
    loader.ensure_pair(
        loader.home, AuthoritiesPage, "wladze",
        pl={"title": "Władze", "intro": "Zgromadzenie Ogólne, Zarząd Związku i Komisja Rewizyjna: kompetencje, "
            "bieżące kadencje i skład."},
        en={"title": "Authorities", "slug": "authorities", "intro": "The General Assembly, the Management Board "
            "and the Audit Committee: competences, current terms and composition."},
        show_in_menus=True,
    )
    members = _members(loader, index)
    _bodies(loader)
    _terms(loader, members)


def _members(loader, index):
    loader.log("  members: 28 gminy and powiaty")
    pages = {}
    for row in MEMBERS:
        (slug, title, official, kind, county, head_title, head_name, office, address, website,
         population, area, verified, title_en) = row
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            pages[slug] = existing.specific
            continue
        figures_date, source = GUS_2009 if verified else (None, SAMPLE_SOURCE)
        contact, sample_fields = _sample_contact(slug, title, kind, office, address, website, verified)
        head_person = _head_person(loader, head_name)
        page = loader.ensure_page(
            index, MemberPage, slug,
            title=title, official_name=official, member_type=kind, county=pages.get(county),
            map_area=slug if slug in MapArea.values else "",
            head_title=head_title, head_person=head_person, head_name="" if head_person else head_name, **contact,
            population=population, area=Decimal(area), figures_date=figures_date, figures_source=source,
            sample_data=True, sample_data_note=", ".join(sample_fields),
        )
        pages[slug] = page
        loader.ensure_translation(
            page, title=title_en or title,
            sample_data_note=", ".join(SAMPLE_FIELDS_EN[field] for field in sample_fields),
        )
    return pages


OFFICE_KIND = {C: "Urząd Miasta", M: "Urząd Miasta", MW: "Urząd Gminy i Miasta", W: "Urząd Gminy", P: "Starostwo Powiatowe"}


def _sample_contact(slug, title, kind, office, address, website, verified_figures):
    """The office's contact fields: the published ones as given, the rest filled with visible placeholders.

    No phone number, e-mail or (for most members) website was verified, so they are placeholders that cannot be
    mistaken for real ones (the 000 phone block, the reserved ``.example`` domain, "ul. Przykładowa"); the
    page's "dane przykładowe" note names exactly which fields these are.
    """
    sample = []
    if not office:
        office = f"{OFFICE_KIND[kind]} {title}"
        sample.append("nazwa urzędu")
    if not address:
        address = f"ul. Przykładowa 1\n44-000 {title}"
        sample.append("adres")
    number = MEMBERS_ORDER[slug]
    contact = {
        "office_name": office, "address": address,
        "phone": f"+48 32 000 {number // 100:02d} {number % 100:02d}",
        "email": f"sekretariat@{slug}.example",
        "website": website or f"https://{slug}.example/",
    }
    sample += ["telefon", "e-mail"] + ([] if website else ["strona internetowa"])
    if not verified_figures:
        sample.append("liczba ludności i powierzchnia")
    return contact, sample


SAMPLE_FIELDS_EN = {
    "nazwa urzędu": "office name", "adres": "address", "telefon": "phone", "e-mail": "e-mail",
    "strona internetowa": "website", "liczba ludności i powierzchnia": "population and area",
}
MEMBERS_ORDER = {row[0]: number for number, row in enumerate(MEMBERS, start=1)}


def _bodies(loader):
    """The bodies' competences and composition notes (the bodies come from a migration), and their English
    translations (made from the migration's English names where a database had them)."""
    for slug, texts in BODY_TEXTS.items():
        body = StatutoryBody.objects.filter(slug=slug, locale=loader.pl).first()
        if body is None:
            continue
        polish = {name: value for name, value in texts.items() if not name.endswith("_en")}
        english = {name.removesuffix("_en"): value for name, value in texts.items() if name.endswith("_en")}
        if not body.competences:  # editors' text wins
            for name, value in polish.items():
                setattr(body, name, value)
            body.save()
        translation, created = ensure_snippet_translation(
            body, loader.en, name=BODY_NAMES_EN[slug], name_genitive=BODY_NAMES_EN[slug], **english,
        )
        if not created and not translation.competences:
            # The migration's English row of a new database (the English name, the rest empty): the demo's texts.
            for name, value in english.items():
                setattr(translation, name, value)
            translation.save()


BODY_NAMES_EN = {"zgromadzenie-ogolne": "General Assembly", "zarzad": "Management Board", "komisja-rewizyjna": "Audit Committee"}


def _person(loader, last_name):
    """The published Person of PEOPLE[last_name], created on first use (by a member page or a term)."""
    first_name = PEOPLE[last_name][0]
    person = Person.objects.filter(first_name=first_name, last_name=last_name).first()
    if person is None:
        person = Person(first_name=first_name, last_name=last_name)
        person.save()
        person.save_revision(log_action=True).publish()
        loader.created += 1
    return person


def _head_person(loader, head_name):
    """The Person record of a head who also sits in the bodies (PEOPLE), so the name is kept once; else None.

    Called only when the loader creates a member page: an existing page (maybe edited) is never touched.
    """
    first_name, _space, last_name = head_name.rpartition(" ")
    if last_name in PEOPLE and PEOPLE[last_name][0] == first_name:
        return _person(loader, last_name)
    return None


def _terms(loader, members):
    loader.log("  authorities: terms of the Zarząd and the Komisja Rewizyjna")
    for body_slug, start, end, (description, description_en), rows in TERMS:
        body = StatutoryBody.objects.get(slug=body_slug, locale=loader.pl)
        term = Term.objects.filter(body=body, start_date=start, locale=loader.pl).first()
        if term is None:
            term = Term(body=body, start_date=start, end_date=end, description=description)
            for order, (last_name, role, since, until, note) in enumerate(rows):
                _first, office, _office_en, member_slug = PEOPLE[last_name]
                term.memberships.add(Membership(
                    person=_person(loader, last_name), role=role, public_office=office,
                    member=members.get(member_slug), start_date=since, end_date=until, note=note, sort_order=order,
                ))
            term.save()
            term.save_revision(log_action=True)
            loader.created += 1
        offices_en = {row.translation_key: {"public_office": PEOPLE[row.person.last_name][2]}
                      for row in term.memberships.select_related("person") if row.person.last_name in PEOPLE}
        _translation, created = ensure_snippet_translation(
            term, loader.en, children={"memberships": offices_en}, description=description_en,
        )
        loader.created += created
