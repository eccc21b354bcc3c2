"""Demo step, after the sections: the home page's hero (the association's purpose) and its four top tasks.

Set once, on a home page that has no top tasks yet; from then on they are the editors'. The English home page
gets the same rows pointing at the English pages, each row's translation key the Polish row's, so wagtail-localize
treats them as its translation.
"""

from ..models import HomeTopTask

HERO = {
    "pl": ("Wspólnie rozwijamy Subregion Zachodni",
           "<p>Związek łączy 28 gmin i powiatów ziemi raciborskiej, rybnickiej i wodzisławskiej. Razem planujemy "
           "rozwój subregionu, przygotowujemy wspólne projekty i rozdzielamy środki Zintegrowanych Inwestycji "
           "Terytorialnych z Funduszy Europejskich.</p>"),
    "en": ("Developing the Western Subregion together",
           "<p>The association brings together 28 municipalities and counties around Racibórz, Rybnik and "
           "Wodzisław. Together we plan the subregion's development, prepare joint projects and allocate the "
           "Integrated Territorial Investments from the European Funds.</p>"),
}

# section slug, (label, description) in Polish and in English
TASKS = [
    ("uchwaly", ("Uchwały", "Rejestr uchwał Zgromadzenia i Zarządu"),
     ("Resolutions", "The register of the Assembly's and the Board's resolutions")),
    ("projekty", ("Nabory i projekty", "Trwające nabory i projekty z funduszy UE"),
     ("Calls and projects", "Open calls and EU-funded projects")),
    ("biuro", ("Biuro i kontakt", "Adres, godziny pracy, formularz kontaktowy"),
     ("Office and contact", "Address, opening hours, contact form")),
    ("czlonkowie", ("Członkowie", "28 gmin i powiatów na mapie subregionu"),
     ("Members", "28 municipalities and counties on the map")),
]


def load(loader):
    home = loader.home
    if home.top_tasks.exists():
        return
    english = home.get_translation_or_none(loader.en)
    english = english.specific if english else None
    rows, rows_en = [], []
    for order, (slug, (label, description), (label_en, description_en)) in enumerate(TASKS):
        section = loader.section(slug)
        if section is None:
            continue
        row = HomeTopTask(page=section, label=label, description=description, sort_order=order, locale=loader.pl)
        rows.append(row)
        section_en = section.get_translation_or_none(loader.en)
        if english is not None and section_en is not None:
            rows_en.append(HomeTopTask(page=section_en, label=label_en, description=description_en, sort_order=order,
                                       locale=loader.en, translation_key=row.translation_key))
    home.top_tasks = rows
    if loader.untouched_by_editors(home):
        home.hero_heading, home.intro = HERO["pl"]
    home.save_revision(log_action=True).publish()
    if english is not None:
        english.top_tasks = rows_en
        if loader.untouched_by_editors(english):
            english.hero_heading, english.intro = HERO["en"]
        english.save_revision(log_action=True).publish()
    loader.created += len(rows) + len(rows_en)
    loader.log("  home page: purpose and top tasks " + ", ".join(row.label for row in rows))
