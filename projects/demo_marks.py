"""The demo's funding marks, drawn only where their geometry is published, as SVG.

- The EU emblem: a reflex-blue rectangle 3 : 2, twelve gold five-pointed stars, one point up, at the hours of
  a clock on a circle whose radius is a third of the height; each star fits a circle of a eighteenth of the
  height (the Council of Europe's and the EU's published description of the flag).
- The colours of the Republic of Poland: white over red, 8 : 5, with the words "Rzeczpospolita Polska".

The Fundusze Europejskie sign (with the programme's name) and the voivodeship's sign are not drawn: they are
the programme's official files, which the office uploads on the programme (see ``FundingProgramme``'s help and
the README). A strip that showed look-alikes of them would pretend to be the official set.
"""

import math

REFLEX_BLUE = "#003399"
GOLD = "#FFCC00"
POLISH_RED = "#DC143C"
TEXT = "#1a1a1a"
FONT = "font-family=\"'Open Sans', Arial, Helvetica, sans-serif\""


def _star(cx, cy, radius):
    """The points of a regular five-pointed star, one point up, inscribed in a circle of ``radius``."""
    inner = radius * math.sin(math.radians(18)) / math.sin(math.radians(126))
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else inner
        angle = math.radians(-90 + i * 36)
        points.append(f"{cx + r * math.cos(angle):.2f},{cy + r * math.sin(angle):.2f}")
    return " ".join(points)


def eu_flag(x, y, height):
    """The EU flag (a group of SVG elements) with its top left corner at (x, y)."""
    width = height * 1.5
    cx, cy = x + width / 2, y + height / 2
    stars = "".join(
        f'<polygon fill="{GOLD}" points="{_star(cx + height / 3 * math.sin(math.radians(h * 30)), cy - height / 3 * math.cos(math.radians(h * 30)), height / 18)}"/>'
        for h in range(12)
    )
    return f'<g><rect x="{x}" y="{y}" width="{width}" height="{height}" fill="{REFLEX_BLUE}"/>{stars}</g>'


def polish_colours(x, y, height):
    """The white-and-red flag (8 : 5) with a hairline so the white half shows on white."""
    width = height * 1.6
    return (
        f'<g><rect x="{x}" y="{y}" width="{width}" height="{height / 2}" fill="#ffffff"/>'
        f'<rect x="{x}" y="{y + height / 2}" width="{width}" height="{height / 2}" fill="{POLISH_RED}"/>'
        f'<rect x="{x + 0.5}" y="{y + 0.5}" width="{width - 1}" height="{height - 1}" fill="none" stroke="#b3b3b3"/></g>'
    )


def _lines(x, y, lines, size, weight="400", anchor="start"):
    spans = "".join(f'<tspan x="{x}" dy="{size * 1.2 if n else 0}">{line}</tspan>' for n, line in enumerate(lines))
    return f'<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}" fill="{TEXT}" {FONT}>{spans}</text>'


def _svg(width, height, body, title):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img"><title>{title}</title><rect width="{width}" height="{height}" fill="#ffffff"/>{body}</svg>'
    ).encode()


def co_funded_strip(vertical=False):
    """The 2021–2027 signs that may be drawn, in the required order: the colours of the Republic of Poland, then
    the EU emblem with "Dofinansowane przez Unię Europejską" (the Fundusze Europejskie sign before them and the
    voivodeship's sign after them come from the official files)."""
    poland = ["Rzeczpospolita", "Polska"]
    eu = ["Dofinansowane przez", "Unię Europejską"]
    title = "Barwy Rzeczypospolitej Polskiej; znak Unii Europejskiej: Dofinansowane przez Unię Europejską"
    if vertical:
        body = (
            polish_colours(40, 30, 60)
            + _lines(150, 55, poland, 20, "600")
            + '<line x1="30" y1="120" x2="370" y2="120" stroke="#b3b3b3"/>'
            + eu_flag(30, 145, 80)
            + _lines(160, 180, eu, 20, "600")
        )
        return _svg(400, 255, body, title)
    body = (
        polish_colours(30, 30, 60)
        + _lines(136, 55, poland, 20, "600")
        + '<line x1="290" y1="20" x2="290" y2="100" stroke="#b3b3b3"/>'
        + eu_flag(320, 20, 80)
        + _lines(450, 55, eu, 20, "600")
    )
    return _svg(700, 120, body, title)


def eu_social_fund_strip(vertical=False):
    """The 2007–2013 EU sign of the European Social Fund: the flag with "Unia Europejska, Europejski Fundusz
    Społeczny" (the programme's own logo, e.g. Kapitał Ludzki, comes from the official files)."""
    words = ["UNIA EUROPEJSKA", "EUROPEJSKI", "FUNDUSZ SPOŁECZNY"]
    title = "Flaga Unii Europejskiej: Unia Europejska, Europejski Fundusz Społeczny"
    if vertical:
        return _svg(300, 210, eu_flag(90, 20, 80) + _lines(150, 135, words, 18, "700", "middle"), title)
    return _svg(480, 120, eu_flag(20, 20, 80) + _lines(150, 45, words, 18, "700"), title)
