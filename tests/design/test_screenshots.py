"""Screenshots of every page type for reviewers, in ``docs/design/``: a 320 × 640 phone and a 1280 × 900 desktop,
normal and high contrast, the whole page each (Polish addresses of ``tests.accessibility.pages.PAGE_TYPES``).

``test_every_page_type_is_photographed`` retakes them all (about 110 pictures, reduced to 256 colours like the
editors' guide's, so they stay small in git); ``test_the_readme_lists_every_screenshot`` needs no browser and
fails when ``docs/design/README.md`` lacks a page type's picture or names one that is not there.
"""

import re
from pathlib import Path

import pytest

from tests.accessibility.pages import PAGE_TYPES
from tests.pictures import save_screenshot, take_screenshot

PROJECT_DIR = Path(__file__).resolve().parents[2]
DESIGN = PROJECT_DIR / "docs" / "design"
README = DESIGN / "README.md"
SIZES = {320: {"width": 320, "height": 640}, 1280: {"width": 1280, "height": 900}}
CONTRASTS = {"": "normal", "-contrast": "high"}


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def file_names(name):
    return [f"{slug(name)}-{width}{suffix}.png" for width in SIZES for suffix in CONTRASTS]


@pytest.mark.browser
def test_every_page_type_is_photographed(browser, live_site):
    DESIGN.mkdir(parents=True, exist_ok=True)
    for width, viewport in SIZES.items():
        for suffix, contrast in CONTRASTS.items():
            context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport=viewport,
                                          device_scale_factor=1)
            context.add_init_script(f"localStorage.setItem('portal-contrast', '{contrast}')")
            tab = context.new_page()
            for name, (path, _english) in PAGE_TYPES.items():
                tab.goto(path)
                tab.evaluate("document.fonts.ready.then(() => true)")
                assert ("contrast-high" in tab.evaluate("document.documentElement.className")) == (contrast == "high")
                png = take_screenshot(tab, full_page=True, animations="disabled", caret="hide")
                save_screenshot(png, DESIGN / f"{slug(name)}-{width}{suffix}.png")
            context.close()
    for name in PAGE_TYPES:
        for file_name in file_names(name):
            assert (DESIGN / file_name).stat().st_size > 1000, file_name


def test_the_readme_lists_every_screenshot():
    text = README.read_text()
    named = set(re.findall(r"\(([a-z0-9-]+\.png)\)", text))
    for name in PAGE_TYPES:
        for file_name in file_names(name):
            assert file_name in named, f"docs/design/README.md does not show {file_name} ({name})"
    missing = sorted(file_name for file_name in named if not (DESIGN / file_name).exists())
    assert not missing, f"docs/design/README.md names pictures that are not there: {missing}"
