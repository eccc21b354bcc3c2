"""Demo content of the projects section: the "Projekty" index, the seed project with every fact of the source
page (recruitment closed, three generated files) and a current project whose recruitment is open.

Facts of the seed project are those of the association's own page about it; what that page does not give
(recruitment dates, contact, the second project) is marked "dane przykładowe".
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from core.demo.files import make_docx, make_pdf
from core.demo.snippets import ensure_snippet_translation

from .demo_marks import co_funded_strip, eu_social_fund_strip
from .enums import FundingPeriod, PartnerRole
from .models import (
    FundingProgramme,
    ProjectDownload,
    ProjectFormField,
    ProjectGoal,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTargetGroup,
)

ASSOCIATION = "Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku"
FOPSZ = "Forum Organizacji Pozarządowych Subregionu Zachodniego"
SEED_TITLE = "Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze"

SEED_DESCRIPTION = [
    "Podstawą działań w projekcie jest realizacja zadań dotyczących wypracowania standardów współpracy administracji "
    "publicznej z organizacjami pozarządowymi.",
    "Realizacja projektu zakłada poprawę i upowszechnianie współpracy w zakresie uzgadniania polityk lokalnych pomiędzy "
    "administracją publiczną i organizacjami pozarządowymi. Przedmiotem działań projektu będzie wypracowanie modelu "
    "współpracy administracji publicznej i sektora pozarządowego. W ramach projektu przewiduje się wstępnie realizację "
    "takich zadań jak: tworzenie polityk publicznych (rozpocznie je konferencja sieciująca skierowana zarówno do "
    "przedstawicieli NGO jak i JST) oraz realizacja zadań publicznych (m.in. inicjatyw mieszkańców opracowanych podczas "
    "warsztatów tematycznych). W ramach działań edukacyjnych projekt zakłada również przeprowadzenie warsztatów i paneli "
    "eksperckich skierowanych do przedstawicieli JST i NGOs (zakres: tworzenie partnerstw, programów, modeli współpracy, "
    "klauzul społecznych czy budżetu partycypacyjnego). Planowana jest również wizyta studyjna przedstawicieli NGO do "
    "innego subregionu.",
    "Różnorodny w poszczególnych samorządach subregionu oraz całego Województwa Śląskiego system wspierania inicjatyw "
    "obywatelskich i organizacji pozarządowych będzie miał charakter kompleksowy. Różnorodne narzędzia i instrumenty "
    "partnerskich działań administracji publicznej i sektora pozarządowego dostosowane zostaną do specyficznych potrzeb "
    "mieszkańców danego regionu. W ramach zaplanowanego spotkania uczestnicy projektu zaprezentują efekty, korzyści i "
    "rezultaty wypracowane w ramach projektu oraz zapoznają się z innymi inicjatywami realizowanymi przez III sektor, "
    "które zrealizowane zostały w innych subregionach województwa.",
    "Wszelkie działania mają na celu aktywizację społeczności oraz pozyskanie przez samorząd partnera społecznego przy "
    "realizacji części zadań własnych. Odbiorcami projektu w ramach poszczególnych zadań będą przede wszystkim liderzy, "
    "członkowie zarządu NGOs, pracownicy NGOs i wolontariusze, osoby pełniące funkcje kierownicze i zarządcze oraz "
    "animatorzy, koordynatorzy i inne osoby odpowiedzialne w organizacjach m.in. za współpracę z samorządem lokalnym, "
    "rozwój, pozyskiwanie funduszy, a także samorządowcy, pracownicy jednostek samorządu terytorialnego i ich jednostek "
    "organizacyjnych, osoby decyzyjne (kierownicy, dyrektorzy, naczelnicy, sekretarze) jak również inni pracownicy "
    "mający w swoich obowiązkach współpracę z NGO, działania związane z prawem zamówień publicznych, specjaliści ds. "
    "promocji i rozwoju, pełnomocnicy ds. współpracy z III sektorem. Ponadto pośrednio również mieszkańcy, którzy "
    "włączeni będą w działania związane z planowaniem, diagnozowaniem i wdrażaniem działań w projekcie. Do udziału w "
    "projekcie zachęcamy również osoby pełniące funkcje uchwałodawcze – radnych, członków zarządów i rad dzielnicy, sołtysów.",
]
SEED_DESCRIPTION_EN = [
    "The project works out standards of cooperation between public administration and non-governmental organisations.",
    "It aims to improve and spread cooperation between public administration and NGOs in agreeing local policies, by "
    "working out a model of cooperation between public administration and the non-governmental sector. The planned tasks "
    "include making public policies (opened by a networking conference for representatives of NGOs and local governments) "
    "and carrying out public tasks (among them residents' initiatives prepared in thematic workshops). Its educational "
    "part includes workshops and expert panels for representatives of local governments and NGOs (partnerships, "
    "programmes, models of cooperation, social clauses and participatory budgeting), and a study visit of NGO "
    "representatives to another subregion.",
    "The system of support for civic initiatives and NGOs, which differs between the local governments of the subregion "
    "and of the whole Silesian Voivodeship, will become comprehensive. The tools of partnership between public "
    "administration and the non-governmental sector will be adapted to the needs of the region's residents. At a "
    "closing meeting the participants will present the effects, benefits and results of the project and learn about "
    "initiatives of the third sector carried out in other subregions of the voivodeship.",
    "All activities aim to engage communities and to give local governments a social partner for some of their own "
    "tasks. The project is meant above all for leaders, board members, staff and volunteers of NGOs, managers, "
    "animators, coordinators and others responsible in organisations for cooperation with local government, development "
    "and fundraising, and for local government officials and staff of local governments and their units: decision-makers "
    "(heads, directors, secretaries) and other staff who work with NGOs or on public procurement, promotion and "
    "development specialists, and officers for cooperation with the third sector. Indirectly it also reaches residents "
    "involved in planning, diagnosing and carrying out the project's activities. We also invite councillors, members of "
    "district boards and councils and village heads to take part.",
]
SEED_MAIN_GOAL = (
    "Wypracowanie, upowszechnianie, wdrożenie i ocena standardów działania oraz współpracy administracji publicznej i "
    "organizacji pozarządowych w obszarze polityk publicznych i partycypacji mieszkańców w rozwoju lokalnym na obszarze "
    "Subregionu Zachodniego Województwa Śląskiego w okresie do 30 czerwca 2015 r."
)
SEED_GOALS = [
    "Wypracowanie nowych narzędzi i instrumentów poprawiających współpracę mieszkańców z lokalnymi władzami poprzez "
    "wdrożenie klauzul społecznych, inicjatywy lokalnej i budżetu partycypacyjnego w samorządach Subregionu Zachodniego "
    "Województwa Śląskiego do 30 czerwca 2015 r.",
    "Podniesienie poziomu wiedzy i kompetencji oraz wzrost poziomu współpracy międzysektorowej do 30 czerwca 2015 r.",
]
SEED_GOALS_EN = [
    "Developing new tools that improve cooperation between residents and local authorities by introducing social "
    "clauses, local initiatives and participatory budgeting in the local governments of the Western Subregion by 30 June 2015.",
    "Raising knowledge and skills and increasing cross-sector cooperation by 30 June 2015.",
]
NOTICE = "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego."
NOTICE_EN = "The project is co-financed by the European Union from the European Social Fund."
RODO_SUMMARY = (
    "<p>Administratorem danych podanych w formularzu jest Związek Gmin i Powiatów Subregionu Zachodniego Województwa "
    "Śląskiego z siedzibą w Rybniku, ul. Rudzka 13C, 44-200 Rybnik. Dane przetwarzamy wyłącznie w celu rekrutacji do "
    "projektu, na podstawie Twojej zgody, którą możesz w każdej chwili cofnąć.</p>"
)
RODO_SUMMARY_EN = (
    "<p>The controller of the data given in this form is the Association of Municipalities and Counties of the Western "
    "Subregion of the Silesian Voivodeship, based in Rybnik, ul. Rudzka 13C, 44-200 Rybnik. We process the data only to "
    "recruit participants for the project, on the basis of your consent, which you may withdraw at any time.</p>"
)


def load(loader):
    programmes = _programmes(loader)
    index = loader.ensure_pair(
        loader.home, ProjectIndexPage, "projekty",
        pl={"title": "Projekty", "intro": "<p>Projekty realizowane przez Związek, także współfinansowane ze środków Unii Europejskiej.</p>"},
        en={"title": "Projects", "slug": "projects",
            "intro": "<p>Projects run by the association, including those co-financed by the European Union.</p>"},
        show_in_menus=True,
    )
    if not isinstance(index, ProjectIndexPage):
        loader.log("  the Projekty section was edited by a person and is not a project index: projects skipped")
        return
    clause = loader.home.get_children().filter(slug="klauzula-informacyjna-rodo").first()
    _seed_project(loader, index, programmes["pokl"], clause)
    _current_project(loader, index, programmes["fesl"], clause)


# The demo's strips show only the signs whose geometry is published (``demo_marks``); the titles say so, and
# the programme's help and the README say which official files the office uploads in their place.
DEMO_STRIP_NOTE = " (demo: bez znaku programu – wgraj oficjalne zestawienie znaków)"
# Strips an older demo generated (coloured blocks with the signs' names): replaced by the drawn ones.
OLD_DEMO_STRIPS = {"Pasek logotypów PO KL i UE", "Pasek logotypów FE dla Śląskiego 2021-2027"}


def _strips(loader, name, filename, draw):
    """The horizontal and vertical demo strip of one programme, as SVG images."""
    return (
        loader.image(f"Znaki {name}, poziomo{DEMO_STRIP_NOTE}", f"{filename}-poziomo.svg", draw()),
        loader.image(f"Znaki {name}, pionowo{DEMO_STRIP_NOTE}", f"{filename}-pionowo.svg", draw(vertical=True)),
    )


def _programme(loader, name, strips, **defaults):
    """The Polish row of a programme; a row still showing an older demo's blocks gets the drawn strips."""
    horizontal, vertical = strips
    programme, created = FundingProgramme.objects.get_or_create(
        name=name, locale=loader.pl, defaults={**defaults, "mark_strip": horizontal, "mark_strip_vertical": vertical},
    )
    old = programme.mark_strip_id is None or programme.mark_strip.title in OLD_DEMO_STRIPS
    if not created and old and programme.mark_strip_vertical_id is None:
        programme.mark_strip, programme.mark_strip_vertical = horizontal, vertical
        programme.mark_strip_alt = defaults["mark_strip_alt"]
        programme.save()
        for translation in programme.get_translations():
            translation.mark_strip, translation.mark_strip_vertical = horizontal, vertical
            translation.save(update_fields=["mark_strip", "mark_strip_vertical"])
    return programme


