"""In Chromium: an editor opens the pattern library, sees every component drawn, and axe finds nothing in either
contrast mode (switched with the library's own contrast button)."""

from pathlib import Path

import pytest

from tests.conftest import axe_violations, format_violations, log_in_to_admin
from tests.pictures import save_screenshot, take_screenshot

pytestmark = pytest.mark.browser

DESIGN = Path(__file__).resolve().parents[2] / "docs" / "design"

USERNAME, PASSWORD = "wzorce-projektantka", "haslo-do-wzorcow-7"
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}"); user.save(); user.groups.add(Group.objects.get(name="Redakcja"))
"""
TEARDOWN = f"from django.contrib.auth import get_user_model; get_user_model().objects.filter(username='{USERNAME}').delete()"

EXAMPLES = """() => [...document.querySelectorAll("section[data-pattern]")].map((section) => ({
  template: section.dataset.pattern,
  name: section.querySelector("h2").textContent.trim(),
  drawn: [...section.querySelectorAll(".pattern__example")].map((box) => box.getBoundingClientRect().height),
}))"""


def test_an_editor_sees_every_component_and_axe_finds_nothing_in_both_contrasts(page, live_site):
    live_site.manage("shell", "-c", SETUP)
    try:
        log_in_to_admin(page, USERNAME, PASSWORD)
        page.goto("/wzorce/")
        examples = page.evaluate(EXAMPLES)
        templates = {example["template"] for example in examples}
        for expected in ("includes/breadcrumbs.html",
                         "includes/pagination.html", "includes/site_notice.html", "includes/footer.html",
                         "includes/form_field.html", "blocks/callout_block.html", "blocks/table_block.html",
                         "includes/card.html", "includes/header.html",
                         "includes/hero.html", "includes/collection_list.html", "includes/tabs.html"):
            assert expected in templates
        for example in examples:
            assert example["drawn"] and all(height > 20 for height in example["drawn"]), example

        violations = axe_violations(page)
        assert not violations, "normal contrast:\n" + format_violations(violations)
        save(page, "pattern-library-1280.png")

        page.get_by_role("button", name="Kontrast").click()
        assert "contrast-high" in page.evaluate("document.documentElement.className")
        violations = axe_violations(page)
        assert not violations, "high contrast:\n" + format_violations(violations)
        save(page, "pattern-library-1280-contrast.png")
    finally:
        live_site.manage("shell", "-c", TEARDOWN)


def save(tab, name):
    """The whole library as a picture for reviewers (docs/design/README.md links it)."""
    png = take_screenshot(tab, full_page=True, animations="disabled", caret="hide")
    save_screenshot(png, DESIGN / name)
