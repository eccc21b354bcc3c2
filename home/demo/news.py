"""Demo step: the "Aktualności" list and four news items based on the association's real events.

Runs after the sections' steps, so news items can link to their pages.
No illustrations: the association's own photos are not at hand, and a generated picture would pretend to be
one, so the items show date and lead only until editors upload real photos. The date of the ZIT item is
sample data.
"""

import datetime

from core.models import SiteSettings

from ..models import NewsIndexPage, NewsPage, NewsRelatedPage

NEWS = [
    {
        "slug": "strategia-terytorialna-2021-2027-przyjeta",
        "date": datetime.date(2024, 1, 24),
        "title": "Strategia Terytorialna Subregionu Zachodniego na lata 2021–2027 przyjęta",
        "lead": "Nadzwyczajne Zgromadzenie Ogólne Związku przyjęło 23 stycznia 2024 r. Strategię Terytorialną "
        "Subregionu Zachodniego Województwa Śląskiego na lata 2021–2027. Wcześniej dokument przeszedł konsultacje społeczne.",
        "body": [
            "Konsultacje projektu strategii trwały od 20 grudnia 2023 r. do 10 stycznia 2024 r. Uwagi mogli zgłaszać mieszkańcy, "
            "samorządy, organizacje pozarządowe i przedsiębiorcy.",
            "Strategia jest podstawą Zintegrowanych Inwestycji Terytorialnych w subregionie: wskazuje cele i przedsięwzięcia, "
            "które gminy i powiaty zrealizują wspólnie ze środków Funduszy Europejskich dla Śląskiego 2021–2027.",
        ],
        "en": {
            "slug": "territorial-strategy-2021-2027-adopted",
            "title": "Territorial Strategy of the Western Subregion 2021–2027 adopted",
            "lead": "On 23 January 2024 an extraordinary General Assembly adopted the Territorial Strategy of the Western "
            "Subregion for 2021–2027, after a public consultation.",
            "body": [
                "The consultation on the draft strategy ran from 20 December 2023 to 10 January 2024. Residents, local "
                "governments, NGOs and businesses could submit comments.",
                "The strategy is the basis of the Integrated Territorial Investments in the subregion: it sets out the goals and "
                "projects that the municipalities and counties will carry out together with funds from the European Funds for "
                "Silesia 2021–2027.",
            ],
        },
        "related": ["uchwaly", "o-regionie"],
    },
    {
        "slug": "nowe-wladze-zwiazku-2024-2029",
        "date": datetime.date(2024, 5, 22),
        "title": "Nowe władze Związku na kadencję 2024–2029",
        "lead": "Nadzwyczajne Zgromadzenie Ogólne, które obradowało 21 maja 2024 r. w Galerii Sztuka Rzeczna w Rybniku, "
        "wybrało Zarząd Związku i Komisję Rewizyjną na nową kadencję.",
        "body": [
            "Przewodniczącymi Związku zostali Leszek Bizoń i Piotr Kuczera, którzy zamienią się funkcjami w połowie kadencji.",
            "W jedenastoosobowym Zarządzie zasiedli: Wiesław Janiszewski, Mariusz Adamczyk, Grzegorz Niestrój, Michał Urgoł, "
            "Jacek Wojciechowicz, Piotr Kuczera, Mieczysław Kieca, Waldemar Socha, Grzegorz Swoboda, Damian Mrowiec i Leszek Bizoń.",
            "Komisję Rewizyjną tworzą Marek Bąk, Piotr Rybka i Czesław Burek.",
        ],
        "en": {
            "slug": "new-authorities-2024-2029",
            "title": "New authorities of the association for 2024–2029",
            "lead": "On 21 May 2024 an extraordinary General Assembly in Rybnik elected the Management Board and the Audit "
            "Committee for the new term.",
            "body": [
                "Leszek Bizoń and Piotr Kuczera are the association's chairmen; they swap roles halfway through the term.",
                "The eleven-member Management Board: Wiesław Janiszewski, Mariusz Adamczyk, Grzegorz Niestrój, Michał Urgoł, "
                "Jacek Wojciechowicz, Piotr Kuczera, Mieczysław Kieca, Waldemar Socha, Grzegorz Swoboda, Damian Mrowiec and "
                "Leszek Bizoń.",
                "The Audit Committee: Marek Bąk, Piotr Rybka and Czesław Burek.",
            ],
        },
        "related": ["wladze"],
    },
    {
        "slug": "165-7-mln-euro-na-zit",
        "date": datetime.date(2023, 9, 15),  # dane przykładowe: the date of the agreement is not in the sources
        "title": "165,7 mln euro na ZIT w Subregionie Zachodnim",
        "lead": "Porozumienie z Województwem Śląskim w sprawie Zintegrowanych Inwestycji Terytorialnych ustala alokację "
        "dla Subregionu Zachodniego na 165,7 mln euro (data wiadomości: dane przykładowe).",
        "body": [
            "Środki z Funduszy Europejskich dla Śląskiego 2021–2027 trafią na wspólne przedsięwzięcia gmin i powiatów subregionu, "
            "wskazane w Strategii Terytorialnej.",
            "W poprzedniej perspektywie, w ramach Regionalnych Inwestycji Terytorialnych, subregion dysponował kwotą 105,41 mln euro.",
        ],
        "en": {
            "slug": "eur-165-7-million-for-iti",
            "title": "EUR 165.7 million for Integrated Territorial Investments in the Western Subregion",
            "lead": "The agreement with the Silesian Voivodeship sets the subregion's ITI allocation at EUR 165.7 million.",
            "body": [
                "Funds from the European Funds for Silesia 2021–2027 will go to joint projects of the subregion's municipalities "
                "and counties set out in the Territorial Strategy.",
                "In 2014–2020 the subregion had EUR 105.41 million under the Regional Territorial Investments.",
            ],
        },
        "related": ["projekty"],
    },
    {
        "slug": "15-lat-subregionu-zachodniego",
        "date": datetime.date(2017, 6, 19),
        "title": "15 lat Subregionu Zachodniego",
        "lead": "Jubileusz 15-lecia Związku uczczono 6 czerwca 2017 r. podczas Zgromadzenia Ogólnego w Brennej.",
        "body": [
            "Przez piętnaście lat Związek koordynował Program Rozwoju Subregionu, z którego członkowie otrzymali ponad 230 mln zł, "
            "a następnie Regionalne Inwestycje Terytorialne.",
            "Podczas obrad Zgromadzenie Ogólne poparło apel w obronie samorządności terytorialnej i przyjęło Kartę Samorządności.",
        ],
        "en": {
            "slug": "15-years-of-the-western-subregion",
            "title": "15 years of the Western Subregion",
            "lead": "The association's 15th anniversary was marked on 6 June 2017 at the General Assembly in Brenna.",
            "body": [
                "For fifteen years the association coordinated the Subregion Development Programme, from which its members "
                "received over PLN 230 million, and then the Regional Territorial Investments.",
                "The Assembly also backed an appeal in defence of local self-government and adopted the Charter of Self-Government.",
            ],
        },
        "related": ["zwiazek"],
    },
]


