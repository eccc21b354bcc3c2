"""The screenshot helper asks Chromium again only when its compositor made no frame, never for a page's error."""

import pytest
from playwright.sync_api import Error

from tests.pictures import take_screenshot


class Tab:
    """A tab whose captures fail with ``errors`` in turn before one succeeds."""

    def __init__(self, *errors):
        self.errors = list(errors)
        self.captures = 0

    def screenshot(self, **options):
        self.captures += 1
        if self.errors:
            raise Error(self.errors.pop(0))
        return b"png"

    def evaluate(self, script):
        return None


def test_a_capture_chromium_could_not_make_is_asked_for_again():
    tab = Tab("Protocol error (Page.captureScreenshot): Unable to capture screenshot")
    assert take_screenshot(tab, full_page=True) == b"png"
    assert tab.captures == 2


def test_a_capture_that_keeps_failing_fails_the_test():
    tab = Tab(*["Protocol error (Page.captureScreenshot): Unable to capture screenshot"] * 3)
    with pytest.raises(Error):
        take_screenshot(tab, full_page=True)
    assert tab.captures == 3


def test_any_other_error_is_not_asked_again():
    tab = Tab("Target page, context or browser has been closed")
    with pytest.raises(Error):
        take_screenshot(tab)
    assert tab.captures == 1
