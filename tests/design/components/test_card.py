"""The card (includes/card.html) in Chromium: its heading is a link named by the title, its badge is shown, and it
fits a 320 px screen without sideways scrolling; alone in the pattern library and on the projects index."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

CARDS = """() => [...document.querySelectorAll(".card")].map((card) => {
  const box = card.getBoundingClientRect();
  const heading = card.querySelector("h2, h3, h4");
  return {left: box.left, right: box.right, heading: heading.textContent.trim(),
          link: heading.querySelector("a") ? heading.querySelector("a").textContent.trim() : null,
          badge: card.querySelector(".badge") ? card.querySelector(".badge").textContent.trim() : null};
})"""


def test_a_card_is_named_by_its_linked_heading_and_fits_a_phone(component):
    tab = component("card", 320)
    cards = tab.evaluate(CARDS)
    assert [card["heading"] for card in cards] == [
        "Kompetentna administracja", "Międzysektorowa współpraca", "Zespół do spraw transportu"]
    for title in ("Kompetentna administracja", "Międzysektorowa współpraca"):
        heading = tab.get_by_role("heading", name=title, exact=True)
        assert heading.get_by_role("link", name=title, exact=True).count() == 1
    assert cards[2]["link"] is None  # a card without an address is a heading, not a link to nowhere
    assert [card["badge"] for card in cards] == ["Nabór otwarty", "Zakończony", None]
    assert tab.get_by_text("1 lipca 2019 r. do 30 czerwca 2021 r.").is_visible()
    assert all(card["left"] >= 0 and card["right"] <= 320 for card in cards), cards
    assert sideways_scroll(tab) <= 0


def test_cards_sit_side_by_side_on_a_desktop_and_axe_finds_nothing(component):
    tab = component("card", 1280)
    assert len({round(card["left"]) for card in tab.evaluate(CARDS)}) >= 2
    assert_axe_clean_in_both_contrasts(tab)


def test_project_cards_link_their_titles_and_show_the_status(component):
    tab = component("card", 320, path="/projekty/")
    cards = tab.evaluate(CARDS)
    assert cards and all(card["link"] == card["heading"] and card["badge"] for card in cards), cards
    assert sideways_scroll(tab) <= 0
