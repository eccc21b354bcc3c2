"""One URL of every public page type, in Polish and English (the demo's)."""

PAGES = {
    "home": ("/", "/en/"),
    "content page": ("/polityka-prywatnosci/", "/en/privacy-policy/"),
    "accessibility statement": ("/deklaracja-dostepnosci/", "/en/accessibility-statement/"),
    "region": ("/o-regionie/", "/en/region/"),
    "association": ("/zwiazek/", "/en/association/"),
    "association sub-page": ("/zwiazek/statut/", "/en/association/statute/"),
    "news list": ("/aktualnosci/", "/en/news/"),
    "news item": ("/aktualnosci/strategia-terytorialna-2021-2027-przyjeta/", "/en/news/territorial-strategy-2021-2027-adopted/"),
    "office": ("/biuro/", "/en/office/"),
    "member directory": ("/czlonkowie/", "/en/members/"),
    "member page": ("/czlonkowie/rybnik/", "/en/members/rybnik/"),
    "authorities": ("/wladze/", "/en/authorities/"),
    "authorities archive": ("/wladze/archiwum/", "/en/authorities/archive/"),
    "person": ("/wladze/osoby/1/", "/en/authorities/people/1/"),
    "register": ("/uchwaly/", "/en/resolutions/"),
    "resolution": ("/uchwaly/zgromadzenie-ogolne/2019/2/", "/en/resolutions/zgromadzenie-ogolne/2019/2/"),
    "register feed": ("/uchwaly/feed/", "/en/resolutions/feed/"),
    "projects index": ("/projekty/", "/en/projects/"),
    "project: description": ("/projekty/miedzysektorowa-wspolpraca/", "/en/projects/cross-sector-cooperation/"),
    "project: recruitment": ("/projekty/miedzysektorowa-wspolpraca/nabor/", "/en/projects/cross-sector-cooperation/recruitment/"),
    "project: downloads": ("/projekty/miedzysektorowa-wspolpraca/pliki/", "/en/projects/cross-sector-cooperation/downloads/"),
    "project with open recruitment": ("/projekty/kompetentna-administracja/nabor/",
                                      "/en/projects/competent-administration/recruitment/"),
    "easy-to-read text": ("/tekst-latwy-do-czytania/", "/en/easy-to-read/"),
    "sign language": ("/polski-jezyk-migowy/", "/en/polish-sign-language/"),
    "site map": ("/mapa-strony/", "/en/site-map/"),
    "search results": ("/szukaj/?q=projekt", "/en/search/?q=projekt"),
}

URLS = [url for pair in PAGES.values() for url in pair]
