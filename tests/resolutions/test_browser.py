"""axe-core on the register and a resolution page, in Polish and English, in normal and high contrast."""

import pytest

pytestmark = pytest.mark.browser

PATHS = [
    "/uchwaly/",
    "/uchwaly/?rok=abc&organ=zarzad",
    "/uchwaly/zgromadzenie-ogolne/2019/2/",
    "/en/resolutions/",
    "/en/resolutions/zgromadzenie-ogolne/2019/2/",
]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_register_and_detail_pass_axe(page, assert_accessible, path, contrast):
    response = page.goto(path)
    assert response.status == 200
    if contrast == "high":
        page.locator("[data-contrast-toggle]").click()
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_filters_by_keyboard_end_up_in_the_url(page):
    page.goto("/uchwaly/")
    page.get_by_label("Organ").select_option("zarzad")
    page.get_by_label("Rok").fill("2016")
    page.get_by_label("Rok").press("Enter")
    page.wait_for_url("**/uchwaly/?**")
    assert "organ=zarzad" in page.url and "rok=2016" in page.url
    assert page.locator("tbody tr").count() == 2
    with page.expect_navigation():
        page.get_by_role("link", name="9/2016", exact=True).click()
    assert "Zmieniona przez" in page.content()
