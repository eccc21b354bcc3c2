"""Demo step: "Związek" and its sub-pages: statute (with its document), history (timeline), activities and working groups."""

from core.demo.files import make_pdf
from core.models import StandardPage

from ..models import AssociationPage, HistoryEvent, HistoryPage, StatutePage, WorkingGroup, WorkingGroupsPage

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


def load(loader):
    """Sub-pages of "Związek": statute (with its document), history (timeline), activities and working groups."""
    association = loader.ensure_pair(
        loader.home, AssociationPage, "zwiazek",
        pl={"title": "Związek", "intro": "Stowarzyszenie gmin i powiatów Subregionu Zachodniego z siedzibą w Rybniku: "
            "statut, historia i działalność."},
        en={"title": "The association", "slug": "association", "intro": "The association of municipalities and counties "
            "of the Western Subregion, based in Rybnik: statute, history and activities."},
        show_in_menus=True,
    )
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
                "The association is an association of the municipalities and counties of the Western Subregion of the Silesian "
                "Voivodeship. Its full members are the subregion's municipalities and counties; joining needs a resolution of the "
                "municipal or county council.",
                "Supporting members may be natural and legal persons who pay a contribution, and honorary members people of "
                "particular merit.",
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
                "The association lobbies for the region's key investments: the Racibórz–Pszczyna road, the A1 motorway, the Main "
                "Southern Road and the Racibórz Dolny flood reservoir.",
                "It gives opinions and positions on matters important to the subregion, promotes tourism (the “Land of the Upper "
                "Oder” brand) and trains local government staff.",
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
