"""The overflow table for reviewers: how far each page type scrolls sideways at 320 CSS px with the site's three
text sizes (A, A+, A++) and in a 1280 px window at 200 % zoom, in Polish and in English, written as markdown to
``docs/design/overflow.md`` (or the file named by ``OVERFLOW_TABLE``).

It records rather than judges: ``tests/accessibility/test_reflow.py`` fails on any overflow; this shows the
whole picture at once, with the same measurement (``TOO_WIDE``), so the table before a change
(``docs/design/overflow-before.md``) and after it can be compared.
"""

import os
from pathlib import Path

import pytest

from tests.accessibility.pages import PAGE_TYPES
from tests.accessibility.test_reflow import TOO_WIDE

pytestmark = pytest.mark.browser

PROJECT_DIR = Path(__file__).resolve().parents[2]
CONDITIONS = {
    "320 A": {"viewport": {"width": 320, "height": 640}},
    "320 A+": {"viewport": {"width": 320, "height": 640}, "size": "large"},
    "320 A++": {"viewport": {"width": 320, "height": 640}, "size": "xlarge"},
    "1280 @ 200 %": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}
LANGUAGES = {"Polish": 0, "English": 1}


def measure(browser, base_url):
    """``{(page type, language, condition): overflow in px}``."""
    results = {}
    for condition, settings in CONDITIONS.items():
        context = browser.new_context(base_url=base_url, locale="pl-PL", viewport=settings["viewport"],
                                      device_scale_factor=settings.get("device_scale_factor", 1))
        if "size" in settings:
            context.add_init_script(f"localStorage.setItem('portal-font-size', '{settings['size']}')")
        tab = context.new_page()
        for name, paths in PAGE_TYPES.items():
            for language, index in LANGUAGES.items():
                tab.goto(paths[index])
                results[name, language, condition] = max(0, tab.evaluate(TOO_WIDE)["overflow"])
        context.close()
    return results


def table(results, title):
    lines = [f"# {title}", "",
             "How many CSS pixels each page type scrolls sideways (0: none). Conditions: 320 px wide at the site's "
             "text sizes A, A+ (118.75 %) and A++ (137.5 %), and a 1280 px window at 200 % zoom (640 CSS px). "
             "Measured by `tests/design/test_overflow_table.py` with the reflow test's `TOO_WIDE`.", ""]
    for language, index in LANGUAGES.items():
        lines += [f"## {language}", "", "| Page type | Address | " + " | ".join(CONDITIONS) + " |",
                  "|---|---|" + "---:|" * len(CONDITIONS)]
        for name, paths in PAGE_TYPES.items():
            cells = [results[name, language, condition] for condition in CONDITIONS]
            lines.append(f"| {name} | `{paths[index]}` | " + " | ".join(f"**{c}**" if c else "0" for c in cells) + " |")
        overflowing = sum(1 for name in PAGE_TYPES for c in CONDITIONS if results[name, language, c])
        lines += ["", f"{overflowing} of {len(PAGE_TYPES) * len(CONDITIONS)} page type × condition cells overflow.", ""]
    return "\n".join(lines)


def test_the_overflow_table_is_written(browser, live_site):
    target = Path(os.environ.get("OVERFLOW_TABLE", PROJECT_DIR / "docs" / "design" / "overflow.md"))
    title = os.environ.get("OVERFLOW_TITLE", "Sideways scrolling by page type")
    results = measure(browser, live_site.url)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = table(results, title)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")  # moved into place whole: a run beside
    partial.write_text(text)                                              # this one never reads half of it
    os.replace(partial, target)
    assert all(f"| {name} |" in text for name in PAGE_TYPES)
