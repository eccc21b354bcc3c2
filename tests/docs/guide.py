"""The pictures of the editors' guide (``docs/przewodnik-redaktora.md``), taken by the journeys in this folder.

Every picture in the guide is a screenshot a browser test takes through ``shot`` while it does the step for real,
as a member of the right group, so the guide shows the admin as it is on every ``make test``. ``test_guide.py``
fails when the guide names a picture no test takes, or a test takes one the guide does not show.
"""

from pathlib import Path

from tests.pictures import save_screenshot, take_screenshot

PROJECT_DIR = Path(__file__).resolve().parents[2]
GUIDE = PROJECT_DIR / "docs" / "przewodnik-redaktora.md"
PICTURES = PROJECT_DIR / "docs" / "przewodnik"
VIEWPORT = {"width": 1280, "height": 800}

# Scrolled only when the element is not well inside the window (the admin's header and action bar stick to its
# edges and would cover it).
SCROLL = """(element) => {
    const box = element.getBoundingClientRect();
    if (box.top < 80 || box.bottom > window.innerHeight - 100) {
        element.scrollIntoView({block: "center", behavior: "instant"});
    }
}"""
# A red frame around what the step asks to click or fill, drawn over the page (CSSOM styles, which the
# Content-Security-Policy allows) and removed once the picture is taken.
FRAME = """(box) => {
    const frame = document.createElement("div");
    frame.id = "guide-frame";
    Object.assign(frame.style, {
        position: "fixed", left: `${box.x - 5}px`, top: `${box.y - 5}px`, width: `${box.width + 10}px`,
        height: `${box.height + 10}px`, border: "4px solid #d4001e", borderRadius: "6px", boxSizing: "border-box",
        zIndex: "2147483647", pointerEvents: "none",
    });
    document.body.append(frame);
}"""


def shot(tab, name, mark=None):
    """Save what ``tab`` shows as ``docs/przewodnik/<name>.png``; ``mark`` (a locator) is brought into the window
    and framed in red.

    The picture is the window only (1280×800), reduced to 256 colours: an admin screen keeps its look at a third
    of the size, so the guide's pictures stay small in git.
    """
    if mark is not None:
        mark.evaluate(SCROLL)
        tab.evaluate(FRAME, mark.bounding_box())
    png = take_screenshot(tab, full_page=False, animations="disabled", caret="hide")
    if mark is not None:
        tab.evaluate("document.getElementById('guide-frame').remove()")
    PICTURES.mkdir(parents=True, exist_ok=True)
    save_screenshot(png, PICTURES / f"{name}.png")
