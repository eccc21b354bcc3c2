"""The editors' guide and its pictures agree (no browser): every picture the guide shows is taken by a journey in
this folder, every picture a journey takes is in the guide, and ``docs/przewodnik/`` holds no other file.

The names are read from the journeys' source: each ``shot(tab, "name", …)`` call, whose name must be written out.
"""

import ast
import re
from collections import Counter
from pathlib import Path

from .guide import GUIDE, PICTURES

JOURNEYS = sorted(Path(__file__).parent.glob("test_*_browser.py"))
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<path>[^)\s]+)\)")


def shot_names():
    """(name, where) of every ``shot`` call in the journeys; a name that is not a literal string is a failure."""
    found = []
    for path in JOURNEYS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "shot":
                name = node.args[1] if len(node.args) > 1 else None
                where = f"{path.name}:{node.lineno}"
                assert isinstance(name, ast.Constant) and isinstance(name.value, str), (
                    f"{where}: shot() needs its picture's name written out, so this test can read it"
                )
                found.append((name.value, where))
    return found


def guide_images():
    """(alt text, path) of every image in the guide."""
    return [(match["alt"], match["path"]) for match in IMAGE.finditer(GUIDE.read_text(encoding="utf-8"))]


def test_the_journeys_take_pictures_each_under_its_own_name():
    names = shot_names()
    assert len(JOURNEYS) >= 6 and names
    repeated = [name for name, count in Counter(name for name, _ in names).items() if count > 1]
    assert not repeated, f"two shot() calls would write the same picture: {repeated}"
    bad = [name for name, _ in names if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name)]
    assert not bad, f"picture names are lower-case ASCII words joined by hyphens: {bad}"


def test_the_guide_shows_exactly_the_pictures_the_journeys_take():
    taken = {name: where for name, where in shot_names()}
    shown = {}
    for alt, path in guide_images():
        assert path.startswith("przewodnik/") and path.endswith(".png"), f"the guide's {path} is not in przewodnik/"
        assert alt.strip(), f"the guide's image {path} has no alt text"
        shown[path.removeprefix("przewodnik/").removesuffix(".png")] = path
    not_taken = sorted(set(shown) - set(taken))
    assert not not_taken, f"the guide shows pictures no test in tests/docs takes: {not_taken}"
    not_shown = sorted(f"{name} ({taken[name]})" for name in set(taken) - set(shown))
    assert not not_shown, f"tests in tests/docs take pictures the guide does not show: {not_shown}"


def test_the_pictures_folder_holds_nothing_the_journeys_no_longer_take():
    """A renamed or removed step leaves its old picture behind; the journeys themselves write the current ones."""
    expected = {f"{name}.png" for name, _ in shot_names()}
    present = {path.name for path in PICTURES.iterdir()} if PICTURES.exists() else set()
    stale = sorted(present - expected)
    assert not stale, f"docs/przewodnik/ holds pictures no test takes any more; delete them: {stale}"
