"""The two accessibility engines the browser tests run on a loaded page, and the one list of reviewed exceptions.

- **axe-core** (``tests.conftest.axe_violations``): WCAG 2.1 A/AA rules, no exception allowed.
- **IBM's accessibility-checker-engine** (``ace.js`` from the npm package pinned in ``package-lock.json``,
  installed by ``make test``): its ``WCAG_2_1`` rule set adds checks axe does not make — unique labels of
  repeated landmarks and articles, visible labels, focus styles, headings made of styled text, instructions
  relying on sensory words. Like IBM's own ``accessibility-checker`` (whose default ``failLevels`` are
  ``violation`` and ``potentialviolation``), a result counts when its level is VIOLATION and its outcome is
  FAIL or POTENTIAL; recommendations and manual checks are not reported.

A POTENTIAL result is the engine asking a person to look. Each one reviewed and found acceptable is written,
with its reason, in ``second_engine_exceptions.toml``; anything else fails the test that saw it, and an
exception that no longer matches anything fails the sweep, so the list cannot outlive the markup it excuses.
"""

import os
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR

ACE_JS = PROJECT_DIR / "node_modules" / "accessibility-checker-engine" / "ace.js"
EXCEPTIONS_FILE = Path(__file__).with_name("second_engine_exceptions.toml")
RULESET = "WCAG_2_1"
COUNTED_OUTCOMES = ("FAIL", "POTENTIAL")


@cache
def ace_script():
    if not ACE_JS.exists():
        message = f"{ACE_JS.relative_to(PROJECT_DIR)} is missing: run `make js` (npm ci) to install the second engine"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return ACE_JS.read_text()


_RUN_ACE = """async ([ruleset, outcomes]) => {
  const report = await new ace.Checker().check(document, [ruleset]);
  return report.results
    .filter((r) => r.value[0] === "VIOLATION" && outcomes.includes(r.value[1]))
    .map((r) => ({rule: r.ruleId, reason: r.reasonId, outcome: r.value[1], message: r.message,
                  path: r.path.dom, snippet: r.snippet}));
}"""


def ace_issues(tab):
    """Run the IBM engine on the page as it is now; return its counted results (dicts with rule, reason, path…)."""
    # Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
    if not tab.evaluate("typeof ace !== 'undefined'"):
        tab.evaluate(ace_script())
    return tab.evaluate(_RUN_ACE, [RULESET, list(COUNTED_OUTCOMES)])


@cache
def exceptions():
    """The reviewed exceptions: each has ``rule``, a ``why``, and optionally ``reason``, ``element``
    (regular expression searched in the element's opening tag), ``path`` (in its DOM path) and ``pages``
    (in the page's URL path)."""
    entries = tomllib.loads(EXCEPTIONS_FILE.read_text())["exception"]
    for entry in entries:
        assert entry.get("rule") and entry.get("why", "").strip(), f"an exception needs a rule and a why: {entry}"
        unknown = set(entry) - {"rule", "reason", "element", "path", "pages", "why"}
        assert not unknown, f"unknown keys {unknown} in {entry}"
    return entries


def _matches(entry, issue, page_path):
    return (
        entry["rule"] == issue["rule"]
        and entry.get("reason", issue["reason"]) == issue["reason"]
        and re.search(entry.get("element", ""), issue["snippet"]) is not None
        and re.search(entry.get("path", ""), issue["path"]) is not None
        and re.search(entry.get("pages", ""), page_path) is not None
    )


def unexplained(issues, page_path, used=None):
    """The issues no exception covers; ``used`` (a set) collects the indexes of the exceptions that matched."""
    left = []
    for issue in issues:
        hits = [index for index, entry in enumerate(exceptions()) if _matches(entry, issue, page_path)]
        if hits:
            if used is not None:
                used.update(hits)
        else:
            left.append(issue)
    return left


def describe(issues):
    return "\n".join(
        f"  - {i['rule']} ({i['outcome']}, {i['reason']}): {i['message']}\n      {i['snippet']}  at {i['path']}"
        for i in issues
    )


def assert_no_unexplained(tab):
    """Fail listing what the IBM engine reports on ``tab`` that no reviewed exception covers."""
    from urllib.parse import urlparse

    path = urlparse(tab.url).path
    left = unexplained(ace_issues(tab), path)
    assert not left, f"IBM accessibility checker on {path}:\n{describe(left)}"
