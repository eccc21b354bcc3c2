"""WCAG 1.4.10 Reflow and 1.4.4 Resize text: no page type needs horizontal scrolling at 320 CSS px, with the
site's largest font setting, at 200 % browser zoom, or with text alone enlarged to 200 %.

Tables may scroll inside their own wrapper (the data-table exception of 1.4.10): an element counts as too wide
only if it is not inside a box that scrolls sideways itself.
"""

import pytest

from tests.accessibility.pages import ALL_PAGES, NOT_IN_SITEMAP, sitemap_paths

pytestmark = pytest.mark.browser

CONDITIONS = {
    # a phone held upright: the width 1.4.10 names
    "320px": {"viewport": {"width": 320, "height": 640}},
    # the same with the site's own A+ setting (118.75 % text)
    "320px A+": {"viewport": {"width": 320, "height": 640}, "init": "localStorage.setItem('portal-font-size', 'large')",
                 "font_class": "font-large"},
    # the same with the site's own A++ setting (137.5 % text)
    "320px A++": {"viewport": {"width": 320, "height": 640}, "init": "localStorage.setItem('portal-font-size', 'xlarge')",
                  "font_class": "font-xlarge"},
    # a 1280 px window zoomed to 200 %: 640 CSS px, each two device pixels wide
    "200% zoom": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
    # text-only zoom to 200 % (Firefox's "zoom text only", Chrome's font-size setting) in a desktop window
    "200% text": {"viewport": {"width": 1280, "height": 900}, "root_font_size": "200%"},
}

TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  const scrollsItself = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
    }
    return false;
  };
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height <= 1) continue;  // hidden, or clipped to 1 px (visually-hidden text)
    if ((box.right > width + 1 || box.left < -1) && !scrollsItself(el)) {
      wide.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : ""} (${Math.round(box.left)}..${Math.round(box.right)})`);
    }
  }
  return {overflow: document.documentElement.scrollWidth - width, wide: wide.slice(0, 8)};
}"""


def overflowing(tab, paths, settings):
    """The ``paths`` that need horizontal scrolling in ``tab`` under ``settings``, each with what is too wide."""
    failures = []
    for path in paths:
        tab.goto(path)
        if "root_font_size" in settings:
            tab.evaluate("(size) => { document.documentElement.style.fontSize = size; }", settings["root_font_size"])
        if "font_class" in settings:
            assert settings["font_class"] in tab.evaluate("document.documentElement.className")
        result = tab.evaluate(TOO_WIDE)
        if result["overflow"] > 0 or result["wide"]:
            failures.append(f"{path}: scrolls sideways by {result['overflow']}px; too wide: {', '.join(result['wide'])}")
    return failures


def condition_tab(browser, live_site, settings):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport=settings["viewport"],
                                  device_scale_factor=settings.get("device_scale_factor", 1))
    if "init" in settings:
        context.add_init_script(settings["init"])
    return context, context.new_page()


@pytest.mark.parametrize("condition", list(CONDITIONS))
def test_no_page_type_scrolls_sideways(browser, live_site, condition):
    context, tab = condition_tab(browser, live_site, CONDITIONS[condition])
    failures = overflowing(tab, ALL_PAGES, CONDITIONS[condition])
    context.close()
    assert not failures, f"{condition}: {len(failures)} page(s) need horizontal scrolling:\n" + "\n".join(failures)


@pytest.mark.parametrize("condition", ["320px", "320px A+", "320px A++", "200% zoom"])
def test_no_page_of_the_sitemap_scrolls_sideways(browser, live_site, condition):
    """Every URL of the sitemap in both languages (and the states it does not list), not one page per type: a long
    title, name or address on one page is what breaks a narrow screen."""
    paths = sitemap_paths(live_site) + NOT_IN_SITEMAP
    assert len(paths) > 80
    context, tab = condition_tab(browser, live_site, CONDITIONS[condition])
    failures = overflowing(tab, paths, CONDITIONS[condition])
    context.close()
    assert not failures, f"{condition}: {len(failures)} of {len(paths)} pages need horizontal scrolling:\n" + "\n".join(failures)
