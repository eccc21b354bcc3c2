"""Fixtures of the foundation's tests that need a resolution (scheduled publishing)."""

from tests.resolutions.conftest import bodies, make_resolution, register  # noqa: F401
