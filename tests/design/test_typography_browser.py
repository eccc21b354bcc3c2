"""In Chromium: the portal's own typefaces and type scale, as a visitor's browser draws them.

- Open Sans (text) and Lexend (headings) come from the site's own origin, and the Polish letters are drawn with
  them (the latin-ext files), not with a system font; no request leaves the origin.
- Headings step clearly down to the text at a phone's 320 px (at every text size) and on a desktop.
"""

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

POLISH = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"
# Chromium's own answer to "which font drew this node's text" (DevTools, Computed › Rendered fonts)
SAMPLE = """(text) => {
  const p = document.createElement("p");
  p.id = "polish-sample";
  p.textContent = text;
  document.querySelector("main").append(p);
  const h = document.createElement("h2");
  h.id = "polish-heading";
  h.textContent = text;
  document.querySelector("main").append(h);
}"""


def rendered_fonts(tab, selector):
    """``{family name: glyph count}`` of the fonts Chromium used to draw the text of the node ``selector``."""
    cdp = tab.context.new_cdp_session(tab)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return {font["familyName"]: font["glyphCount"] for font in fonts if font["isCustomFont"]}, fonts


def test_polish_text_is_drawn_with_the_sites_own_typefaces(page, live_site):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    font_responses = []
    page.on("response", lambda response: font_responses.append(response) if response.request.resource_type == "font" else None)
    page.goto("/zwiazek/statut/")
    page.evaluate(SAMPLE, POLISH)
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_function("[...document.fonts].filter((f) => f.status === 'loaded').length >= 4")

    assert page.evaluate("document.fonts.check('16px \"Open Sans\"', 'ąę')")
    assert page.evaluate("document.fonts.check('700 28px Lexend', 'ąę')")
    loaded = page.evaluate("""[...document.fonts].filter((f) => f.status === "loaded")
        .map((f) => `${f.family.replace(/"/g, "")} ${f.weight} ${f.style} ${f.unicodeRange}`)""")
    assert any(face.startswith("Open Sans 400 normal") and "U+100-2BA" in face.upper().replace("U+0100", "U+100")
               for face in loaded), loaded
    assert any(face.startswith("Lexend 700 normal") and "U+100-2BA" in face.upper().replace("U+0100", "U+100")
               for face in loaded), loaded

    text_fonts, all_fonts = rendered_fonts(page, "#polish-sample")
    assert set(text_fonts) == {"Open Sans"}, f"Polish text drawn with {all_fonts}"
    heading_fonts, all_fonts = rendered_fonts(page, "#polish-heading")
    assert set(heading_fonts) == {"Lexend"}, f"Polish heading drawn with {all_fonts}"

    origin = urlparse(live_site.url).netloc
    assert [url for url in requests if urlparse(url).netloc != origin and not url.startswith("data:")] == []
    assert font_responses, "no font was downloaded"
    for response in font_responses:
        assert urlparse(response.url).netloc == origin and "/static/fonts/" in response.url
        assert response.status == 200 and response.url.endswith(".woff2")


SIZES = """() => {
  const main = document.querySelector("main");
  const probe = document.createElement("div");
  probe.innerHTML = "<h2>Dwa</h2><h3>Trzy</h3><p>Tekst</p>";
  main.append(probe);
  const size = (el) => parseFloat(getComputedStyle(el).fontSize);
  return [size(document.querySelector("main h1")), ...[...probe.children].map(size)];
}"""


@pytest.mark.parametrize("width, text_size", [(320, "normal"), (320, "large"), (320, "xlarge"), (1280, "normal")])
def test_headings_step_down_clearly_at_every_width(browser, live_site, width, text_size):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 800})
    context.add_init_script(f"localStorage.setItem('portal-font-size', '{text_size}')")
    tab = context.new_page()
    tab.goto("/zwiazek/")
    h1, h2, h3, p = tab.evaluate(SIZES)
    context.close()
    for bigger, smaller, names in ((h1, h2, "H1/H2"), (h2, h3, "H2/H3"), (h3, p, "H3/text")):
        assert bigger >= smaller * 1.1, f"{names} at {width}px ({text_size}): {bigger}px vs {smaller}px (sizes {h1}, {h2}, {h3}, {p})"
