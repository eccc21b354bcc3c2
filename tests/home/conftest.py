"""Fixtures of the home tests: the register, its bodies and PDFs, shared with the resolutions tests (the dashboard
counts resolutions)."""

from tests.resolutions.conftest import bodies, make_resolution, register, scanned_pdf, text_pdf  # noqa: F401