def load(loader):
    home = loader.home
    index = loader.ensure_pair(
        home, NewsIndexPage, "aktualnosci",
        pl={"title": "Aktualności", "intro": "Wiadomości z działalności Związku i jego członków."},
        en={"title": "News", "slug": "news", "intro": "News about the association and its members."},
        show_in_menus=False,  # linked from the home page; the main menu keeps the seven sections of the real site
    )
    settings = SiteSettings.load()
    if settings.news_page_id is None:
        settings.news_page = index
        settings.save(update_fields=["news_page"])
    for item in NEWS:
        related = [
            NewsRelatedPage(page=section, sort_order=order)
            for order, section in enumerate(filter(None, (loader.section(slug) for slug in item["related"])))
        ]
        news = loader.ensure_page(
            index, NewsPage, item["slug"],
            title=item["title"], date=item["date"], lead=item["lead"],
            body=loader.paragraphs(*item["body"]), related_pages=related,
        )
        en = item["en"]
        related_en = [
            NewsRelatedPage(page=link.page.get_translation_or_none(loader.en) or link.page, sort_order=link.sort_order)
            for link in news.related_pages.all()
        ]
        loader.ensure_translation(
            news, title=en["title"], slug=en["slug"], lead=en["lead"],
            body=loader.paragraphs(*en["body"]), related_pages=related_en,
        )
    loader.log(f"  news: {NewsPage.objects.live().child_of(index).count()} items in Aktualności")
