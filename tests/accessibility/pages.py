"""One address of every public page type, in Polish and in English, for the layout and keyboard checks.

The sitemap sweep (test_second_engine.py) visits every page; checks that cost more per page (reflow at four
sizes, tabbing through every focusable element) run on one page of each type, since pages of a type share
their template and differ only in text, and the longest texts of the demo were picked where they differ.
"""

PAGE_TYPES = {
    "home": ("/", "/en/"),
    "region": ("/o-regionie/", "/en/region/"),
    "association": ("/zwiazek/", "/en/association/"),
    "statute": ("/zwiazek/statut/", "/en/association/statute/"),
    "history": ("/zwiazek/historia/", "/en/association/history/"),
    "working groups": ("/zwiazek/zespoly-robocze/", "/en/association/working-groups/"),
    "standard page": ("/polityka-prywatnosci/", "/en/privacy-policy/"),
    "member index": ("/czlonkowie/", "/en/members/"),
    "member": ("/czlonkowie/czerwionka-leszczyny/", "/en/members/czerwionka-leszczyny/"),
    "county": ("/czlonkowie/powiat-wodzislawski/", "/en/members/powiat-wodzislawski/"),
    "authorities": ("/wladze/", "/en/authorities/"),
    "person": ("/wladze/osoby/1/", "/en/authorities/people/1/"),
    "authorities archive": ("/wladze/archiwum/", "/en/authorities/archive/"),
    "resolution register": ("/uchwaly/", "/en/resolutions/"),
    "resolution": ("/uchwaly/zarzad/2013/14/", "/en/resolutions/zarzad/2013/14/"),
    "office": ("/biuro/", "/en/office/"),
    "project index": ("/projekty/", "/en/projects/"),
    "project": ("/projekty/miedzysektorowa-wspolpraca/", "/en/projects/cross-sector-cooperation/"),
    "project recruitment": ("/projekty/kompetentna-administracja/nabor/", "/en/projects/competent-administration/recruitment/"),
    "project downloads": ("/projekty/miedzysektorowa-wspolpraca/pliki/", "/en/projects/cross-sector-cooperation/downloads/"),
    "news index": ("/aktualnosci/", "/en/news/"),
    "news": ("/aktualnosci/strategia-terytorialna-2021-2027-przyjeta/", "/en/news/territorial-strategy-2021-2027-adopted/"),
    "accessibility statement": ("/deklaracja-dostepnosci/", "/en/accessibility-statement/"),
    "easy-to-read text": ("/tekst-latwy-do-czytania/", "/en/easy-to-read/"),
    "sign language": ("/polski-jezyk-migowy/", "/en/polish-sign-language/"),
    "site map": ("/mapa-strony/", "/en/site-map/"),
    "search": ("/szukaj/?q=uchwa%C5%82a", "/en/search/?q=resolution"),
    "not found": ("/nie-ma-takiej-strony/", "/en/no-such-page/"),
}

ALL_PAGES = [path for pair in PAGE_TYPES.values() for path in pair]