def _programmes(loader):
    pokl = _programme(
        loader, "Program Operacyjny Kapitał Ludzki",
        _strips(loader, "UE EFS 2007-2013", "znaki-ue-efs", eu_social_fund_strip),
        period=FundingPeriod.PERIOD_2007_2013,
        fund="Europejski Fundusz Społeczny",
        mark_strip_alt="Flaga Unii Europejskiej z napisem „Unia Europejska, Europejski Fundusz Społeczny”",
        notice=NOTICE,
    )
    ensure_snippet_translation(
        pokl, loader.en, name="Human Capital Operational Programme", fund="European Social Fund",
        mark_strip_alt="The flag of the European Union with the words “Unia Europejska, Europejski Fundusz "
        "Społeczny” (European Union, European Social Fund)",
        notice=NOTICE_EN,
    )
    fesl = _programme(
        loader, "Fundusze Europejskie dla Śląskiego 2021-2027",
        _strips(loader, "RP i UE 2021-2027", "znaki-rp-ue", co_funded_strip),
        period=FundingPeriod.PERIOD_2021_2027,
        fund="Europejski Fundusz Społeczny Plus",
        mark_strip_alt="Barwy Rzeczypospolitej Polskiej; znak Unii Europejskiej z napisem "
        "„Dofinansowane przez Unię Europejską”",
        notice="Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego Plus.",
    )
    ensure_snippet_translation(
        fesl, loader.en, name="European Funds for Silesia 2021-2027", fund="European Social Fund Plus",
        mark_strip_alt="The colours of the Republic of Poland with the words “Rzeczpospolita Polska”; the emblem "
        "of the European Union with the words “Dofinansowane przez Unię Europejską” (Co-funded by the European Union)",
        notice="The project is co-financed by the European Union from the European Social Fund Plus.",
    )
    return {"pokl": pokl, "fesl": fesl}


