"""Every public page through both accessibility engines, axe-core and IBM's checker, on one load per page.

The pages are every URL of the sitemap (both languages) plus states the sitemap does not list: the project
tabs' own URLs, search results, filtered lists, a filter error, the authorities' archive and person pages, the
404 page. High contrast changes colours only, so it is checked on one page of each type (axe already runs there
in both modes in each app's browser tests); the form error states are checked in test_keyboard.py.
"""

import time
from collections import Counter
from urllib.parse import urlparse

import pytest

from tests.accessibility.engines import ace_issues, ace_script, describe, exceptions, unexplained
from tests.accessibility.pages import NOT_IN_SITEMAP, PAGE_TYPES, sitemap_paths
from tests.conftest import axe_violations, format_violations

pytestmark = pytest.mark.browser

USED = set()  # indexes of the exceptions some page needed, across the tests of this module
SEEN = Counter()
RAN = set()  # which sweeps of this module ran to the end of their pages


@pytest.fixture(scope="module")
def sweep_tab(browser, live_site):
    ace_script()  # skips (or fails under CI) before the sweep if the engine is not installed
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    yield tab
    context.close()


def check(tab, path, label, with_axe=True):
    """Both engines on the page as it is; return the failures as text."""
    failures = []
    if with_axe:
        violations = axe_violations(tab)
        if violations:
            failures.append(f"axe on {path} ({label}):\n{format_violations(violations)}")
    issues = ace_issues(tab)
    SEEN.update(f"{i['rule']} ({i['outcome']})" for i in issues)
    left = unexplained(issues, urlparse(tab.url).path, USED)
    if left:
        failures.append(f"IBM checker on {path} ({label}):\n{describe(left)}")
    return failures


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_page_passes_axe_and_the_ibm_checker(sweep_tab, live_site, language):
    paths = [p for p in sitemap_paths(live_site) + NOT_IN_SITEMAP if p.startswith("/en/") == (language == "en")]
    assert len(paths) > 40
    started, failures = time.monotonic(), []
    for path in paths:
        sweep_tab.goto(path)
        failures += check(sweep_tab, path, "normal contrast")
    RAN.add(language)
    print(f"\n{language}: {len(paths)} pages through axe and the IBM checker in {time.monotonic() - started:.0f}s")
    assert not failures, f"{len(failures)} page(s) fail:\n" + "\n".join(failures)


def test_page_types_in_high_contrast_pass_the_ibm_checker(sweep_tab):
    failures = []
    for polish, _english in PAGE_TYPES.values():
        sweep_tab.goto(polish)
        sweep_tab.locator("[data-contrast-toggle]").click()
        assert "contrast-high" in sweep_tab.evaluate("document.documentElement.className")
        failures += check(sweep_tab, polish, "high contrast", with_axe=False)
        sweep_tab.locator("[data-contrast-toggle]").click()  # the choice persists: back to normal for the next page
    RAN.add("high contrast")
    assert not failures, f"{len(failures)} page(s) fail:\n" + "\n".join(failures)


def test_every_exception_is_still_needed():
    """Runs after the sweep (same module): an exception no page needed must be removed from the list."""
    if RAN != {"pl", "en", "high contrast"}:
        pytest.skip("only the whole sweep can tell which exceptions are needed")
    print("\nIBM checker results seen (all reviewed):\n" + "\n".join(f"  {n:4} {r}" for r, n in SEEN.most_common()))
    stale = [entry for index, entry in enumerate(exceptions()) if index not in USED]
    assert not stale, "exceptions that no page needs any more (remove them):\n" + "\n".join(map(str, stale))
