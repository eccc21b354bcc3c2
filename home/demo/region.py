"""Demo step: "O regionie", its text; the figures under it are computed from the member pages."""

from ..models import RegionPage


def load(loader):
    pl = {"title": "O regionie", "intro": "Subregion Zachodni Województwa Śląskiego: 28 gmin i powiatów, ponad 600 tysięcy mieszkańców.",
          **_region_content(loader)}
    en = {"title": "The region", "slug": "region",
          "intro": "The Western Subregion of the Silesian Voivodeship: 28 municipalities and counties, over 600,000 inhabitants.",
          **_region_content_en(loader)}
    loader.ensure_pair(loader.home, RegionPage, "o-regionie", pl=pl, en=en, show_in_menus=True)


def _region_content(loader):
    """The editable text of "O regionie"; the figures under it are computed from the member directory."""
    return {
        "facts_note": "Liczba mieszkańców i powierzchnia: dane GUS, stan na 30.06.2009.",
        "body": [
            loader.heading("Położenie"),
            *loader.paragraphs(
                "Subregion Zachodni leży w południowo-zachodniej części województwa śląskiego, przy granicy z Czechami. "
                "Tworzą go trzy miasta na prawach powiatu – Rybnik, Jastrzębie-Zdrój i Żory – oraz powiaty raciborski, "
                "rybnicki i wodzisławski z ich gminami.",
                "To region dawnego przemysłu węglowego i energetyki, doliny Odry i jej dopływów, a zarazem ziemia o silnej "
                "tożsamości: raciborskiej, rybnickiej i wodzisławskiej.",
            ),
            loader.heading("Wspólne sprawy"),
            *loader.paragraphs(
                "Gminy i powiaty subregionu wspólnie planują inwestycje finansowane ze środków Unii Europejskiej: "
                "w latach 2014–2020 w ramach Regionalnych Inwestycji Terytorialnych (105,41 mln euro), "
                "a od 2021 roku w ramach Zintegrowanych Inwestycji Terytorialnych (165,7 mln euro).",
                "Najważniejsze wspólne cele to dobre połączenia drogowe (Droga Racibórz–Pszczyna, autostrada A1, "
                "Droga Główna Południowa), ochrona przeciwpowodziowa (zbiornik Racibórz Dolny), czyste powietrze "
                "i zintegrowany transport publiczny.",
            ),
        ],
    }


def _region_content_en(loader):
    return {
        "facts_note": "Population and area: Statistics Poland (GUS), as of 30 June 2009.",
        "body": [
            loader.heading("Location"),
            *loader.paragraphs(
                "The Western Subregion lies in the south-west of the Silesian Voivodeship, on the Czech border. "
                "It is made up of three cities with county rights – Rybnik, Jastrzębie-Zdrój and Żory – and the counties "
                "of Racibórz, Rybnik and Wodzisław with their municipalities.",
                "It is a region of former coal mining and power generation, of the Oder valley and its tributaries, and a land "
                "with a strong identity: that of Racibórz, Rybnik and Wodzisław.",
            ),
            loader.heading("Shared goals"),
            *loader.paragraphs(
                "The municipalities and counties plan EU-funded investments together: Regional Territorial Investments "
                "in 2014–2020 (EUR 105.41 million) and Integrated Territorial Investments since 2021 (EUR 165.7 million).",
                "The most important shared goals are good road links (the Racibórz–Pszczyna road, the A1 motorway, the Main "
                "Southern Road), flood protection (the Racibórz Dolny reservoir), clean air and integrated public transport.",
            ),
        ],
    }