def _seed_files(loader):
    collection = loader.collection("Projekty")
    regulation = loader.document(
        "Regulamin rekrutacji – Międzysektorowa współpraca", "regulamin-rekrutacji-miedzysektorowa-wspolpraca.pdf",
        make_pdf("Regulamin rekrutacji uczestników projektu „Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze”", [
            "§ 1. Postanowienia ogólne. Projekt realizuje Forum Organizacji Pozarządowych Subregionu Zachodniego w partnerstwie "
            "ze Związkiem Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku, w ramach Programu "
            "Operacyjnego Kapitał Ludzki, Priorytet V, Działanie 5.4 Rozwój potencjału trzeciego sektora.",
            "§ 2. Okres realizacji projektu: od 2 grudnia 2013 r. do 30 czerwca 2015 r.",
            "§ 3. Uczestnicy. W projekcie weźmie udział 80 osób: 30 przedstawicieli i pracowników administracji publicznej "
            "z co najmniej 8 jednostek samorządu terytorialnego oraz 50 członków i przedstawicieli organizacji pozarządowych "
            "z co najmniej 24 organizacji.",
            "§ 4. Zgłoszenia. Osoba zainteresowana składa formularz zgłoszeniowy w Biurze Związku, ul. Rudzka 13C, 44-200 Rybnik, "
            "lub przez formularz na stronie projektu. O zakwalifikowaniu decyduje kolejność zgłoszeń i spełnienie warunków udziału.",
            "§ 5. Udział w projekcie jest bezpłatny. Projekt jest współfinansowany ze środków Unii Europejskiej w ramach "
            "Europejskiego Funduszu Społecznego.",
        ]),
        collection=collection,
    )
    form = loader.document(
        "Formularz zgłoszeniowy – Międzysektorowa współpraca", "formularz-zgloszeniowy-miedzysektorowa-wspolpraca.docx",
        make_docx("Formularz zgłoszeniowy uczestnika projektu", [
            "Projekt „Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze”",
            "Imię i nazwisko: ........................................",
            "Instytucja (JST lub organizacja pozarządowa): ........................................",
            "Stanowisko lub funkcja: ........................................",
            "Telefon i e-mail: ........................................",
            "Oświadczam, że zapoznałem(-am) się z regulaminem rekrutacji i spełniam warunki udziału w projekcie.",
            "Data i podpis: ........................................",
        ]),
        collection=collection,
    )
    schedule = loader.document(
        "Harmonogram panelu eksperckiego 12–13.03.2015", "harmonogram-panelu-eksperckiego-2015.pdf",
        make_pdf("Harmonogram panelu eksperckiego, 12–13 marca 2015 r., Urząd Miasta Rybnika", [
            "12 marca 2015 r. (czwartek): 9:00 rejestracja uczestników; 9:30 otwarcie panelu pod patronatem Prezydenta Miasta "
            "Rybnika Piotra Kuczery; 10:00 standardy współpracy administracji publicznej z organizacjami pozarządowymi; "
            "12:00 przerwa; 12:30 klauzule społeczne w zamówieniach publicznych; 15:00 zakończenie pierwszego dnia.",
            "13 marca 2015 r. (piątek): 9:00 inicjatywa lokalna i budżet partycypacyjny w praktyce gmin Subregionu Zachodniego; "
            "11:30 przerwa; 12:00 warsztat: model współpracy dla Subregionu Zachodniego; 14:00 podsumowanie i zakończenie.",
            "Miejsce: Urząd Miasta Rybnika, ul. Bolesława Chrobrego 2, Rybnik.",
        ]),
        collection=collection,
    )
    return regulation, form, schedule


