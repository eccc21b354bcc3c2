"""The EU marks strip in Chromium: right under the title and within the first screen of a 320 × 640 phone at
every text size, the vertical file there (the EU emblem at least 40 px high), the horizontal one on a desktop;
axe-clean in both contrast modes."""

import pytest

pytestmark = pytest.mark.browser

PROJECTS = ["/projekty/kompetentna-administracja/", "/projekty/miedzysektorowa-wspolpraca/nabor/",
            "/en/projects/competent-administration/"]
FONT_SIZES = {"A": None, "A+": "large", "A++": "xlarge"}

MEASURE = """() => {
  const h1 = document.querySelector("main h1").getBoundingClientRect();
  const img = document.querySelector(".project-marks__image");
  const strip = document.querySelector(".project-marks").getBoundingClientRect();
  const box = img.getBoundingClientRect();
  return {h1Bottom: h1.bottom, top: strip.top, bottom: strip.bottom, height: box.height, width: box.width,
          src: img.currentSrc, complete: img.complete && img.naturalWidth > 0};
}"""


def open_at(browser, live_site, path, width, height, font_size=None):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": height})
    if font_size:
        context.add_init_script(f"localStorage.setItem('portal-font-size', '{font_size}')")
    tab = context.new_page()
    tab.goto(path)
    tab.wait_for_load_state("load")
    return context, tab


def measure_on_a_phone(browser, live_site, size):
    boxes = {}
    for path in PROJECTS:
        context, tab = open_at(browser, live_site, path, 320, 640, FONT_SIZES[size])
        boxes[path] = tab.evaluate(MEASURE)
        context.close()
    return boxes


@pytest.mark.parametrize("size", list(FONT_SIZES))
def test_on_a_phone_the_strip_follows_the_title_legibly(browser, live_site, size):
    for path, box in measure_on_a_phone(browser, live_site, size).items():
        assert box["complete"], path
        assert box["top"] - box["h1Bottom"] < 100, (path, size, box)
        # the vertical file; in the demo's set the EU emblem is 80 of its 255 (or 210) units high
        assert "pionowo" in box["src"], (path, box)
        assert box["height"] * 80 / 255 >= 40, (path, size, box)


@pytest.mark.parametrize("size", list(FONT_SIZES))
def test_on_a_phone_the_strip_starts_within_the_first_screen(browser, live_site, size):
    boxes = measure_on_a_phone(browser, live_site, size)
    for path, box in boxes.items():
        assert box["top"] < 640, (path, size, box)


def test_on_a_desktop_the_strip_is_the_horizontal_file(browser, live_site):
    context, tab = open_at(browser, live_site, PROJECTS[0], 1280, 900)
    box = tab.evaluate(MEASURE)
    context.close()
    assert "poziomo" in box["src"] and box["top"] - box["h1Bottom"] < 100
    assert box["height"] * 80 / 120 >= 40  # the EU emblem: 80 of the horizontal file's 120 units


@pytest.mark.parametrize("contrast", [False, True])
@pytest.mark.parametrize("width", [320, 1280])
def test_project_pages_with_the_strip_pass_axe(browser, live_site, assert_accessible, contrast, width):
    context, tab = open_at(browser, live_site, PROJECTS[0], width, 900)
    if contrast:
        tab.evaluate("document.documentElement.classList.add('contrast-high')")
    assert_accessible(tab)
    tab.goto(PROJECTS[2])
    if contrast:
        tab.evaluate("document.documentElement.classList.add('contrast-high')")
    assert_accessible(tab)
    context.close()
