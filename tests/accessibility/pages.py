"""One address of every public page type, in Polish and in English, for the layout and keyboard checks.

The sitemap sweep (test_second_engine.py) visits every page; checks that cost more per page (reflow at four
sizes, tabbing through every focusable element) run on one page of each type, since pages of a type share
their template and differ only in text, and the longest texts of the demo were picked where they differ.
"""

import re
import urllib.request
from urllib.parse import urlparse

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

# States of pages the sitemap does not list: the project tabs' own URLs, search results, filtered lists, a filter
# error, the authorities' archive and person pages, the 404 page.
NOT_IN_SITEMAP = [
    "/projekty/miedzysektorowa-wspolpraca/nabor/", "/projekty/miedzysektorowa-wspolpraca/pliki/",
    "/projekty/kompetentna-administracja/nabor/", "/szukaj/?q=statut", "/uchwaly/?rok=2024&organ=zarzad",
    "/uchwaly/?rok=abc", "/nie-ma-takiej-strony/", "/czlonkowie/?typ=powiat", "/czlonkowie/?powiat=powiat-raciborski",
    "/wladze/archiwum/",
    "/wladze/osoby/1/",
    "/en/projects/cross-sector-cooperation/recruitment/", "/en/projects/cross-sector-cooperation/downloads/",
    "/en/projects/competent-administration/recruitment/", "/en/search/?q=statute", "/en/resolutions/?rok=2024",
    "/en/no-such-page/", "/en/authorities/archive/", "/en/authorities/people/1/",
]


def sitemap_paths(live_site):
    xml = urllib.request.urlopen(live_site.url + "/sitemap.xml", timeout=10).read().decode()
    return [urlparse(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]