def _seed_project(loader, index, programme, clause):
    regulation, form, schedule = _seed_files(loader)
    tz = timezone.get_default_timezone()
    page = loader.ensure_pair(
        index, ProjectPage, "miedzysektorowa-wspolpraca",
        pl={
            "title": "Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze",
            "full_title": SEED_TITLE.upper(),
            "search_description": "Projekt PO KL (Działanie 5.4) Forum Organizacji Pozarządowych Subregionu Zachodniego "
            "i Związku: standardy współpracy administracji publicznej z organizacjami pozarządowymi, 2013–2015.",
            "programme": programme,
            "priority_axis": "5. Oś Priorytetowa: Dobre rządzenie",
            "measure": "Działanie 5.4 Rozwój potencjału trzeciego sektora",
            "start_date": datetime.date(2013, 12, 2),
            "end_date": datetime.date(2015, 6, 30),
            "total_cost": "393434.90",
            "eu_cofinancing_percent": "100",
            "funding_source": "Środki Unii Europejskiej w ramach Europejskiego Funduszu Społecznego",
            "main_goal": SEED_MAIN_GOAL,
            "target_group_total": 80,
            "target_group_label": "Beneficjentów Ostatecznych",
            "description": loader.paragraphs(*SEED_DESCRIPTION) + [
                loader.heading("Wydarzenia"),
                *loader.paragraphs(
                    "Panel ekspercki: 12–13 marca 2015 r., Urząd Miasta Rybnika, pod patronatem Prezydenta Miasta Rybnika Piotra Kuczery.",
                    "Wizyta studyjna: maj 2015 r., Jastrzębie-Zdrój.",
                ),
            ],
            # Recruitment dates and contact are sample data: the source page does not give them.
            "recruitment_opens_at": datetime.datetime(2013, 12, 2, 8, 0, tzinfo=tz),
            "recruitment_closes_at": datetime.datetime(2014, 1, 31, 15, 0, tzinfo=tz),
            "eligibility": "<p>Przedstawiciele i pracownicy jednostek samorządu terytorialnego oraz członkowie i przedstawiciele "
            "organizacji pozarządowych z obszaru Subregionu Zachodniego Województwa Śląskiego.</p>",
            "how_to_apply": "<p>Wypełnij formularz zgłoszeniowy (plik do pobrania) i złóż go w Biurze Związku albo wyślij "
            "zgłoszenie przez formularz na tej stronie, gdy nabór jest otwarty.</p>",
            "contact_name": "Biuro Związku (dane przykładowe)",
            "contact_email": "biuro@subregion.pl",
            "rodo_summary": RODO_SUMMARY,
            "rodo_clause_page": clause,
            "to_address": "biuro@subregion.pl",
            "subject": "Zgłoszenie do projektu „Międzysektorowa współpraca”",
            "thank_you_text": "<p>Dziękujemy za zgłoszenie. Biuro Związku potwierdzi je e-mailem.</p>",
            "partners": [
                ProjectPartner(name=FOPSZ, role=PartnerRole.LEAD, sort_order=0),
                ProjectPartner(name=ASSOCIATION, role=PartnerRole.PARTNER, sort_order=1,
                               link_page=Page.objects.filter(slug="zwiazek", depth=3, locale=loader.pl).first()),
            ],
            "specific_goals": [ProjectGoal(text=text, sort_order=i) for i, text in enumerate(SEED_GOALS)],
            "target_groups": [
                ProjectTargetGroup(count=30, description="przedstawicieli i pracowników administracji publicznej",
                                   minimum="min. 8 JST", sort_order=0),
                ProjectTargetGroup(count=50, description="członków i przedstawicieli Organizacji Pozarządowych",
                                   minimum="min. 24 NGO", sort_order=1),
            ],
            "downloads": [
                ProjectDownload(group_heading="Dokumenty rekrutacyjne", document=regulation, title="Regulamin rekrutacji",
                                description="Zasady naboru uczestników projektu.", sort_order=0),
                ProjectDownload(group_heading="Dokumenty rekrutacyjne", document=form, title="Formularz zgłoszeniowy",
                                description="Do wypełnienia i złożenia w Biurze Związku.", sort_order=1),
                ProjectDownload(group_heading="Materiały szkoleniowe", document=schedule,
                                title="Harmonogram panelu eksperckiego 12–13.03.2015", sort_order=2),
            ],
            "form_fields": _form_fields(),
        },
        en={
            "title": "Cross-sector cooperation: local government community in another dimension",
            "slug": "cross-sector-cooperation",
            "rodo_summary": RODO_SUMMARY_EN,
            "search_description": "A Human Capital Operational Programme project (Measure 5.4) on standards of cooperation "
            "between public administration and NGOs, 2013–2015.",
            "priority_axis": "Priority Axis 5: Good governance",
            "measure": "Measure 5.4 Development of the third sector's potential",
            "funding_source": "European Union funds from the European Social Fund",
            "main_goal": "Developing, promoting, implementing and evaluating standards of cooperation between public "
            "administration and NGOs in public policy and residents' participation in local development in the Western "
            "Subregion of the Silesian Voivodeship by 30 June 2015.",
            "target_group_label": "final beneficiaries",
            "description": loader.paragraphs(*SEED_DESCRIPTION_EN) + [
                loader.heading("Events"),
                *loader.paragraphs(
                    "Expert panel: 12–13 March 2015, Rybnik City Hall, under the patronage of the Mayor of Rybnik, Piotr Kuczera.",
                    "Study visit: May 2015, Jastrzębie-Zdrój.",
                ),
            ],
            "eligibility": "<p>Staff of local governments and members of NGOs from the Western Subregion of the Silesian Voivodeship.</p>",
            "how_to_apply": "<p>Fill in the application form (see downloads) and hand it in at the association's office.</p>",
            "contact_name": "Association office (sample data)",
            "thank_you_text": "<p>Thank you. The office will confirm your application by e-mail.</p>",
        },
    )
    _english_children(page, {
        "specific_goals": [ProjectGoal(text=text, sort_order=i) for i, text in enumerate(SEED_GOALS_EN)],
        "target_groups": [
            ProjectTargetGroup(count=30, description="representatives and staff of public administration",
                               minimum="at least 8 local governments", sort_order=0),
            ProjectTargetGroup(count=50, description="members and representatives of NGOs", minimum="at least 24 NGOs", sort_order=1),
        ],
    }, en_partner_names={ASSOCIATION: "Association of Municipalities and Counties of the Western Subregion of the Silesian Voivodeship, based in Rybnik",
                         FOPSZ: "Forum of Non-Governmental Organisations of the Western Subregion"})
    loader.log(f"  project: {page.title}")


