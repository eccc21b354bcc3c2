"""The hero (includes/hero.html) in Chromium: a heading, then top-task links each a target of at least 44 × 44 px,
all reached by the Tab key; alone in the pattern library and on the home page."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

TASKS = """() => [...document.querySelectorAll(".hero .top-tasks__link")].map((link) => {
  const box = link.getBoundingClientRect();
  return {text: link.querySelector(".top-tasks__label").textContent.trim(), width: box.width, height: box.height,
          right: box.right};
})"""


@pytest.mark.parametrize("width", [320, 1280])
def test_heading_and_top_tasks_are_large_targets_reached_by_tab(component, width):
    tab = component("hero", width)
    assert tab.get_by_role("heading", name="Razem rozwijamy Subregion Zachodni").is_visible()
    nav = tab.get_by_role("navigation", name="Najważniejsze sprawy")
    tasks = tab.evaluate(TASKS)
    assert [task["text"] for task in tasks] == ["Uchwały", "Nabory i projekty", "Kontakt z Biurem"]
    assert all(task["width"] >= 44 and task["height"] >= 44 and task["right"] <= width for task in tasks), tasks
    assert sideways_scroll(tab) <= 0
    reached = []
    tab.locator(".hero__text").click()  # start from the text above the tasks
    for _ in range(len(tasks)):
        tab.keyboard.press("Tab")
        reached.append(tab.evaluate("document.activeElement.closest('.top-tasks') ? document.activeElement.textContent : ''"))
    assert [text.startswith(task["text"]) for text, task in zip(reached, tasks)] == [True] * len(tasks), reached
    assert nav.is_visible()
    if width == 1280:
        assert_axe_clean_in_both_contrasts(tab)


def test_the_home_page_opens_with_the_hero(component):
    tab = component("hero", 320, path="/")
    heading = tab.locator("h1")
    assert heading.count() == 1 and heading.evaluate("h => h.closest('.hero') !== null")
    tasks = tab.evaluate(TASKS)
    assert tasks and all(task["width"] >= 44 and task["height"] >= 44 for task in tasks), tasks
