"""axe (WCAG 2.1 A/AA) on every page type of the members app, in both languages and in high contrast; the filter by keyboard."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/czlonkowie/", "/czlonkowie/?typ=powiat", "/czlonkowie/?typ=nieznany", "/czlonkowie/rybnik/",
    "/czlonkowie/gaszowice/", "/wladze/", "/wladze/archiwum/",
    "/en/members/", "/en/members/powiat-rybnicki/", "/en/authorities/", "/en/authorities/archive/",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_pass_axe(page, assert_accessible, path):
    response = page.goto(path)
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/czlonkowie/", "/czlonkowie/rybnik/", "/wladze/"])
def test_pages_pass_axe_in_high_contrast(page, assert_accessible, path):
    page.goto(path)
    page.get_by_role("button", name="Kontrast").click()
    assert "contrast-high" in page.evaluate("document.documentElement.className")
    assert_accessible(page)


def test_filter_by_type_works_by_keyboard(page):
    page.goto("/czlonkowie/")
    page.get_by_label("Rodzaj członka").focus()
    page.get_by_label("Rodzaj członka").select_option("miasto-na-prawach-powiatu")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Pokaż"
    page.keyboard.press("Enter")
    page.wait_for_url("**/czlonkowie/?typ=miasto-na-prawach-powiatu")
    names = page.locator(".member-card__name").all_inner_texts()
    assert sorted(names) == ["Jastrzębie-Zdrój", "Rybnik", "Żory"]


def test_member_link_leads_to_its_page_and_back_to_its_county(page):
    page.goto("/czlonkowie/")
    page.get_by_role("link", name="Gaszowice").click()
    page.wait_for_url("**/czlonkowie/gaszowice/")
    page.get_by_role("link", name="Powiat rybnicki").last.click()
    page.wait_for_url("**/czlonkowie/powiat-rybnicki/")
    assert "Damian Mrowiec" in page.locator("main").inner_text()


@pytest.mark.parametrize("start", ["/wladze/", "/en/authorities/"])
def test_person_page_from_the_authorities_table_passes_axe(page, assert_accessible, start):
    page.goto(start)
    with page.expect_navigation():
        page.locator(".term-table tbody th a").first.click()
    assert "/osoby/" in page.url or "/people/" in page.url
    assert page.locator("h1").count() == 1
    assert page.locator(".member-seats a").count() >= 1
    assert_accessible(page)