def _current_project(loader, index, programme, clause):
    """A current project with recruitment open (dates relative to the day the demo is loaded). Sample data."""
    collection = loader.collection("Projekty")
    regulation = loader.document(
        "Regulamin rekrutacji – Kompetentna administracja", "regulamin-rekrutacji-kompetentna-administracja.pdf",
        make_pdf("Regulamin rekrutacji – Kompetentna administracja Subregionu Zachodniego (dane przykładowe)", [
            "§ 1. Projekt realizuje Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku "
            "w ramach programu Fundusze Europejskie dla Śląskiego 2021-2027.",
            "§ 2. Uczestnikami mogą być pracownicy urzędów gmin i starostw powiatowych Subregionu Zachodniego.",
            "§ 3. Zgłoszenia przyjmujemy przez formularz na stronie projektu w terminie naboru.",
        ]),
        collection=collection,
    )
    today = timezone.localdate()
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    page = loader.ensure_pair(
        index, ProjectPage, "kompetentna-administracja",
        pl={
            "title": "Kompetentna administracja Subregionu Zachodniego",
            "search_description": "Szkolenia dla pracowników urzędów gmin i powiatów Subregionu Zachodniego (dane przykładowe).",
            "programme": programme,
            "priority_axis": "Priorytet FESL.10 Fundusze Europejskie na transformację (dane przykładowe)",
            "measure": "Działanie 10.17 Kształcenie ustawiczne (dane przykładowe)",
            "start_date": today - datetime.timedelta(days=120),
            "end_date": today + datetime.timedelta(days=600),
            "total_cost": "1250000.00",
            "eu_cofinancing_percent": "85",
            "eu_cofinancing_amount": "1062500.00",
            "funding_source": "Europejski Fundusz Społeczny Plus i budżet państwa",
            "main_goal": "Podniesienie kompetencji cyfrowych i zarządczych 120 pracowników urzędów gmin i powiatów "
            "Subregionu Zachodniego (dane przykładowe).",
            "target_group_total": 120,
            "target_group_label": "uczestników",
            "description": loader.paragraphs(
                "Projekt obejmuje szkolenia z obsługi e-usług, dostępności cyfrowej i zarządzania projektami dla pracowników "
                "samorządów członkowskich Związku. Dane przykładowe."
            ),
            "recruitment_opens_at": now - datetime.timedelta(days=7),
            "recruitment_closes_at": now + datetime.timedelta(days=365),
            "eligibility": "<p>Pracownicy urzędów gmin i starostw powiatowych z obszaru Subregionu Zachodniego.</p>",
            "how_to_apply": "<p>Wypełnij formularz poniżej. Potwierdzenie przyjęcia zgłoszenia wyślemy e-mailem.</p>",
            "contact_name": "Koordynator projektu (dane przykładowe)",
            "contact_email": "biuro@subregion.pl",
            "contact_phone": "+48 32 000 00 00",
            "form_intro": "<p>Wypełnienie formularza zajmuje około 3 minut.</p>",
            "rodo_summary": RODO_SUMMARY,
            "rodo_clause_page": clause,
            "to_address": "biuro@subregion.pl",
            "subject": "Zgłoszenie do projektu „Kompetentna administracja”",
            "thank_you_text": "<p>Dziękujemy za zgłoszenie. Biuro Związku potwierdzi je e-mailem w ciągu 7 dni.</p>",
            "partners": [ProjectPartner(name=ASSOCIATION, role=PartnerRole.LEAD, sort_order=0,
                                        link_page=Page.objects.filter(slug="zwiazek", depth=3, locale=loader.pl).first())],
            "specific_goals": [
                ProjectGoal(text="Przeszkolenie 120 pracowników samorządów z e-usług i dostępności cyfrowej.", sort_order=0),
                ProjectGoal(text="Wdrożenie wspólnych standardów obsługi mieszkańców w 28 samorządach.", sort_order=1),
            ],
            "target_groups": [
                ProjectTargetGroup(count=80, description="pracowników urzędów gmin", minimum="min. 20 gmin", sort_order=0),
                ProjectTargetGroup(count=40, description="pracowników starostw powiatowych", minimum="min. 3 powiaty", sort_order=1),
            ],
            "downloads": [
                ProjectDownload(group_heading="Dokumenty rekrutacyjne", document=regulation, title="Regulamin rekrutacji", sort_order=0),
            ],
            "form_fields": _form_fields(with_group=True),
        },
        en={
            "title": "Competent administration of the Western Subregion",
            "slug": "competent-administration",
            "rodo_summary": RODO_SUMMARY_EN,
            "search_description": "Training for staff of the municipalities and counties of the Western Subregion (sample data).",
            "main_goal": "Raising the digital and management skills of 120 local government employees (sample data).",
            "target_group_label": "participants",
            "description": loader.paragraphs("Training in e-services, digital accessibility and project management. Sample data."),
            "eligibility": "<p>Staff of municipal and county offices in the Western Subregion.</p>",
            "how_to_apply": "<p>Fill in the form below; we will confirm by e-mail.</p>",
            "contact_name": "Project coordinator (sample data)",
            "form_intro": "<p>The form takes about 3 minutes.</p>",
            "thank_you_text": "<p>Thank you. The office will confirm your application by e-mail within 7 days.</p>",
        },
    )
    _english_children(page, {
        "specific_goals": [
            ProjectGoal(text="Training 120 local government employees in e-services and digital accessibility.", sort_order=0),
            ProjectGoal(text="Common standards of service for residents in 28 local governments.", sort_order=1),
        ],
        "target_groups": [
            ProjectTargetGroup(count=80, description="municipal office employees", minimum="at least 20 municipalities", sort_order=0),
            ProjectTargetGroup(count=40, description="county office employees", minimum="at least 3 counties", sort_order=1),
        ],
    }, en_partner_names={ASSOCIATION: "Association of Municipalities and Counties of the Western Subregion of the Silesian Voivodeship, based in Rybnik"},
        en_form_fields=EN_FORM_FIELDS)
    loader.log(f"  project with open recruitment: {page.title}")


