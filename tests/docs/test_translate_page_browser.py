"""Guide, part 5: a translator (Tłumacze) starts the English version of a new Polish page from the dashboard and
translates its texts in wagtail-localize's editor; they cannot publish, so the English page is not public yet;
an office editor (Sekretariat) opens the English version from the Polish page and publishes it."""

import pytest
from playwright.sync_api import expect

from .guide import shot
from .steps import explore, pencil

pytestmark = pytest.mark.browser

POLISH_TITLE = "Współpraca z organizacjami pozarządowymi"
ENGLISH = {
    POLISH_TITLE: "Cooperation with non-governmental organisations",
    "Jak Związek współpracuje z organizacjami pozarządowymi subregionu.": "How the Association works with the subregion's non-governmental organisations.",
    "Raz w roku Związek zaprasza organizacje na wspólne forum.": "Once a year the Association invites the organisations to a joint forum.",
}
SLUG, ENGLISH_SLUG = "wspolpraca-z-organizacjami-pozarzadowymi", "cooperation-with-ngos"
ENGLISH_URL = f"/en/association/{ENGLISH_SLUG}/"


def translate(tab, polish, english):
    """Translate one segment in wagtail-localize's editor; return its "Zapisz" before it is clicked."""
    segment = tab.locator("li", has_text=polish).last
    segment.get_by_role("button", name="Tłumacz").click()
    segment.locator("textarea").fill(english)
    return segment, segment.get_by_role("button", name="Zapisz")


def test_tlumacze_translate_and_sekretariat_publishes(open_tab):
    translator = open_tab("Tłumacze")
    waiting = translator.get_by_role("region", name="Strony do przetłumaczenia")
    start = waiting.locator("tr", has_text=POLISH_TITLE).get_by_role("link", name="Przetłumacz")
    shot(translator, "tlumaczenie-pulpit", start)
    start.click()
    english = translator.get_by_label("angielski")
    english.check()
    shot(translator, "tlumaczenie-jezyk", english)
    translator.get_by_role("button", name="Wyślij").click()
    translator.locator(".messages", has_text="została przekazana do tłumaczenia").wait_for()
    shot(translator, "tlumaczenie-edytor", translator.get_by_role("button", name="Tłumacz").first)

    for polish, text in ENGLISH.items():
        segment, save = translate(translator, polish, text)
        if polish == POLISH_TITLE:
            shot(translator, "tlumaczenie-segment", save)
        save.click()
        segment.get_by_text(text).wait_for()
    translator.get_by_role("tab", name="Promocja").click()
    segment, save = translate(translator, SLUG, ENGLISH_SLUG)
    shot(translator, "tlumaczenie-adres", segment)
    save.click()
    segment.get_by_text(ENGLISH_SLUG).wait_for()
    translator.get_by_role("tab", name="Treść").click()
    # the address too; the editor marks each segment once its save comes back, so wait for the last one
    expect(translator.get_by_text("Przetłumaczono ręcznie")).to_have_count(len(ENGLISH) + 1)
    assert translator.get_by_role("button", name="Opublikuj wersję: angielski").count() == 0
    shot(translator, "tlumaczenie-gotowe", translator.get_by_text("Przetłumaczono ręcznie").first)
    assert translator.request.get(ENGLISH_URL).status == 404

    office = open_tab("Sekretariat")
    explore(office, "Związek Gmin i Powiatów Subregionu Zachodniego", "Związek")
    pencil(office, POLISH_TITLE).click()
    office.get_by_role("button", name="Pokaż/ukryj status").click()
    office.get_by_role("button", name="Zmień język").click()
    version = office.get_by_role("link", name="angielski")
    shot(office, "tlumaczenie-zmien-jezyk", version)
    version.click()
    publish = office.get_by_role("button", name="Opublikuj wersję: angielski")
    shot(office, "tlumaczenie-publikuj", publish)
    publish.click()
    office.locator(".messages", has_text="Opublikowano").wait_for()

    visitor = open_tab()
    visitor.goto(ENGLISH_URL)
    assert visitor.locator("h1").inner_text() == ENGLISH[POLISH_TITLE]
    page_text = visitor.locator("main").inner_text()
    assert all(text in page_text for text in ENGLISH.values())
    shot(visitor, "tlumaczenie-po-angielsku", visitor.locator("h1"))
