"""Demo step: the header's accessible information (art. 6 pkt 3 lit. c): "Tekst łatwy do czytania", "Polski język
migowy" (the recording is still to be added) and "Mapa strony", in Polish and English, chosen in site settings.

Idempotent like every step: pages are found by slug, and settings an editor has chosen stay as they are.
"""

from core.models import SiteSettings

from ..models import EasyReadPage, SignLanguagePage, SiteMapPage

EASY_READ_PL = [
    "Jesteśmy Związkiem Gmin i Powiatów Subregionu Zachodniego.",
    "Nasze biuro jest w Rybniku, przy ulicy Rudzkiej 13C.",
    "Do Związku należy 28 gmin i powiatów.",
    "Gminy i powiaty razem planują ważne sprawy dla regionu.",
    "Staramy się o dobre drogi w naszym regionie.",
    "Dbamy o ochronę przed powodzią.",
    "Zdobywamy pieniądze z Unii Europejskiej na inwestycje w gminach i powiatach.",
    "Prowadzimy projekty i szkolenia dla pracowników urzędów.",
    "Promujemy turystykę w naszym regionie.",
    "Możesz do nas napisać: biuro@subregion.pl.",
    "Możesz też przyjść do biura. Jeśli potrzebujesz tłumacza języka migowego, napisz do nas wcześniej.",
]
EASY_READ_EN = [
    "We are the Association of Municipalities and Counties of the Western Subregion.",
    "Our office is in Rybnik, at ulica Rudzka 13C.",
    "28 municipalities and counties belong to the association.",
    "The municipalities and counties plan important things for the region together.",
    "We work for good roads in our region.",
    "We work for protection against floods.",
    "We get money from the European Union for investments in the municipalities and counties.",
    "We run projects and training for people who work in local offices.",
    "We promote tourism in our region.",
    "You can write to us: biuro@subregion.pl.",
    "You can also come to the office. If you need a sign language interpreter, write to us before you come.",
]


def _paragraphs(texts):
    return [{"type": "paragraph", "value": {"text": text, "image": None, "alt_text": ""}} for text in texts]


def load(loader):
    home = loader.home
    easy_read = loader.ensure_pair(
        home, EasyReadPage, "tekst-latwy-do-czytania",
        pl={"title": "Tekst łatwy do czytania", "intro": "Tu przeczytasz, czym zajmuje się nasz Związek.",
            "paragraphs": _paragraphs(EASY_READ_PL)},
        en={"title": "Easy-to-read text", "slug": "easy-to-read", "intro": "Here you can read what our association does.",
            "paragraphs": _paragraphs(EASY_READ_EN)},
    )
    sign_language = loader.ensure_pair(
        home, SignLanguagePage, "polski-jezyk-migowy",
        pl={"title": "Polski język migowy",
            "intro": "Informacja o działalności Związku w polskim języku migowym (PJM)."},
        en={"title": "Polish Sign Language", "slug": "polish-sign-language",
            "intro": "Information about the association's activity in Polish Sign Language (PJM)."},
    )
    site_map = loader.ensure_pair(
        home, SiteMapPage, "mapa-strony",
        pl={"title": "Mapa strony"},
        en={"title": "Site map", "slug": "site-map"},
    )
    settings = SiteSettings.load()
    chosen = {"easy_read_page": easy_read, "sign_language_page": sign_language, "site_map_page": site_map}
    missing = [name for name in chosen if getattr(settings, f"{name}_id") is None]
    if missing:
        loader.log("  site settings: the header's ETR, PJM and site map pages")
        for name in missing:
            setattr(settings, name, chosen[name])
        settings.save(update_fields=missing)
