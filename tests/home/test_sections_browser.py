"""axe-core (WCAG 2.1 A/AA) on every page type of the home app, in Polish and English, and the contact form by keyboard."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/", "/en/",
    "/o-regionie/", "/en/region/",
    "/zwiazek/", "/en/association/",
    "/zwiazek/statut/", "/en/association/statute/",
    "/zwiazek/historia/", "/en/association/history/",
    "/zwiazek/zespoly-robocze/", "/en/association/working-groups/",
    "/aktualnosci/", "/en/news/",
    "/aktualnosci/nowe-wladze-zwiazku-2024-2029/", "/en/news/new-authorities-2024-2029/",
    "/biuro/", "/en/office/",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_types_pass_axe(page, assert_accessible, path):
    response = page.goto(path)
    assert response.status == 200
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/", "/biuro/", "/zwiazek/historia/", "/o-regionie/"])
def test_high_contrast_passes_axe(page, assert_accessible, path):
    page.goto(path)
    page.get_by_role("button", name="Kontrast").click()
    assert_accessible(page)


def test_contact_form_errors_and_thank_you_page_pass_axe(page, assert_accessible):
    page.goto("/biuro/")
    form = page.locator("section.office-form")
    form.get_by_label("Imię i nazwisko").fill("Jan Testowy")
    with page.expect_navigation():
        form.get_by_role("button", name="Wyślij wiadomość").click()
    assert page.get_by_role("alert").is_visible()
    assert form.get_by_label("Imię i nazwisko").input_value() == "Jan Testowy"
    assert_accessible(page)

    form.get_by_label("Adres e-mail").fill("jan@example.com")
    form.get_by_label("Wiadomość").fill("Dzień dobry, proszę o kontakt.")
    consent = form.get_by_role("checkbox")
    consent.focus()
    page.keyboard.press("Space")
    assert consent.is_checked()
    form.get_by_role("button", name="Wyślij wiadomość").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == "Dziękujemy za wiadomość"
    assert_accessible(page)


def test_office_marks_today_for_screen_readers(page):
    page.goto("/biuro/")
    today = page.locator('table.opening-hours tr[aria-current="date"]')
    assert today.count() == 1
    assert "dziś" in today.inner_text()