def _form_fields(with_group=False):
    fields = [
        ProjectFormField(label="Imię i nazwisko", field_type="singleline", required=True, sort_order=0),
        ProjectFormField(label="E-mail", field_type="email", required=True, sort_order=1),
        ProjectFormField(label="Instytucja", field_type="singleline", required=True, sort_order=2,
                         help_text="Nazwa urzędu lub organizacji."),
        ProjectFormField(label="Telefon", field_type="singleline", required=False, sort_order=3),
    ]
    if with_group:
        fields.append(ProjectFormField(label="Grupa", field_type="dropdown", required=True, sort_order=4,
                                       choices="pracownik urzędu gminy\npracownik starostwa powiatowego"))
    fields.append(ProjectFormField(label="Uwagi", field_type="multiline", required=False, sort_order=5))
    return fields


# The English form's questions by position; the answers keep the Polish fields' names (``clean_name``), so the
# applications from both languages line up in one list.
EN_FORM_FIELDS = {
    0: {"label": "Full name"},
    1: {"label": "E-mail"},
    2: {"label": "Institution", "help_text": "Name of the office or organisation."},
    3: {"label": "Phone"},
    4: {"label": "Group", "choices": "municipal office employee\ncounty office employee"},
    5: {"label": "Comments"},
}


def _english_children(page, children, en_partner_names, en_form_fields=None):
    """Give the English translation English specific goals, target groups, partner names and form questions,
    once."""
    english = page.get_translations().filter(locale__language_code="en").first()
    if english is None:
        return
    english = english.specific
    if english.revisions.exclude(user=None).exists():
        return  # an editor has worked on the translation
    if not english.specific_goals.exists() or english.specific_goals.first().text not in SEED_GOALS + [
        g.text for g in page.specific_goals.all()
    ]:
        return  # already English
    for name, objects in children.items():
        setattr(english, name, objects)
    partners = list(english.partners.all())
    for partner in partners:
        partner.name = en_partner_names.get(partner.name, partner.name)
        if partner.link_page_id:
            partner.link_page = partner.link_page.get_translation_or_none(english.locale) or partner.link_page
    english.partners = partners
    if en_form_fields:
        fields = list(english.form_fields.all())
        for field in fields:  # changed in place: the same names of answers and translation keys
            for name, value in en_form_fields.get(field.sort_order, {}).items():
                setattr(field, name, value)
        english.form_fields = fields
    english.save_revision(log_action=True).publish()
