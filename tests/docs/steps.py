"""Admin steps the journeys share. They take no pictures: every ``shot`` is in a journey, with its name written
out, so ``test_guide.py`` can read the names from the source."""

import re

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

LISTING = re.compile(r"/admin/pages/\d+/$")
# The recruitment journey's publish did not reach the listing within the tab's usual 20 s in two CI runs (two runs
# of the suite sharing two CPUs), though it passes alone, in its folder and on busy CPUs; why is not established.
# So the wait is longer, and a refusal still fails after it, saying what the tab showed (its URL, its messages,
# an open dialog), which the bare timeout never said.
PUBLISHING_TIMEOUT_MS = 60_000


def explore(tab, *titles):
    """Open "Strony" in the sidebar and go down the page explorer through ``titles`` (each one's arrow)."""
    tab.get_by_role("button", name="Strony").click()
    for title in titles:
        tab.get_by_role("link", name=f"Wyświetl podstrony dla '{title}'", exact=True).click()


def pencil(tab, title):
    """The explorer's "Edytuj" pencil beside ``title``."""
    return tab.get_by_role("link", name=f"Edytuj '{title}'", exact=True)


def publish_button(tab):
    """Open "Więcej akcji" in the editor's footer and return its "Opublikuj"."""
    tab.get_by_role("button", name="Więcej akcji").click()
    return tab.get_by_role("button", name="Opublikuj", exact=True)


def click_and_wait_for_listing(tab, button):
    """Click a publishing button and wait for the page listing Wagtail returns to; return its message."""
    button.click()
    try:
        tab.wait_for_url(LISTING, timeout=PUBLISHING_TIMEOUT_MS)
    except PlaywrightTimeoutError:
        shown = tab.locator(
            ".messages, .error-message, .help-critical, [role=alert], [role=dialog]:visible").all_inner_texts()
        raise AssertionError(f"publishing did not return to the listing; the tab shows {tab.url}: {shown}") from None
    return tab.locator(".messages").inner_text()


CALENDAR_OPEN = "() => [...document.querySelectorAll('.xdsoft_datetimepicker')].some((c) => c.style.display == 'block')"


def fill_date(tab, selector, value):
    """Type a date (``dd.mm.rrrr``, with `` gg:mm`` for a moment) into a date field and close its calendar, which
    opens a moment after the field gets focus and would cover the next fields in the picture."""
    field = tab.locator(selector)
    field.fill(value)
    tab.wait_for_function(CALENDAR_OPEN)
    field.press("Tab")
    tab.wait_for_function(f"() => !({CALENDAR_OPEN})()")


def fill_document_upload(tab, choose_button, file, title, collection):
    """Open a document chooser by ``choose_button`` and fill its upload tab (file, title, collection); return the
    modal and its upload button, not clicked, so the journey can picture the step before sending."""
    choose_button.click()
    chooser = tab.locator(".modal-content")
    chooser.get_by_role("tab", name="Prześlij").click()
    chooser.locator("input[type=file]").set_input_files(str(file))
    chooser.locator("#id_document-chooser-upload-title").fill(title)
    chooser.locator("#id_document-chooser-upload-collection").select_option(label=collection)
    return chooser, chooser.get_by_role("button", name="Prześlij").last
