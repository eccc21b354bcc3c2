"""Demo step: the two home pages, site settings and the legal pages (accessibility statement, privacy, RODO clause).

Runs first: every section hangs under the home page, and the forms link to the RODO clause page.
Facts are the association's public ones; invented details are marked "dane przykładowe".
"""

from wagtail.models import Page, Site

from core.models import RecommendedLink, SiteSettings, StandardPage

from ..models import HomePage
from . import accessibility_statement

# Sample official numbers (dane przykładowe) with valid checksums, so the validators accept them.
SAMPLE_NIP = "6422889772"
SAMPLE_REGON = "276828386"


def load(loader):
    home = _home_pages(loader)
    _site_settings(loader)
    _english_frame(loader)
    _legal_pages(loader, home)


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
        home.save_revision(log_action=True).publish()
        loader.created += 1
        loader.built_site = True
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


ENGLISH_FRAME = {
    "organisation_name_en": "Association of Municipalities and Counties of the Western Subregion of the Silesian "
    "Voivodeship, based in Rybnik",
    "short_name_en": "Western Subregion",
    "footer_credits_en": "Web design: Lioosys. Portal: open-source software built on Wagtail.",
    "mark_alt": "Znak Związku Gmin i Powiatów Subregionu Zachodniego",
    "mark_alt_en": "Mark of the Association of Municipalities and Counties of the Western Subregion",
    # the demo chooses no sharing image (pages share the mark); an editor who chooses one finds both texts ready
    "share_image_alt": "Rynek w Rybniku, siedzibie Związku",
    "share_image_alt_en": "The market square in Rybnik, the association's seat",
}
ENGLISH_LINK_TITLES = {
    "Województwo Śląskie": "Silesian Voivodeship",
    "Fundusze Europejskie dla Śląskiego": "European Funds for Silesia",
    "Regionalne Inwestycje Terytorialne": "Regional Territorial Investments",
    "Biuletyn Informacji Publicznej Związku": "The association's Public Information Bulletin (BIP)",
}


def _english_frame(loader):
    """The frame's English texts (and the mark's description), each only where it is still empty."""
    settings = SiteSettings.load()
    changed = [name for name, value in ENGLISH_FRAME.items() if not getattr(settings, name)]
    for name in changed:
        setattr(settings, name, ENGLISH_FRAME[name])
    if changed:
        loader.log("  site settings: the frame in English")
        settings.save(update_fields=changed)
    for link in RecommendedLink.objects.filter(settings=settings, title_en=""):
        if link.title in ENGLISH_LINK_TITLES:
            link.title_en = ENGLISH_LINK_TITLES[link.title]
            link.save(update_fields=["title_en"])


def _legal_pages(loader, home):
    """Pages every public body must have: the accessibility statement, privacy policy and the RODO clause."""
    accessibility = accessibility_statement.load(loader, home)
    privacy = loader.ensure_pair(
        home, StandardPage, "polityka-prywatnosci",
        pl={"title": "Polityka prywatności", "intro": "Jak portal przetwarza dane osobowe i jakich plików cookie używa.",
            "body": loader.paragraphs(
                "Portal nie używa plików cookie do śledzenia ani analityki. Zapamiętuje w przeglądarce tylko wybrany rozmiar czcionki i kontrast.",
                "Dane podane w formularzach są przetwarzane wyłącznie w celu, o którym informuje klauzula przy formularzu.",
                "Administratorem danych jest Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku, ul. Rudzka 13C, 44-200 Rybnik.")},
        en={"title": "Privacy policy", "slug": "privacy-policy", "intro": "How the portal processes personal data and which cookies it uses.",
            "body": loader.paragraphs(
                "The portal uses no cookies for tracking or analytics. The browser only remembers your text and contrast settings.",
                "Data given in forms is processed only for the purpose stated in the notice that comes with each form.",
                "The data controller is the Association of Municipalities and Counties of the Western Subregion of the Silesian "
                "Voivodeship, based in Rybnik, ul. Rudzka 13C, 44-200 Rybnik.")},
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
            "intro": "How personal data given in the portal's forms is processed (Article 13 GDPR).",
            "body": loader.paragraphs(
                "The controller of personal data is the Association of Municipalities and Counties of the Western Subregion of the "
                "Silesian Voivodeship, based in Rybnik, ul. Rudzka 13C, 44-200 Rybnik, e-mail biuro@subregion.pl.",
                "Data protection officer: iod@subregion.pl (sample data).",
                "We process the data to handle a submission (an application to a project or a message to the office) on the basis of "
                "consent (Article 6(1)(a) GDPR) and, in projects co-financed by the EU, also on the basis of the law on implementing "
                "operational programmes (Article 6(1)(c) GDPR). In the Human Capital Operational Programme (PO KL) projects the "
                "controller of the participants' data was the minister responsible for regional development, and the association "
                "processed it on the minister's behalf.",
                "The data may be disclosed to the programme's intermediate and audit bodies. It is not transferred to third countries.",
                "We keep the data for the duration of the project, its durability period and the archiving of its records; data "
                "from the contact form for 12 months.",
                "You may access, rectify and erase your data, to restrict its processing, to object and to data "
                "portability, and to withdraw your consent at any time without affecting the lawfulness of processing before it.",
                "You may lodge a complaint with the President of the Personal Data Protection Office (UODO).",
                "Giving the data is voluntary but necessary to consider the submission. The data is not used for automated "
                "decision-making or profiling.")},
    )
    settings = SiteSettings.load()
    if settings.accessibility_page_id is None or settings.privacy_page_id is None:
        settings.accessibility_page = settings.accessibility_page or accessibility
        settings.privacy_page = settings.privacy_page or privacy
        settings.save()
