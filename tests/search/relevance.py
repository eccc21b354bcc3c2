"""The relevance set: queries residents type, each with the address that must come in the top three.

Kept apart from the test so that ``bench/search.py`` scores the lemmatisers on the same set. ``ISSUE`` are the
examples of issue #11's first paragraph: each must pass, whatever the score.
"""

PERSON = "/wladze/osoby/"  # a person's page: /wladze/osoby/<id>/ (the id is the database's)

ISSUE = [
    ("absolutoria zarządowi", "/uchwaly/zgromadzenie-ogolne/2014/2/"),
    ("plan finansowy 2014", "/uchwaly/zgromadzenie-ogolne/2013/5/"),
    ("składka członkowska", "/uchwaly/zgromadzenie-ogolne/2013/7/"),
    ("rada konsultacyjna", "/uchwaly/zarzad/2016/9/"),
    ("miedzysektorowa wspolpraca", "/projekty/miedzysektorowa-wspolpraca/"),
    ("nabór", "/projekty/miedzysektorowa-wspolpraca/"),
    ("budżet partycypacyjny", "/projekty/miedzysektorowa-wspolpraca/"),
    ("klauzule społeczne", "/projekty/miedzysektorowa-wspolpraca/"),
    ("Rudzka", "/biuro/"),
    ("5/2013", "/uchwaly/zgromadzenie-ogolne/2013/5/"),
]

# Found through a document (its title or its file's text), leading to the page that lists it: a "Dokument"
# result must be among the top three (``test_relevance.py``).
DOCUMENTS = [
    ("panel ekspercki", "/projekty/miedzysektorowa-wspolpraca/pliki/"),  # a project's download: its downloads tab
    ("stanowisko lub funkcja", "/projekty/miedzysektorowa-wspolpraca/pliki/"),
    ("patronat prezydenta", "/projekty/miedzysektorowa-wspolpraca/pliki/"),
    ("członkowie wspierający", "/zwiazek/statut/"),
]

CASES = ISSUE + DOCUMENTS + [
    # resolution numbers
    ("nr 5/2013", "/uchwaly/zgromadzenie-ogolne/2013/5/"),
    ("uchwała 5/2013", "/uchwaly/zgromadzenie-ogolne/2013/5/"),
    ("uchwały nr 9/2016 zarządu", "/uchwaly/zarzad/2016/9/"),
    ("uchwala nr 1/2014 komisji rewizyjnej", "/uchwaly/komisja-rewizyjna/2014/1/"),
    # inflected forms
    ("absolutorium dla zarządu", "/uchwaly/zgromadzenie-ogolne/2014/2/"),
    ("składki członkowskie", "/uchwaly/zgromadzenie-ogolne/2013/7/"),
    ("radzie konsultacyjnej", "/uchwaly/zarzad/2016/9/"),
    ("wybór komisji rewizyjnej", "/uchwaly/zgromadzenie-ogolne/2024/4/"),
    ("sprawozdanie z działalności za 2013", "/uchwaly/zgromadzenie-ogolne/2014/1/"),
    ("zwołanie zgromadzenia ogólnego", "/uchwaly/zarzad/2014/2/"),
    ("ramowy plan działalności", "/uchwaly/zgromadzenie-ogolne/2013/6/"),
    ("apel środowisk samorządowych", "/uchwaly/zgromadzenie-ogolne/2017/4/"),
    ("zespoły robocze", "/zwiazek/zespoly-robocze/"),
    ("statutu związku", "/zwiazek/statut/"),
    # no diacritics
    ("zory", "/czlonkowie/zory/"),
    ("deklaracja dostepnosci", "/deklaracja-dostepnosci/"),
    ("polityka prywatnosci", "/polityka-prywatnosci/"),
    ("raciborz", "/czlonkowie/raciborz/"),
    ("wodzislaw slaski", "/czlonkowie/wodzislaw-slaski/"),
    ("skladka czlonkowska", "/uchwaly/zgromadzenie-ogolne/2013/7/"),
    ("wladze zwiazku", "/aktualnosci/nowe-wladze-zwiazku-2024-2029/"),
    # places and members
    ("powiat rybnicki", "/czlonkowie/powiat-rybnicki/"),
    ("Jastrzębie-Zdrój", "/czlonkowie/jastrzebie-zdroj/"),
    ("gmina Gaszowice", "/czlonkowie/gaszowice/"),
    ("Świerklany", "/czlonkowie/swierklany/"),
    # people and roles
    ("Socha", PERSON),
    ("Waldemar Socha", PERSON),
    ("Niestrój", PERSON),
    # the office: settings, hours, directions
    ("godziny pracy biura", "/biuro/"),
    ("ePUAP", "/biuro/"),
    ("dworzec PKP", "/biuro/"),
    # project tabs: goals, target groups, eligibility, how to apply, downloads
    ("pracownicy starostw powiatowych", "/projekty/kompetentna-administracja/"),
    ("organizacje pozarządowe", "/projekty/miedzysektorowa-wspolpraca/"),
    ("regulamin rekrutacji", "/projekty/"),
    ("formularz zgłoszeniowy", "/projekty/miedzysektorowa-wspolpraca/"),
    ("e-usługi", "/projekty/kompetentna-administracja/"),
    # news
    ("strategia terytorialna", "/aktualnosci/strategia-terytorialna-2021-2027-przyjeta/"),
    ("mln euro na ZIT", "/aktualnosci/165-7-mln-euro-na-zit/"),
    ("15 lat subregionu", "/aktualnosci/15-lat-subregionu-zachodniego/"),
    # the text of a resolution's PDF only
    ("Forum Organizacji Pozarządowych", "/uchwaly/zarzad/2013/14/"),
    # English, on the English site
    ("/en/ resolutions", "/en/resolutions/"),
    ("/en/ office opening hours", "/en/office/"),
    ("/en/ accessibility statement", "/en/accessibility-statement/"),
    ("/en/ privacy", "/en/privacy-policy/"),
    ("/en/ members", "/en/members/"),
    ("/en/ projects", "/en/projects/"),
]


def top_results(client, case_query, count=3):
    """The first ``count`` results of a case's query (``/en/ …`` asks the English site)."""
    url, query = ("/en/search/", case_query[5:]) if case_query.startswith("/en/ ") else ("/szukaj/", case_query)
    response = client.get(url, {"q": query})
    assert response.status_code == 200, (case_query, response.status_code)
    return response.context["items"][:count]


def top_urls(client, case_query, count=3):
    """The addresses of the first ``count`` results of a case's query."""
    return [result.url for result in top_results(client, case_query, count)]


def passes(urls, expected):
    return any(url == expected or (expected.endswith("/") and url.startswith(expected) and expected in (
        PERSON, "/projekty/")) for url in urls)
